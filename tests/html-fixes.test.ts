/** The post-build markup fixes, on the markup Starlight really writes (copied from a build). */
import { describe, expect, it } from 'vitest';
import { fixMarkup } from '#src/integrations/html-fixes.ts';

// Starlight 0.42's search button, as `astro build` writes it (the icon's path shortened).
const HEADER = `<site-search class="astro-b5kgnn7o"><button data-open-modal disabled aria-label="Search" aria-keyshortcuts="Control+K" class="astro-b5kgnn7o"><svg aria-hidden="true" class="astro-b5kgnn7o astro-hkc32dio" width="16" height="16" viewBox="0 0 24 24" fill="currentColor" style="--sl-icon-size: 1em;"><path d="M21.71 20.29Z"/></svg><span class="sl-hidden md:sl-block astro-b5kgnn7o" aria-hidden="true">Search</span><kbd class="sl-hidden md:sl-flex astro-b5kgnn7o" style="display: none;"><kbd class="astro-b5kgnn7o">Ctrl</kbd><kbd class="astro-b5kgnn7o">K</kbd></kbd></button><dialog style="padding:0" aria-label="Search" class="astro-b5kgnn7o"><button data-close-modal class="sl-flex md:sl-hidden astro-b5kgnn7o">Cancel</button></dialog></site-search>`;

describe('the search button', () => {
  const fixed = fixMarkup(HEADER);
  const button = /<button[^>]*data-open-modal[^>]*>[\s\S]*?<\/button>/.exec(fixed)?.[0] ?? '';

  it('is named by its visible label, with the shortcut hidden from the name', () => {
    expect(button).not.toContain('aria-label=');
    expect(button).toContain('<span class="pf-search-label astro-b5kgnn7o">Search</span>');
    expect(button).toMatch(/<kbd class="sl-hidden md:sl-flex astro-b5kgnn7o" aria-hidden="true"/);
    expect(button).toContain('type="button"');
  });

  it('leaves the dialog and its own label alone', () => {
    expect(fixed).toContain('<dialog style="padding:0" aria-label="Search"');
    expect(fixed).toContain('<button type="button" data-close-modal');
  });

  it('changes nothing the second time', () => {
    expect(fixMarkup(fixed)).toBe(fixed);
  });
});
