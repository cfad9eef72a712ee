import { readFileSync } from 'node:fs';
import { axeViolations, expect, LATEST_DORA_EDITION, test } from './fixtures.ts';

// DORA's questions on the page: folded away, optional, read by code that loads on demand.
test("DORA's answers give a detail section with the scores beside the benchmark, and bad ones are marked", async ({ page }, info) => {
  // Fills the fold, runs axe on the whole page, downloads a record and opens a second page: 12 to 18 s
  // alone, and a CI run with two workers beside the build once took it past the default 30 s.
  test.slow();
  await page.goto('/assessment/?team-size=150&infra-share=35&onboarding-days=21&commit-minutes=600');
  const result = page.locator('section.pf-result');
  await expect(result).toHaveAttribute('data-recommendation', 'platform-team');
  await expect(result.locator('.pf-dora')).toHaveCount(0);

  await page.getByText("Delivery on DORA's scale (optional)").first().click();
  // Asked once: the commit-to-production time already answers the lead time, until overridden.
  await expect(page.getByRole('combobox', { name: 'Lead time for changes' }).locator('option:checked')).toHaveText(
    'From commit to production: under a day',
  );
  await page.getByLabel('Deployment frequency').selectOption({ label: 'Between once an hour and once a day' });
  await page.getByLabel('Failed deployment recovery time').selectOption({ label: 'Under a day' });
  await page.getByRole('textbox', { name: 'Change fail rate' }).fill('12');
  await page.getByRole('textbox', { name: 'Deployment rework rate' }).fill('8');
  await page.getByLabel('Industry (benchmark)').selectOption('technology');
  await page.getByLabel('Number of employees (benchmark)').selectOption('all');

  const dora = result.locator('.pf-dora');
  await expect(dora).toContainText('Lead time follows from the commit-to-production time you gave (10 hours: under a day).');
  await expect(dora).toContainText('Technology (industry)');
  await expect(dora).toContainText(`${LATEST_DORA_EDITION} edition`);
  await expect(dora).toContainText('Benchmarks: DORA');
  await expect(dora.locator('svg[role="img"]').first()).toHaveAttribute('aria-label', /of 10/);
  expect(await axeViolations(page)).toEqual([]);

  if (process.env.DORA_SCREENSHOTS) {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.evaluate((s) => document.documentElement.setAttribute('data-theme', s), scheme);
      await dora.screenshot({ path: `.bench/screenshots/dora-section-${scheme}.png` });
      await page.locator('.pf-dora-fields').screenshot({ path: `.bench/screenshots/dora-fields-${scheme}.png` });
    }
  }
  info.annotations.push({ type: 'dora', description: 'section drawn' });

  await page.getByLabel('Organisation', { exact: true }).fill('Acme');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download YAML' }).click()]);
  const yaml = readFileSync((await download.path()) ?? '', 'utf8');
  expect(yaml).toMatch(
    /  dora:\n    deployFrequency: 5\n    recoveryTime: 5\n    changeFailRate: 12\n    reworkRate: 8\n    industry: "technology"\n    organisationSize: "all"\n/,
  );
  // The record says which edition scored the answers.
  expect(yaml).toContain(`    edition: "${LATEST_DORA_EDITION}"\n`);

  // The address (and so a copied link) carries DORA's answers; opening it shows the same section.
  await expect(page).toHaveURL(
    /dora-deploy-frequency=5&dora-recovery-time=5&dora-change-fail-rate=12&dora-rework-rate=8&industry=technology&org-size=all/,
  );
  const other = await page.context().newPage();
  await other.goto(page.url().replace(/^.*?\/assessment\//, '/assessment/'));
  await expect(other.locator('section.pf-result .pf-dora')).toContainText('Technology (industry)');
  // The fold opens to show the answers the link brought.
  await expect(other.getByRole('combobox', { name: 'Deployment frequency' })).toHaveValue('5');
  await other.close();

  const rate = page.getByRole('textbox', { name: 'Change fail rate' });
  await rate.fill('140');
  await expect(rate).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#pf-dora-change-fail-rate-error')).toHaveText('Must be a percentage from 0 to 100 (got "140").');
  await rate.fill('12');
  await expect(rate).not.toHaveAttribute('aria-invalid', 'true');
});

test('a link whose DORA answers are not among the choices shows them refused, with the choices', async ({ page }) => {
  await page.goto('/assessment/?team-size=150&infra-share=35&onboarding-days=21&dora-deploy-frequency=9&industry=%3Cb%3Etech');
  const frequency = page.getByRole('combobox', { name: 'Deployment frequency' });
  await expect(frequency).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#pf-dora-deploy-frequency-error')).toContainText('Must be 1 to 6 or its name');
  const industry = page.getByRole('combobox', { name: 'Industry (benchmark)' });
  await expect(industry).toHaveAttribute('aria-invalid', 'true');
  await expect(industry.locator('option:checked')).toHaveText('<b>tech (not a choice)');
  await expect(page.locator('#pf-industry-error')).toContainText('Unknown choice "<b>tech"; choose one of: all,');
});
