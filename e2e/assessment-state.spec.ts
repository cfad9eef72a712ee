/**
 * Nothing a leader types is lost: reloads, links, two tabs, start over, stored state gone bad.
 * And the result reads: labels not ids, units people use, files named after what they hold.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

const result = (page: Page) => page.locator('section.pf-result');
const status = (page: Page) => page.locator('[data-part="action-status"]');

/** A respondent's record file as the import field takes it. */
/** The page's default date: respondents' files belong to the review within a month of it. */
const TODAY = new Date().toLocaleDateString('sv');
const respondentFile = (name: string, by: string, infraTimeShare: number) => ({
  name,
  mimeType: 'application/yaml',
  buffer: Buffer.from(
    `schemaVersion: 1\norganization: Acme\nassessedOn: ${TODAY}\nassessedBy: ${by}\nanswers:\n  teamSize: 80\n  infraTimeShare: ${infraTimeShare}\n  onboardingDays: 4\n`,
  ),
});

test.beforeEach(({ page }) => {
  page.on('dialog', (d) => {
    throw new Error(`unexpected dialog: ${d.message()}`);
  });
});

test('notes and units survive a reload even when the address carries the answers', async ({ page }) => {
  await page.goto('/assessment/?team-size=60&infra-share=5&onboarding-days=21');
  await page.locator('#pf-onboarding-days').fill('3');
  await page.locator('#pf-onboarding-unit').selectOption('weeks');
  await page.getByLabel('Notes').fill('Second wave of hiring starts in March.');
  await expect(page).toHaveURL(/onboarding-days=21/);
  await page.reload();
  await expect(page.getByLabel('Notes')).toHaveValue('Second wave of hiring starts in March.');
  await expect(page.locator('#pf-onboarding-days')).toHaveValue('3');
  await expect(page.locator('#pf-onboarding-unit')).toHaveValue('weeks');
});

test('start over asks for nothing but can be undone, answers, notes and respondents alike', async ({ page }) => {
  await page.goto('/assessment/?team-size=150&infra-share=35&onboarding-days=21');
  await page.getByLabel('Notes').fill('keep me');
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByLabel('Team size')).toHaveValue('');
  await expect(status(page)).toContainText('Cleared');
  await status(page).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Team size')).toHaveValue('150');
  await expect(page.getByLabel('Notes')).toHaveValue('keep me');
  await expect(result(page)).toHaveAttribute('data-recommendation', 'platform-team');
});

test('metrics in hours and days are converted to the minutes the framework uses', async ({ page }) => {
  await page.goto('/assessment/?team-size=150&infra-share=35&onboarding-days=21');
  await page.locator('#pf-new-service-minutes').fill('2');
  await page.locator('#pf-new-service-minutes-unit').selectOption('days');
  // Read back in the unit a person gave, not as 2880 minutes; the link keeps the exact minutes.
  await expect(result(page)).toContainText('2 days');
  await expect(result(page)).not.toContainText('2880');
  await expect(page).toHaveURL(/new-service-minutes=2880/);
});

test('a link dated 9999-12-31 marks the date and the reminder explains instead of failing', async ({ page }) => {
  await page.goto('/assessment/?team-size=150&infra-share=35&onboarding-days=21&date=9999-12-31');
  await expect(page.getByLabel('Assessment date')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#pf-date-error')).toContainText('Must be a calendar date from 1990-01-01');
  await page.getByRole('button', { name: /Remind me/ }).click();
  await expect(status(page)).toContainText('Complete the answers first');
});

test('stored state that is not valid is dropped with a note, and the page keeps working', async ({ page }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem(
      'platform-fit:respondents:v1',
      JSON.stringify([
        { name: 'Broken', answers: { teamSize: 1e308, infraTimeShare: 'x', onboardingDays: 3 } },
        { name: 'Fine', answers: { teamSize: 80, infraTimeShare: 30, onboardingDays: 4 } },
      ]),
    );
  });
  await page.goto('/assessment/');
  await expect(status(page)).toContainText('1 stored respondent(s) were not valid and were dropped');
  await expect(page.getByRole('table', { name: 'Imported respondents (1)' })).toBeVisible();
  await page.getByLabel('Team size').fill('90');
  await page.getByLabel('Share of developer time on infrastructure').fill('10');
  await page.locator('#pf-onboarding-days').fill('3');
  await expect(result(page)).toContainText('2 respondents');
  await expect(page.locator('svg [cx="Infinity"], svg [cx="NaN"]')).toHaveCount(0);
});

