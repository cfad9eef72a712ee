import { readFileSync } from 'node:fs';
import { axeViolations, expect, test } from './fixtures.ts';

// Accessibility as Starlight's own CI checks it: every page in the sitemap, both themes.
// A record's old address is a redirect to its section on the unit's page (audited there): axe would
// otherwise race the redirect and audit a page half loaded.
const redirects = (path: string) => /http-equiv="refresh"/.test(readFileSync(`dist${path}index.html`, 'utf8'));
const pages = [...readFileSync('dist/sitemap-0.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)]
  .map((m) => new URL(m[1]!).pathname)
  .filter((path) => !redirects(path));

test('the sitemap lists the guides, the assessment and the history', () => {
  expect(pages).toEqual(expect.arrayContaining(['/', '/golden-path/', '/assessment/', '/history/']));
});

for (const path of pages) {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe: no violations on ${path} (${theme})`, async ({ page }) => {
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      // Guides fold long code samples into <details>; open them so the audit covers the code too
      // (a closed fold's code is not laid out, so Expressive Code cannot size it yet).
      await page.evaluate(() =>
        document.querySelectorAll<HTMLDetailsElement>('.sl-markdown-content details').forEach((d) => (d.open = true)),
      );
      // Expressive Code makes sideways-scrolling code focusable a moment after load; audit after that.
      await page.waitForFunction(() =>
        [...document.querySelectorAll('.expressive-code pre')].every((p) => p.scrollWidth <= p.clientWidth || p.hasAttribute('tabindex')),
      );
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}
