// Re-running six months on: the page compares with last time's record, and never counts it as a respondent.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, LATEST_DORA_EDITION, test } from './fixtures.ts';

/** Last time's record of Acme / payments, written by the CLI as a person would have saved it. */
function previousRecord(...extra: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'pf-compare-'));
  const previous = join(dir, 'payments-2026-05-01.yaml');
  execFileSync(process.execPath, [
    'src/cli/assess.ts',
    '--save',
    previous,
    '--force',
    ...['--org', 'Acme', '--unit', 'payments', '--date', '2026-05-01'],
    ...['--team-size', '150', '--infra-share', '12', '--onboarding-days', '4'],
    ...extra,
  ]);
  return previous;
}
const NOW = '/assessment/?team-size=150&infra-share=35&onboarding-days=21&org=Acme&unit=payments&date=2026-11-02';

/** The business case's rows of `assess compare` for two records: label, then, now and change. */
function cliCaseRows(before: string, after: string): string[][] {
  const text = execFileSync(process.execPath, ['src/cli/assess.ts', 'compare', before, after], { encoding: 'utf8' });
  return text
    .split('\n')
    .map((line) => /^\s+(Business case: .+?)\s{2,}(.+?)\s*-> (.+?)(?:\s{2,}(.+?))?\s*$/.exec(line))
    .filter((m) => m !== null)
    .map((m) => [m[1]!, m[2]!, m[3]!, m[4] ?? '']);
}

test('comparing with a previous record shows what changed, and importing it as a respondent is refused', async ({ page }) => {
  const previous = previousRecord();
  await page.goto(NOW);
  await expect(page.locator('section.pf-result')).toHaveAttribute('data-recommendation', 'platform-team');
  await page.getByLabel('Previous record (YAML)').setInputFiles(previous);
  const comparison = page.getByRole('region', { name: 'Since 2026-05-01' });
  await expect(comparison).toContainText('What changed since 2026-05-01');
  await expect(comparison).toContainText('Share of developer time on infrastructure');
  await expect(comparison.getByRole('table')).toContainText('12%');
  // The same file offered as a respondent is refused, pointing to the comparison.
  await page.getByLabel("Import respondents' YAML files").setInputFiles(previous);
  await expect(page.locator('[data-part="import-errors"]')).toContainText('Compare with a previous assessment');
  await expect(page.getByRole('table', { name: /Imported respondents/ })).toHaveCount(0);
});

test("the comparison shows the business case's change in the words of assess compare", async ({ page }) => {
  const previous = previousRecord();
  // This assessment saved as a record too, so the CLI can compare the same two.
  const current = join(mkdtempSync(join(tmpdir(), 'pf-compare-')), 'payments-2026-11-02.yaml');
  execFileSync(process.execPath, [
    'src/cli/assess.ts',
    ...['--save', current, '--force', '--org', 'Acme', '--unit', 'payments', '--date', '2026-11-02'],
    ...['--team-size', '150', '--infra-share', '35', '--onboarding-days', '21'],
  ]);
  const expected = cliCaseRows(previous, current);
  // The team, the payback, the net and the win-back, each once.
  expect(expected.map((r) => r[0])).toEqual([
    'Business case: team priced',
    'Business case: payback',
    'Business case: net over the horizon',
    'Business case: capacity won back at full adoption',
  ]);
  await page.goto(NOW);
  await expect(page.locator('section.pf-result')).toHaveAttribute('data-recommendation', 'platform-team');
  await page.getByLabel('Previous record (YAML)').setInputFiles(previous);
  const table = page.getByRole('region', { name: 'Since 2026-05-01' }).getByRole('table');
  for (const row of expected) {
    // Where nothing moved the CLI leaves the change empty and the page leaves the cell out.
    await expect(table.getByRole('row').filter({ hasText: row[0] }).getByRole('cell')).toHaveText(row.filter((c) => c !== ''));
  }
  // The case moved between the two records, so the page says how, not only where it stands.
  expect(expected.find((r) => r[0] === 'Business case: payback')![1]).not.toBe(expected.find((r) => r[0] === 'Business case: payback')![2]);
});

