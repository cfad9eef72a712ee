/**
 * A record with markup in every text field, built into a site of its own and opened page by page
 * in Chromium: no dialog, no injected element, and every page's policy still strict.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { staticFile } from '../scripts/lib/static-files.ts';
import { buildFixtureSite } from './fixture-build.ts';
import { expect, test } from './fixtures.ts';

const ORIGIN = 'http://hostile.test';
let out = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(360_000);
  const r = await buildFixtureSite('pf-hostile-', { PLATFORM_FIT_ASSESSMENTS: 'tests/fixtures/hostile' });
  out = r.out;
  expect(r.status, r.stderr.slice(-2000)).toBe(0);
});

test.afterAll(() => rmSync(out, { recursive: true, force: true }));

test('every page built from a hostile record shows its text as text and runs none of it', async ({ page }) => {
  test.setTimeout(180_000);
  // Serve the hostile build from disk, as a static host would.
  await page.route(`${ORIGIN}/**`, async (route) => {
    const file = staticFile(out, route.request().url());
    await route.fulfill(file ?? { status: 404, body: 'not found' });
  });
  page.on('dialog', (d) => {
    throw new Error(`a record ran script: ${d.message()}`);
  });
  const index = readFileSync(join(out, 'history', 'index.html'), 'utf8');
  const pages = ['/history/', ...new Set([...index.matchAll(/href="(\/history\/[^"]+\/)"/g)].map((m) => m[1]!))];
  const units = pages.filter((p) => p !== '/history/');
  expect(units.length).toBeGreaterThan(0);
  // Each record's old address: a small page of its own that leads to the record's section.
  for (const unit of units)
    for (const entry of readdirSync(join(out, unit), { withFileTypes: true }))
      if (entry.isDirectory() && /^\d{4}-\d{2}-\d{2}/.test(entry.name)) pages.push(`${unit}${entry.name}/`);
  expect(pages.length).toBeGreaterThanOrEqual(4);
  for (const path of pages) {
    await page.goto(`${ORIGIN}${path}`);
    await expect(page.locator('h1')).toBeVisible();
    // The markup arrived as text...
    await expect(page.locator('main')).toContainText('<script>alert(');
    if (path !== '/history/') expect(await page.title()).toContain('</title><script>');
    // ...and nothing it describes exists as an element.
    await expect(page.locator('img[src="x"], iframe, svg[onload], b[onmouseover], a[href^="javascript:"]')).toHaveCount(0);
    const inlineScripts = await page.locator('script:not([src])').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    expect(inlineScripts.filter((t) => t.includes('alert('))).toEqual([]);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')*;/);
    expect(policy).not.toContain("'unsafe-inline' 'sha256");
    expect(policy?.match(/script-src[^;]*/)?.[0]).not.toContain('unsafe-inline');
  }
});
