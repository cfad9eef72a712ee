import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { checkLinks, indexSite } from '#src/integrations/site-check.ts';
import { buildStockStarlight } from '../scripts/lib/stock-starlight.ts';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { pageWeight, sum } from '../scripts/lib/page-weight.ts';
import { assessmentVisits } from '../scripts/lib/visit-weight.ts';

// Byte budgets are deterministic, so they are asserted; times never are. Measured as a person meets
// them: every file of the site's own JS the browser downloads until the network is idle.
test('an empty visit downloads at most 20 kB of gzipped own JS beyond a guide page, one with a result at most 40 kB', async ({
  browser,
  baseURL,
}) => {
  const { empty, result } = await assessmentVisits(browser, baseURL!);
  expect(empty.js.length).toBeGreaterThan(0);
  expect(empty.gzip, empty.js.map((d) => `${d.path} ${d.gzip}`).join('\n')).toBeLessThanOrEqual(20_000);
  expect(result.gzip, result.js.map((d) => `${d.path} ${d.gzip}`).join('\n')).toBeLessThanOrEqual(40_000);
  // Neither visit downloads zod or a YAML parser: those come with importing, comparing and downloading.
  for (const js of result.js)
    expect(readFileSync(`dist${js.path}`, 'utf8'), js.path).not.toMatch(/Excessive alias count|ZodError|\$ZodType/);
});

/** The chunks each part the page loads on use ships in: their file names start with the module's. */
const ON_USE = {
  dora: /\/dora-details\.[^/]*\.js$/,
  print: /\/print-summary\.[^/]*\.js$/,
  compare: /\/compare\.[^/]*\.js$/,
  import: /\/import-records\.[^/]*\.js$/,
  respondents: /\/respondent-list\.[^/]*\.js$/,
};

test('the number reader loads with the first number typed with separators, and reads it', async ({ page }) => {
  const paths: string[] = [];
  page.on('request', (r) => paths.push(new URL(r.url()).pathname));
  await page.goto('/assessment/?team-size=150&infra-share=35&onboarding-days=21');
  await expect(page.locator('section.pf-result')).toHaveAttribute('data-recommendation', 'platform-team');
  await page.waitForLoadState('networkidle');
  expect(paths.filter((p) => /\/parse-number\.[^/]*\.js$/.test(p))).toEqual([]);
  const cost = page.getByLabel('Annual loaded cost of one engineer');
  await cost.fill('180,000');
  await expect(page.locator('section.pf-result')).toContainText('180,000');
  await expect(cost).not.toHaveAttribute('aria-invalid', 'true');
  expect(paths.filter((p) => /\/parse-number\.[^/]*\.js$/.test(p))).toHaveLength(1);
});

function requested(page: Page): (part: keyof typeof ON_USE) => boolean {
  const paths: string[] = [];
  page.on('request', (r) => paths.push(new URL(r.url()).pathname));
  return (part) => paths.some((p) => ON_USE[part].test(p));
}

test('import, compare, respondents, print and DORA load when a person uses them, not before', async ({ page }) => {
  const has = requested(page);
  await page.goto('/assessment/?team-size=150&infra-share=35&onboarding-days=21&org=Acme&date=2026-11-02');
  await expect(page.locator('section.pf-result')).toHaveAttribute('data-recommendation', 'platform-team');
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(600); // past the detail sections' pause and the delayed write, so anything eager has been asked for
  await page.waitForLoadState('networkidle');
  for (const part of Object.keys(ON_USE) as (keyof typeof ON_USE)[])
    expect({ part, requested: has(part) }).toEqual({ part, requested: false });

  await page.locator('details.pf-dora-fields > summary').click();
  await expect.poll(() => has('dora')).toBe(true);
  await page.emulateMedia({ media: 'print' });
  await expect.poll(() => has('print')).toBe(true);
  await expect(page.locator('.pf-print-answers')).toBeAttached();
  await page.emulateMedia({ media: 'screen' });
  const record = (name: string, by: string, date: string) => ({
    name,
    mimeType: 'application/yaml',
    buffer: Buffer.from(
      `schemaVersion: 1\norganization: Acme\nassessedOn: ${date}\nassessedBy: ${by}\nanswers:\n  teamSize: 80\n  infraTimeShare: 12\n  onboardingDays: 4\n`,
    ),
  });
  await page.getByLabel('Previous record (YAML)').setInputFiles(record('before.yaml', 'CTO', '2026-05-01'));
  await expect.poll(() => has('compare')).toBe(true);
  expect(has('import')).toBe(false);
  await page.getByLabel("Import respondents' YAML files").setInputFiles(record('lead.yaml', 'Lead', '2026-11-02'));
  await expect.poll(() => has('import')).toBe(true);
  await expect(page.getByRole('table', { name: /Imported respondents/ })).toBeVisible();
  expect(has('respondents')).toBe(true);
});

test('every built page is valid HTML (html-validate)', () => {
  const r = spawnSync(process.execPath, ['node_modules/html-validate/bin/html-validate.mjs', '--formatter', 'text', 'dist'], {
    encoding: 'utf8',
  });
  expect(r.stdout + r.stderr).toBe('');
  expect(r.status).toBe(0);
});

test('every internal link and anchor in the built site resolves', () => {
  const index = indexSite('dist');
  expect(index.pages.size).toBeGreaterThan(15);
  expect(checkLinks('dist', index)).toEqual([]);
});

const GUIDES = readdirSync('content/guides')
  .filter((f) => f.endsWith('.mdx') && f !== 'index.mdx')
  .map((f) => `/${f.replace(/\.mdx$/, '')}/`);

// Starlight's own CI budgets for a docs page, gzipped.
test("every guide page stays within Starlight's CSS and JS budgets", () => {
  for (const page of GUIDES) {
    const w = pageWeight('dist', page);
    expect({ page, css: sum(w.css, 'gzip') <= 16_750, js: sum(w.js, 'gzip') <= 27_000 }).toEqual({ page, css: true, js: true });
  }
});

test('a guide page loads at most 1.05 times the CSS and JS of a stock Starlight page', () => {
  test.setTimeout(120_000);
  const stock = pageWeight(buildStockStarlight(), '/guide/');
  const stockBytes = sum(stock.css, 'gzip') + sum(stock.js, 'gzip');
  for (const page of GUIDES) {
    const w = pageWeight('dist', page);
    const ratio = (sum(w.css, 'gzip') + sum(w.js, 'gzip')) / stockBytes;
    expect({ page, ratio: Number(ratio.toFixed(3)), within: ratio <= 1.05 }).toMatchObject({ page, within: true });
  }
});
