/**
 * An organisation's page and a unit's forecast, built from a fixture tree of its own
 * (tests/fixtures/organisations: Acme Retail's three units, two sharing a platform team formed
 * after their 2025-11-03 reviews, and a shipped-example organisation) and served from disk.
 */
import { rmSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { staticFile } from '../scripts/lib/static-files.ts';
import { buildFixtureSite } from './fixture-build.ts';
import { axeViolations, expect, test } from './fixtures.ts';

const ORIGIN = 'http://organisations.test';
let out = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(360_000);
  const r = await buildFixtureSite('pf-organisations-', {
    PLATFORM_FIT_ASSESSMENTS: 'tests/fixtures/organisations',
    PLATFORM_FIT_FRAMEWORK: 'tests/fixtures/framework.yaml',
    PLATFORM_FIT_TODAY: '2026-11-22',
  });
  out = r.out;
  expect(r.status, r.stderr.slice(-2000)).toBe(0);
});

test.afterAll(() => rmSync(out, { recursive: true, force: true }));

async function open(page: Page, path: string) {
  await page.route(`${ORIGIN}/**`, async (route) => {
    const file = staticFile(out, route.request().url());
    await route.fulfill(file ?? { status: 404, body: 'not found' });
  });
  await page.goto(`${ORIGIN}${path}`);
}

test('/history/ keeps the example out of its totals and links each organisation', async ({ page }) => {
  await open(page, '/history/');
  await expect(page.locator('.pf-portfolio-summary')).toContainText('3 units, 6 assessments');
  await expect(page.locator('.pf-example-note')).toContainText('the shipped example, Demo Example Co (1 unit)');
  await page
    .getByRole('row', { name: /search/ })
    .getByRole('link', { name: 'Acme Retail' })
    .click();
  await expect(page).toHaveURL(`${ORIGIN}/organisations/acme-retail/`);
});

test('the organisation page says its tax, its shared team, the forecasts and the overdue review', async ({ page }) => {
  await open(page, '/organisations/acme-retail/');
  const main = page.locator('main');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Acme Retail');
  await expect(main).toContainText('3 units, 6 assessments; latest recommendations: DevOps-first 2, Refine what you have 1.');
  await expect(main).toContainText('Operational tax: 10.2 engineers; 1,008,000 EUR a year (2 of 3 units give an engineer cost).');
  await expect(main).toContainText(
    "Platform, shared: 2 engineers serving checkout, catalog, priced once and split by engineers (240,000 EUR a year at each unit's engineer cost).",
  );
  await expect(main).toContainText('Reviews overdue: 1: search (235 days).');
  const forecasts = page.locator('.pf-forecast-reviews li');
  await expect(forecasts).toHaveCount(2);
  await expect(forecasts.first()).toContainText(
    /^catalog: behind by [\d.]+ engineers? \([\d,]+ EUR a year\) at 2026-11-02, month 12 of the case made on 2025-11-03/,
  );
  await expect(main).toContainText('What the records cannot tell');
  // The organisation's own table has no organisation column.
  await expect(page.getByRole('columnheader', { name: 'Organisation' })).toHaveCount(0);
  await expect(page.locator('tbody tr')).toHaveCount(3);
  await forecasts.first().getByRole('link', { name: 'catalog' }).click();
  await expect(page).toHaveURL(`${ORIGIN}/history/acme-retail--catalog/`);
});

test("a unit's page sets the case made before the team formed against each later review, and says its share", async ({ page }) => {
  await open(page, '/history/acme-retail--checkout/');
  await expect(page.getByRole('link', { name: 'Acme Retail' })).toHaveAttribute('href', '/organisations/acme-retail/');
  const forecast = page.locator('.pf-forecast');
  await expect(forecast.getByRole('heading')).toHaveText('The platform team against its forecast');
  await expect(forecast).toContainText('The case made on 2025-11-03, before the team formed (framework 2026.01, as the record kept it)');
  await expect(forecast.locator('li')).toHaveCount(2);
  await expect(forecast.locator('li').last()).toContainText(/ahead by [\d.]+ engineers? \([\d,]+ EUR a year\)/);
  await forecast.getByRole('link', { name: '2026-05-04' }).click();
  await expect(page).toHaveURL(`${ORIGIN}/history/acme-retail--checkout/#2026-05-04`);
  await expect(page.locator('[id="2026-05-04"]')).toContainText("so this unit's business case prices 1.11 of its 2 engineers.");
  // The latest result's business case prices the share, not the whole team.
  await expect(page.locator('.pf-result')).toContainText('1.11');
});

for (const path of ['/organisations/acme-retail/', '/history/acme-retail--checkout/', '/organisations/demo-example-co/']) {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe: no violations on ${path} (${theme})`, async ({ page }) => {
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      await open(page, path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}
