// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import rego from '#src/integrations/rego-grammar.mjs';
import postBuild from '#src/integrations/post-build.ts';
import { SITE_URL } from '#src/node/framework.ts';

export default defineConfig({
  // Used for the sitemap and canonical URLs; set PUBLIC_SITE_URL when deploying elsewhere.
  site: SITE_URL,
  trailingSlash: 'always',
  vite: {
    build: {
      rollupOptions: {
        output: {
          // The small modules the assessment page's script shares with its on-demand parts ship
          // as one file, not four: each extra file costs its own compression overhead.
          manualChunks(id) {
            if (/\/src\/engine\/(calendar|inputs)\/(?!parse-number|answers-schema|zod-helpers|answer-pairs|cost-lines|dora-(?!flag-names))/.test(id) || id.endsWith('/src/engine/words.ts')) return 'inputs';
          },
        },
      },
      // The portfolio's script (history/portfolio-element.ts) is small enough that Astro would inline
      // it, and the Content-Security-Policy refuses inline script on /history/ pages, where records
      // are rendered (src/integrations/csp.ts): keep it a file. Anything else: Vite's default.
      assetsInlineLimit: (file) => (/PortfolioTable/.test(file) ? false : undefined),
    },
  },
  integrations: [
    starlight({
      title: 'platform-fit',
      description: 'Decide between DevOps-first, a platform team, or refining what you have: guides and an explainable assessment.',
      lastUpdated: true,
      expressiveCode: { shiki: { langs: [rego] } },
      customCss: ['./src/styles/site.css'],
      // Escapes page titles, which Starlight writes into <title> as raw HTML (see the file).
      routeMiddleware: './src/integrations/route-data.ts',
      components: {
        // Names Expressive Code's scrollable code regions (see the component's comment).
        MarkdownContent: './src/components/MarkdownContent.astro',
      },
      sidebar: [
        {
          label: 'Assess',
          items: [
            { label: 'Take the assessment', link: '/assessment/' },
            { label: 'History', link: '/history/' },
          ],
        },
        {
          label: 'Understand',
          items: ['devops-vs-platform-engineering', 'why-devops-stalls-at-scale', 'how-to-decide'],
        },
        // The order a leader plans in: team shape, the money and who pays, the tools and controls, then the move itself.
        {
          label: 'Plan',
          items: [
            'team-topologies',
            'business-case',
            'funding-the-platform',
            'build-versus-buy',
            'security-and-compliance',
            'compliance-operating-model',
            'devops-to-platform-team',
          ],
        },
        {
          label: 'Build',
          items: [
            'platform-capabilities',
            'golden-path',
            'platform-anatomy',
            'metrics-that-matter',
            'developer-experience-measures',
            'dora-and-maturity',
          ],
        },
        // Once a platform team exists: how it grows and changes.
        { label: 'Grow and adapt', items: ['growing-the-platform-team', 'platforms-at-scale', 'ai-and-the-platform', 'winding-down'] },
        { label: 'Stay out of trouble', items: ['platform-trap', 'best-practices', 'faq'] },
        { label: 'Act', items: ['next-steps'] },
      ],
    }),
    // Last, so it reads the finished output: a broken link or guide anchor fails the build,
    // then every page gets its Content-Security-Policy.
    postBuild(),
  ],
});