test('Download YAML refuses a record check would refuse, naming the field', async ({ page }) => {
  await page.goto(`/assessment/?team-size=150&infra-share=35&onboarding-days=21&org=${'x'.repeat(150)}`);
  await page.getByRole('button', { name: 'Download YAML' }).click();
  await expect(status(page)).toContainText('Not downloaded: org: must be text of 1 to 120 characters');
  await expect(page.getByLabel('Organisation')).toHaveAttribute('aria-invalid', 'true');
});

test('copy link says what it does not carry', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/assessment/?team-size=150&infra-share=35&onboarding-days=21');
  await page.getByLabel("Import respondents' YAML files").setInputFiles(respondentFile('cto.yaml', 'CTO', 12));
  await expect(page.getByRole('table', { name: 'Imported respondents (1)' })).toBeVisible();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(status(page)).toContainText('not the 1 imported respondent(s)');
});

test('the same respondent imported twice is refused', async ({ page }) => {
  await page.goto('/assessment/');
  const file = respondentFile('cto.yaml', 'CTO', 12);
  const input = page.getByLabel("Import respondents' YAML files");
  await input.setInputFiles(file);
  await input.setInputFiles(file);
  await expect(page.locator('#pf-import-errors')).toContainText('cto.yaml: CTO is already counted with the same answers');
  await expect(page.getByRole('table', { name: 'Imported respondents (1)' })).toBeVisible();
});

test('another tab importing a respondent adds them here too, and answers changed elsewhere are announced', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('/assessment/');
  await b.goto('/assessment/');
  await a.getByLabel("Import respondents' YAML files").setInputFiles(respondentFile('lead.yaml', 'Lead', 30));
  await expect(b.getByRole('table', { name: 'Imported respondents (1)' })).toBeVisible();
  await a.getByLabel('Team size').fill('77');
  await expect(b.locator('[data-part="action-status"]')).toContainText('changed in another tab');
});

test('the calendar reminder and printed answers use labels, not ids', async ({ page }) => {
  await page.goto(
    '/assessment/?team-size=150&infra-share=35&onboarding-days=21&has-platform-team=yes&trap-signs=new-silo,leaky-abstractions',
  );
  await expect(result(page)).toContainText('get out of the trap first');
  await expect(result(page)).not.toContainText('leaky-abstractions');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Remind me/ }).click()]);
  expect(readFileSync(await download.path(), 'utf8')).toContain('TRIGGER:-P6DT15H');
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const printed = page.locator('.pf-print-answers');
  await expect(printed).toContainText('Platform-trap warning signs you see');
  await expect(printed).not.toContainText('new-silo');
});

test('the printed answers give the engineer cost once, as it was read, not as it was typed', async ({ page }) => {
  await page.goto('/assessment/?team-size=150&infra-share=35&onboarding-days=21&engineer-cost=180k&currency=EUR');
  await expect(result(page)).toContainText('180,000 EUR');
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const cost = page.locator('.pf-print-answers tr', { hasText: 'engineer' }).filter({ hasText: /cost/i });
  await expect(cost).toHaveCount(1);
  await expect(cost.locator('td')).toHaveText('180,000');
  await expect(page.locator('.pf-print-answers')).not.toContainText('180k');
});
