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
  // An average with a gap is not scored, as on the record's own DORA section.
  const overall = `DORA overall (${LATEST_DORA_EDITION} edition)`;
  await expect(row(overall)).toHaveText([overall, 'not answered', 'not answered', '']);
});
