/**
 * The portfolio on /history/, built from a fixture tree of its own (five units, three overdue on
 * the pinned day) and served from disk as a static host would: sorting by any column, filtering,
 * the announced count, the keyboard, and axe in both themes.
 */
import { rmSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { staticFile } from '../scripts/lib/static-files.ts';
import { buildFixtureSite } from './fixture-build.ts';
import { axeViolations, expect, test } from './fixtures.ts';

const ORIGIN = 'http://portfolio.test';
let out = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(360_000);
  const r = await buildFixtureSite('pf-portfolio-', {
    PLATFORM_FIT_ASSESSMENTS: 'tests/fixtures/portfolio',
    PLATFORM_FIT_FRAMEWORK: 'tests/fixtures/framework.yaml',
    PLATFORM_FIT_TODAY: '2026-11-22',
  });
  out = r.out;
  expect(r.status, r.stderr.slice(-2000)).toBe(0);
});

test.afterAll(() => rmSync(out, { recursive: true, force: true }));

async function open(page: Page, path = '/history/') {
  await page.route(`${ORIGIN}/**`, async (route) => {
    const file = staticFile(out, route.request().url());
    await route.fulfill(file ?? { status: 404, body: 'not found' });
  });
  await page.goto(`${ORIGIN}${path}`);
}

const units = (page: Page) => page.locator('tbody tr:visible th').allTextContents();

test('the table is in next-review order, overdue first, with the counts on top', async ({ page }) => {
  await open(page);
  await expect(page.locator('.pf-portfolio-summary')).toContainText('5 units, 20 assessments');
  await expect(page.locator('.pf-portfolio-summary')).toContainText('Overdue: 3');
  expect(await units(page)).toEqual(['search', 'lending', 'platform', 'payments', '(whole org)']);
  await expect(page.getByRole('columnheader', { name: 'Next review' })).toHaveAttribute('aria-sort', 'ascending');
});

test('sorts by any column with the buttons in the headers, and says so', async ({ page }) => {
  await open(page);
  const tax = page.getByRole('button', { name: 'Tax (engineers)' });
  await tax.click();
  await expect(page.getByRole('columnheader', { name: 'Tax (engineers)' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(page.getByRole('columnheader', { name: 'Next review' })).not.toHaveAttribute('aria-sort');
  const values = async () => (await page.locator('tbody tr td:nth-child(5)').allTextContents()).map(Number);
  expect(await values()).toEqual([...(await values())].sort((a, b) => a - b));
  await tax.click();
  await expect(page.getByRole('columnheader', { name: 'Tax (engineers)' })).toHaveAttribute('aria-sort', 'descending');
  expect(await values()).toEqual([...(await values())].sort((a, b) => b - a));
  await expect(page.getByRole('status')).toHaveText('Showing 5 of 5 units; sorted by tax (engineers), descending.');
  // The keyboard: a header's button takes Enter.
  await page.getByRole('button', { name: 'Unit', exact: true }).focus();
  await page.keyboard.press('Enter');
  expect(await units(page)).toEqual(['(whole org)', 'lending', 'payments', 'platform', 'search']);
});

test('filters by organisation, recommendation and overdue, announcing the count', async ({ page }) => {
  await open(page);
  await page.getByLabel('Organisation').selectOption('Acme');
  expect(await units(page)).toEqual(['search', 'payments']);
  await expect(page.getByRole('status')).toHaveText('Showing 2 of 5 units; sorted by next review, ascending.');
  await page.getByLabel('Overdue only').check();
  expect(await units(page)).toEqual(['search']);
  await page.getByLabel('Organisation').selectOption('');
  await page.getByLabel('Overdue only').uncheck();
  const first = (await page.locator('tbody tr td:nth-child(3)').first().textContent()) ?? '';
  await page.getByLabel('Recommendation').selectOption(first);
  const shown = await page.locator('tbody tr:visible td:nth-child(3)').allTextContents();
  expect(new Set(shown)).toEqual(new Set([first]));
});

test('the totals on top follow the filter: units, assessments, engineers and money', async ({ page }) => {
  await open(page);
  const summary = page.locator('.pf-portfolio-summary');
  await expect(summary).toContainText('5 units, 20 assessments');
  await page.getByLabel('Organisation').selectOption('Acme');
  await expect(summary).toContainText('2 units');
  await expect(summary).not.toContainText('5 units');
  // The tax in engineers is the sum of the rows shown, as the build sums every row.
  const shown = (await page.locator('tbody tr:visible td:nth-child(5)').allTextContents()).map(Number);
  const total = Math.round(shown.reduce((a, b) => a + b, 0) * 10) / 10;
  await expect(summary).toContainText(`Operational tax: ${total.toLocaleString('en')} full-time engineers`);
  await page.getByLabel('Organisation').selectOption('');
  await expect(summary).toContainText('5 units, 20 assessments');
});

test('on a phone, the unit column stays in view while the portfolio scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page);
  const scroller = page.locator('.pf-portfolio-scroll');
  await scroller.evaluate((el) => {
    el.scrollLeft = el.scrollWidth;
    window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 10);
  });
  expect(await scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(200);
  const box = (await scroller.boundingBox())!;
  for (const row of [page.getByRole('columnheader', { name: 'Unit', exact: true }), page.locator('tbody th').first()]) {
    const cell = (await row.boundingBox())!;
    expect(cell.x).toBeGreaterThanOrEqual(box.x - 1);
    expect(cell.x + cell.width).toBeLessThanOrEqual(box.x + box.width);
    // Drawn on top: the organisation scrolls under it, not over it.
    const hit = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.closest('th')?.textContent?.trim(),
      [cell.x + 4, cell.y + cell.height / 2],
    );
    expect(hit).toBe((await row.textContent())?.trim());
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('the record of a paged unit is found from its old address', async ({ page }) => {
  await open(page, '/history/acme--payments/2021-01-11/');
  await expect(page).toHaveURL(`${ORIGIN}/history/acme--payments/page/2/#2021-01-11`);
  await expect(page.locator('[id="2021-01-11"]')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Pages of assessments' })).toContainText('Page 2 of 2');
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe: no violations on the portfolio, filters shown (${theme})`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    await open(page);
    await page.getByRole('button', { name: 'Since', exact: true }).click();
    expect(await axeViolations(page)).toEqual([]);
    await open(page, '/history/acme--payments/page/2/');
    expect(await axeViolations(page)).toEqual([]);
  });
}
