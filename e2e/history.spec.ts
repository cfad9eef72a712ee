import { expect, test } from './fixtures.ts';

const UNIT = '/history/northwind-logistics--product-engineering/';

test('the shipped example stays out of the portfolio, and its note leads to its organisation and unit', async ({ page }) => {
  await page.goto('/history/');
  await expect(page.getByText('No records yet.')).toBeVisible();
  const note = page.locator('.pf-example-note');
  await expect(note).toContainText('Kept out of these totals: the shipped example, Northwind Logistics (1 unit).');
  await note.getByRole('link', { name: 'Northwind Logistics' }).click();
  await expect(page).toHaveURL('/organisations/northwind-logistics/');
  await expect(page.locator('main')).toContainText('This is the shipped example');
  const row = page.getByRole('row', { name: /product-engineering/ });
  await expect(row).toContainText('Refine what you have');
  await expect(row).toContainText('2026-11-09');
  await expect(row).toContainText('10.1');
  await expect(row).toContainText('1,512,000 EUR');
  await expect(row).toContainText('-7, was Platform team');
  await row.getByRole('link').click();
  await expect(page).toHaveURL(UNIT);
  await expect(page.getByRole('link', { name: 'Northwind Logistics' })).toHaveAttribute('href', '/organisations/northwind-logistics/');
});

test('the timeline shows four assessments and highlights the changed recommendation with its rule', async ({ page }) => {
  await page.goto(UNIT);
  const entries = page.locator('.pf-entry');
  await expect(entries).toHaveCount(4);
  await expect(entries.nth(0).getByRole('heading')).toHaveText('2025-05-12: DevOps-first');
  await expect(entries.nth(2).getByRole('heading')).toHaveText('2026-05-11: Form a platform team');
  await expect(entries.nth(2)).toHaveClass(/pf-changed/);
  await expect(entries.nth(2)).toContainText('Changed from Refine what you have to Platform team, decided by “High operational tax”.');
  await expect(entries.nth(2)).toContainText('share of developer time on infrastructure +12 percentage points');
  await expect(entries.nth(2)).not.toContainText('operational-tax');
});

test('trend charts are labelled images with thresholds, and the numbers are in a table', async ({ page }) => {
  await page.goto(UNIT);
  // The trends (the latest record's business case draws its own charts further down).
  const charts = page.locator('.pf-history .pf-charts').getByRole('img');
  // Fifteen: with an engineer cost in the records, the business case's payback month and net join the
  // trends, and so do the three metrics the records answered, each against its target, and DORA's
  // overall, throughput and stability scores, which three of the four records answered.
  await expect(charts).toHaveCount(15);
  await expect(
    page.getByRole('img', { name: /^Commit to production \(minutes\): 45 minutes on 2025-05-12, .*; threshold 15 minutes\./ }),
  ).toBeVisible();
  await expect(page.getByRole('img', { name: /^DORA / })).toHaveCount(3);
  // The edition the records say scored them (2025), whichever edition is the latest now.
  await expect(page.getByRole('img', { name: /^DORA stability \(2025 edition, 0-10\)/ })).toHaveAccessibleName(
    /: 8\.8\/10 on 2025-11-10, 9\/10 on 2026-05-11, 8\.7\/10 on 2026-11-09\. Platform team formed between 2026-05-11 and 2026-11-09\.$/,
  );
  // Trends first, the tax in engineers first of all.
  await expect(charts.first()).toHaveAccessibleName(/^Operational tax \(full-time engineers\): /);
  await expect(charts.nth(1)).toHaveAccessibleName(/^Operational tax a year \(EUR\): 2,562,000 EUR on 2026-05-11/);
  await expect(page.getByRole('img', { name: /^Share of developer time on infrastructure \(%\)/ })).toHaveAccessibleName(
    /Share of developer time on infrastructure \(%\): 22% on 2025-05-12, 16% on 2025-11-10, 28% on 2026-05-11, 14% on 2026-11-09 \(answers 12 to 24\); threshold 20%\./,
  );
  await expect(page.locator('.pf-history .pf-charts .pf-chart-threshold')).toHaveCount(7);
  await expect(page.getByText('Dashed line: “High operational tax” at 20%.')).toBeVisible();
  await expect(page.getByRole('table', { name: /^The numbers behind the charts/ }).getByRole('row')).toHaveCount(5);
});

test("a record's old address leads to its section on the unit's page, which carries the latest full result", async ({ page }) => {
  await page.goto(`${UNIT}2026-05-11/`);
  await expect(page).toHaveURL(`${UNIT}#2026-05-11`);
  await expect(page.locator('[id="2026-05-11"]').getByRole('heading')).toHaveText('2026-05-11: Form a platform team');
  await expect(page.locator('.pf-card')).toContainText('Refine what you have');
  await expect(page.getByRole('table', { name: /first rule that fires decides/ })).toBeVisible();
  await page.locator('[id="2026-05-11"]').getByRole('link', { name: 'Open these answers in the assessment' }).click();
  await expect(page.locator('section.pf-result')).toHaveAttribute('data-recommendation', 'platform-team');
});