test('a file chosen before the comparison code has arrived is still compared', async ({ page }) => {
  const previous = previousRecord();
  // Hold the detail sections' code back, as a slow connection would, until the file is chosen.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/details\.[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(NOW);
  await expect(page.locator('section.pf-result')).toHaveAttribute('data-recommendation', 'platform-team');
  await page.getByLabel('Previous record (YAML)').setInputFiles(previous);
  await expect(page.locator('[data-part="comparison"]')).toBeEmpty();
  release();
  await expect(page.getByRole('region', { name: 'Since 2026-05-01' })).toContainText('What changed since 2026-05-01');
});

test("the comparison lists DORA's scores when either record answered DORA's questions", async ({ page }) => {
  const previous = previousRecord('--dora-deploy-frequency', '3', '--dora-change-fail-rate', '30');
  await page.goto(NOW);
  await expect(page.locator('section.pf-result')).toHaveAttribute('data-recommendation', 'platform-team');
  await page.getByText("Delivery on DORA's scale (optional)").first().click();
  await page.getByLabel('Deployment frequency').selectOption({ label: 'Between once an hour and once a day' });
  await page.getByRole('textbox', { name: 'Change fail rate' }).fill('10');
  await page.getByLabel('Previous record (YAML)').setInputFiles(previous);
  const table = page.getByRole('region', { name: 'Since 2026-05-01' }).getByRole('table');
  const row = (label: string) => table.getByRole('row').filter({ hasText: label }).getByRole('cell');
  await expect(row('DORA deployment frequency')).toHaveText(['DORA deployment frequency', '4.0/10', '8.0/10', '+4.0 points']);
  // An average with a gap is not scored, as on the record's own DORA section; the stacked row leaves
  // out a change cell with nothing to say.
  const overall = `DORA overall (${LATEST_DORA_EDITION} edition)`;
  await expect(row(overall)).toHaveText([overall, 'not answered', 'not answered']);
});

test('on a phone, a chosen previous record never widens the page', async ({ page }) => {
  const previous = previousRecord('--engineer-cost', '180000');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${NOW}&engineer-cost=180000`);
  await expect(page.locator('section.pf-result')).toHaveAttribute('data-recommendation', 'platform-team');
  await page.getByLabel('Previous record (YAML)').setInputFiles(previous);
  const comparison = page.getByRole('region', { name: 'Since 2026-05-01' });
  await expect(comparison).toContainText('What changed since 2026-05-01');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // The table's last column stays on screen: its cells stack, each labelled by its column.
  const change = comparison.locator('td[data-label="Change"]').first();
  await expect(change).toBeVisible();
  const box = await change.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  // No label stands alone: an unchanged answer says so, and a cell with nothing to say is left out.
  // The comparison is worked out again once the page settles (its answers and respondents): read it then.
  const shown = () =>
    comparison
      .locator('td[data-label="Change"]')
      .evaluateAll((cells) => cells.filter((c) => getComputedStyle(c).display !== 'none').map((c) => c.textContent?.trim() ?? ''));
  await expect.poll(shown).not.toContain('');
  expect(await shown()).toContain('no change');
});

test('when the platform team formed since, the comparison sets the earlier record’s forecast against today’s answers', async ({ page }) => {
  const previous = previousRecord('--has-platform-team', 'no', '--engineer-cost', '120000', '--currency', 'EUR');
  await page.goto(
    '/assessment/?team-size=150&infra-share=8&onboarding-days=8&has-platform-team=yes&platform-team-size=4&engineer-cost=120000&currency=EUR&org=Acme&unit=payments&date=2026-11-02',
  );
  await expect(page.locator('section.pf-result')).toBeVisible();
  await page.getByLabel('Previous record (YAML)').setInputFiles(previous);
  const forecast = page.getByRole('region', { name: 'Since 2026-05-01' }).locator('.pf-forecast');
  await expect(forecast.getByRole('heading')).toHaveText('The platform team against its forecast');
  await expect(forecast).toContainText('The case made on 2026-05-01, before the team formed (framework');
  await expect(forecast).toContainText('as the record kept it');
  await expect(forecast.locator('li')).toContainText('2026-11-02, month 6 of the case: the tax went from 18 engineers (12%;');
  await expect(forecast).toContainText('What the records cannot tell');
});
