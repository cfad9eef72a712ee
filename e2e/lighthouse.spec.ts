import { expect, test } from './fixtures.ts';
import { lighthouseScores } from '../scripts/lib/lighthouse-run.ts';

// Lighthouse runs its own Chromium (mobile emulation). Accessibility, best practices and SEO are
// deterministic checks and must be 100; performance depends on the machine and is only printed.
test('Lighthouse: accessibility, best practices and SEO are 100 on the four main pages', async ({ baseURL }) => {
  test.setTimeout(300_000);
  const pages = ['/', '/golden-path/', '/assessment/?team-size=150&infra-share=35&onboarding-days=21', '/history/'];
  const results = await lighthouseScores(pages.map((p) => `${baseURL}${p}`));
  for (const [url, { scores, failing }] of results) {
    console.log(`lighthouse ${new URL(url).pathname}: ${JSON.stringify(scores)}`);
    expect({ url, accessibility: scores.accessibility, bestPractices: scores['best-practices'], seo: scores.seo, failing }).toEqual({
      url,
      accessibility: 100,
      bestPractices: 100,
      seo: 100,
      failing: [],
    });
  }
});