test('a multi-respondent assessment shows its respondents, their split and the spread', async ({ page }) => {
  await page.goto(UNIT);
  const last = page.locator('.pf-entry').nth(3);
  await expect(last).toContainText(
    '3 respondents (VP Engineering, CTO, Platform lead); alone, they would get different recommendations; split on share of developer time on infrastructure.',
  );
  await expect(last).toContainText('share of developer time on infrastructure 12% to 24%');
  await expect(
    page.getByRole('img', { name: /Share of developer time on infrastructure \(%\): .*14% on 2026-11-09 \(answers 12 to 24\)/ }),
  ).toBeVisible();
  // The latest assessment's full result follows the timeline.
  await expect(page.locator('.pf-respondents')).toContainText('Respondents alone would get different recommendations.');
  await expect(page.locator('.pf-card')).toContainText(
    '3 respondents: 1 Platform team, 2 Refine what you have; combined: Refine what you have.',
  );
  await expect(page.locator('.pf-warning')).toContainText('(2 of 3 see it)');
  await expect(
    page.getByRole('img', {
      name: /^Share of developer time on infrastructure: VP Engineering 14%, CTO 12%, Platform lead 24%; threshold 20%\.$/,
    }),
  ).toBeVisible();
});

test('the latest record says what changed since the previous one and how the advice’s targets moved', async ({ page }) => {
  // A record's old address leads to its unit's page, where the latest record's full result is.
  await page.goto(`${UNIT}2026-11-09/`);
  await expect(page).toHaveURL(new RegExp(`${UNIT}#2026-11-09$`));
  const progress = page.locator('.pf-progress');
  await expect(progress.getByRole('heading', { name: 'What changed since 2026-05-11' })).toBeVisible();
  await expect(progress).toContainText('Changed from Platform team to Refine what you have, decided by “No rule fired”.');
  await expect(progress.getByRole('listitem')).toContainText([
    /^Platform-trap signs: 2 of 5, at or above the threshold of 2: /,
    'Platform team: 2 engineers (was none).',
    'Commit to production: 18 minutes, not met (target ≤ 15 minutes); was 55 minutes, not met; -37 minutes.',
    /^New service to first deploy: /,
    /^Developer satisfaction \(NPS\): /,
    'Operational tax: 17.1 to 10.1 full-time engineers (-7); 2,562,000 EUR to 1,512,000 EUR a year (-1,050,000 EUR).',
  ]);
  await expect(page.locator('main')).not.toContainText('leaky-abstractions');
  await progress.getByRole('link', { name: '2026-05-11' }).click();
  await expect(page).toHaveURL(`${UNIT}#2026-05-11`);
});

test("the platform team's formation is marked on every trend, on its timeline entry and in the latest record's changes", async ({
  page,
}) => {
  await page.goto(UNIT);
  const between = 'Platform team formed between 2026-05-11 and 2026-11-09';
  const charts = page.locator('.pf-history .pf-charts').getByRole('img');
  // Every chart shades the span and says it in its text.
  await expect(page.locator('.pf-history .pf-charts .pf-chart-span')).toHaveCount(await charts.count());
  for (const chart of await charts.all()) await expect(chart).toHaveAccessibleName(new RegExp(`\\. ${between}\\.$`));
  await expect(page.locator('.pf-history > .pf-formed-note')).toHaveText(
    /^Shaded on each chart: the platform team formed between 2026-05-11 \(none then\) and 2026-11-09/,
  );
  await expect(page.locator('[id="2026-11-09"] .pf-formed-note')).toHaveText(
    `${between}: none on 2026-05-11, one at this review; the records do not say the day it started.`,
  );
  await expect(page.locator('[id="2026-05-11"] .pf-formed-note')).toHaveCount(0);
  await expect(page.locator('.pf-progress .pf-formed-note')).toContainText(between);
});

test("on a phone, a unit's trend charts keep their labels at least 11 px tall and inside the page", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(UNIT);
  const labels = page.locator('svg.pf-trend text');
  expect(await labels.count()).toBeGreaterThan(0);
  // The font size in the chart's units times the chart's scale on screen: what a reader sees.
  const sizes = await labels.evaluateAll((all) =>
    all.map((t) => Number.parseFloat(getComputedStyle(t).fontSize) * ((t as SVGTextElement).getScreenCTM()?.a ?? 0)),
  );
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
