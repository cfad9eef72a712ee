import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures.ts';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const result = (page: Page) => page.locator('section.pf-result');

async function fill(page: Page, answers: Record<string, string>) {
  for (const [label, value] of Object.entries(answers)) await page.getByLabel(label, { exact: false }).first().fill(value);
}

test.beforeEach(({ page }) => {
  // Any script a hostile link managed to run would most likely open a dialog: fail loudly if so.
  page.on('dialog', (d) => {
    throw new Error(`unexpected dialog: ${d.message()}`);
  });
});

test('filling the form gives each of the three recommendations', async ({ page }) => {
  await page.goto('/assessment/');
  await expect(result(page)).toHaveAttribute('data-recommendation', '');
  await expect(result(page)).toContainText('to see a recommendation');

  await fill(page, { 'Team size': '12', infrastructure: '30', Onboarding: '3' });
  await expect(result(page)).toHaveAttribute('data-recommendation', 'devops-first');
  await expect(result(page)).toContainText('Decided by “Small engineering organisation”');

  await page.getByLabel('Team size').fill('150');
  await expect(result(page)).toHaveAttribute('data-recommendation', 'platform-team');
  await expect(result(page)).toContainText('45 full-time engineers');
  await expect(result(page).getByRole('link', { name: 'Why this rule' })).toHaveAttribute('href', '/how-to-decide/#operational-tax');

  await fill(page, { 'Share of developer time on infrastructure': '10' });
  await expect(result(page)).toHaveAttribute('data-recommendation', 'refine');
});

test('a keystroke writes only the words that changed, and the card always matches a fresh load', async ({ page }) => {
  await page.goto('/assessment/?team-size=150&infra-share=35&onboarding-days=21&teams=12&has-platform-team=yes');
  await expect(result(page)).toHaveAttribute('data-recommendation', 'platform-team');
  const share = page.getByLabel('Share of developer time on infrastructure');
  // What one keystroke does to the result, recorded by a MutationObserver (not timed) and read in
  // the same task, before the detail sections' pause can pass.
  const mutations = await page.evaluate(() => {
    const observer = new MutationObserver(() => {});
    observer.observe(document.querySelector('section.pf-result')!, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    const input = document.querySelector<HTMLInputElement>('#pf-infra-share')!;
    input.value = '36';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return observer
      .takeRecords()
      .map((r) => (r.type === 'characterData' ? `text:${r.target.parentElement?.dataset.slot}` : `${r.type}:${r.attributeName ?? ''}`));
  });
  // The card's business-case line moves with the tax too (its break-even share).
  expect(mutations.sort()).toEqual(['attributes:data-score', 'text:deciding', 'text:payback', 'text:tax']);
  await expect(result(page)).toContainText('Operational tax: 54 full-time engineers (150 × 36%)');
  // When typing pauses, the detail sections catch up.
  await expect(page.locator('[data-section="business"]')).toContainText('Operational tax54 engineers150 engineers × 36%');

  // Through another deciding rule, another recommendation and back, the card says what a fresh
  // load of the same answers says.
  await share.fill('10');
  await expect(result(page)).toContainText('Decided by “Slow onboarding”');
  await page.getByLabel('Team size').fill('12');
  await expect(result(page)).not.toHaveAttribute('data-recommendation', 'platform-team');
  await page.getByLabel('Team size').fill('150');
  await share.fill('41');
  await expect(result(page)).toHaveAttribute('data-recommendation', 'platform-team');
  const card = () => page.locator('.pf-card').evaluate((e) => e.outerHTML);
  const typed = await card();
  await page.goto('/assessment/?team-size=150&infra-share=41&onboarding-days=21&teams=12&has-platform-team=yes');
  await expect(result(page)).toHaveAttribute('data-recommendation', 'platform-team');
  expect(await card()).toBe(typed);
  expect(typed).toContain('61.5 full-time engineers');
});

test('onboarding in weeks is converted to days', async ({ page }) => {
  await page.goto('/assessment/');
  await fill(page, { 'Team size': '60', infrastructure: '5', Onboarding: '2' });
  await expect(result(page)).toHaveAttribute('data-recommendation', 'refine');
  await page.locator('#pf-onboarding-unit').selectOption('weeks');
  await expect(result(page)).toHaveAttribute('data-recommendation', 'platform-team');
  await expect(page).toHaveURL(/onboarding-days=14/);
});

test('a shared link shows its result at once, and matches the CLI', async ({ page }) => {
  const cases = [
    ['--team-size', '150', '--infra-share', '35', '--onboarding-days', '21', '--teams', '12'],
    ['--team-size', '45', '--infra-share', '12', '--onboarding-days', '9', '--workflow-settled', 'yes'],
    ['--team-size', '80', '--infra-share', '40', '--onboarding-days', '30', '--teams', '1'],
    ['--team-size', '300', '--infra-share', '25', '--onboarding-days', '10', '--culture-bottleneck', 'yes'],
  ];
  for (const args of cases) {
    const cli = JSON.parse(execFileSync(process.execPath, ['src/cli/assess.ts', ...args, '--json'], { encoding: 'utf8' }));
    const query = new URLSearchParams();
    for (let i = 0; i < args.length; i += 2) query.set(args[i]!.slice(2), args[i + 1]!);
    await page.goto(`/assessment/?${query}`);
    await expect(result(page)).toHaveAttribute('data-recommendation', cli.recommendation);
    await expect(result(page)).toHaveAttribute('data-score', String(cli.score.value));
    await expect(result(page)).toHaveAttribute('data-decided-by', cli.decidedBy.ruleId);
    await expect(page.getByLabel('Team size')).toHaveValue(query.get('team-size')!);
  }
});

test('answers survive a reload, and start over clears them', async ({ page }) => {
  await page.goto('/assessment/');
  await fill(page, { 'Team size': '64', infrastructure: '24', Onboarding: '10', Organisation: 'Example Corp' });
  await page.getByRole('group', { name: 'The development workflow is settled?' }).getByLabel('Yes').check();
  await expect(result(page)).toHaveAttribute('data-recommendation', 'platform-team');
  await page.goto('/assessment/');
  await expect(page.getByLabel('Team size')).toHaveValue('64');
  await expect(page.getByLabel('Organisation')).toHaveValue('Example Corp');
  await expect(page.getByRole('group', { name: 'The development workflow is settled?' }).getByLabel('Yes')).toBeChecked();
  await expect(result(page)).toHaveAttribute('data-recommendation', 'platform-team');

  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByLabel('Team size')).toHaveValue('');
  await expect(result(page)).toHaveAttribute('data-recommendation', '');
  await page.reload();
  await expect(page.getByLabel('Team size')).toHaveValue('');
  await expect(page).toHaveURL(/\/assessment\/$/);
});

test('a download whose code cannot load says so on the status line, not nothing', async ({ page }) => {
  await page.route(/\/check-record\.[^/]*\.js$/, (route) => route.abort());
  await page.goto('/assessment/?team-size=64&infra-share=24&onboarding-days=10&org=Acme&date=2026-11-02');
  await expect(result(page)).toHaveAttribute('data-recommendation', /.+/);
  await page.getByRole('button', { name: 'Download YAML' }).click();
  await expect(page.locator('[data-part="action-status"]')).toContainText(/^Not downloaded: .+\. Reload the page and try again\.$/);
});

test('the downloaded YAML is a record that assess check accepts', async ({ page }) => {
  await page.goto(
    '/assessment/?team-size=64&infra-share=24&onboarding-days=10&teams=6&workflow-settled=yes&trap-signs=new-silo&nps=22&date=2026-11-02',
  );
  await page.getByRole('button', { name: 'Download YAML' }).click();
  await expect(page.getByLabel('Organisation')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#pf-org-error')).toHaveText('Is needed for the record: the organisation it belongs to.');
  await fill(page, { Organisation: 'Example Corp', 'Unit or team': 'payments', 'Assessed by': 'VP Engineering' });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download YAML' }).click()]);
  expect(download.suggestedFilename()).toBe('example-corp-payments-vp-engineering-2026-11-02.yaml');
  const dir = mkdtempSync(join(tmpdir(), 'pf-download-'));
  await download.saveAs(join(dir, 'payments', '2026-11-02.yaml'));
  const check = spawnSync(process.execPath, ['src/cli/assess.ts', 'check', dir], { encoding: 'utf8' });
  expect(check.stderr).toBe('');
  expect(check.status).toBe(0);
  const cli = JSON.parse(
    execFileSync(process.execPath, ['src/cli/assess.ts', join(dir, 'payments', '2026-11-02.yaml'), '--json'], { encoding: 'utf8' }),
  );
  await expect(result(page)).toHaveAttribute('data-recommendation', cli.recommendation);
});

test('remind me downloads a calendar event on the next review date', async ({ page }) => {
  await page.goto('/assessment/?team-size=64&infra-share=24&onboarding-days=10&date=2026-08-31');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Remind me in six months' }).click(),
  ]);
  const text = readFileSync(await download.path(), 'utf8');
  // Due 2027-02-28, a Sunday: the reminder falls on the last working day before it, and alarms a week ahead.
  expect(text).toContain('DTSTART;VALUE=DATE:20270226\r\n');
  expect(text).toContain('Review due 2027-02-28');
  expect(text).toContain('BEGIN:VALARM');
  // The event links back to the assessment with the same answers.
  expect(text.replace(/\r\n /g, '')).toMatch(/URL:http:\/\/127\.0\.0\.1:\d+\/assessment\/\?team-size=64&infra-share=24&onboarding-days=10/);
});

test('hostile and out-of-range link parameters are shown as invalid and never run', async ({ page }) => {
  await page.goto(
    '/assessment/?team-size=%3Cscript%3Ealert(1)%3C%2Fscript%3E&infra-share=140&onboarding-days=-3&teams=abc&workflow-settled=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(2)%3E',
  );
  await expect(result(page)).toHaveAttribute('data-recommendation', '');
  for (const [label, message] of [
    ['Team size', 'Must be a whole number from 1 to 100000 (got "<script>alert(1)</script>").'],
    ['infrastructure', 'Must be a number from 0 to 100 (got "140").'],
    ['Onboarding', 'Must be a number from 0 to 365 (got "-3").'],
    ['Teams deploying', 'Must be a whole number from 1 to 10000 (got "abc").'],
  ] as const) {
    const input = page.getByLabel(label).first();
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  }
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('.pf-result script')).toHaveCount(0);
  await expect(result(page)).toContainText('No recommendation while an answer is invalid');
});

test('keyboard only: fill, see the result, start over', async ({ page }) => {
  await page.goto('/assessment/');
  await page.getByLabel('Team size').focus();
  await page.keyboard.type('150');
  await page.keyboard.press('Tab');
  await page.keyboard.type('35');
  await page.keyboard.press('Tab');
  await page.keyboard.type('21');
  await expect(result(page)).toHaveAttribute('data-recommendation', 'platform-team');
  await page.getByRole('button', { name: 'Start over' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Team size')).toBeFocused();
  await expect(page.getByLabel('Team size')).toHaveValue('');
});

for (const [theme, width] of [
  ['light', 1440],
  ['dark', 1440],
  ['light', 390],
  ['dark', 390],
] as const) {
  test(`axe finds no violations with a full result and an invalid answer (${theme}, ${width}px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    await page.goto(
      '/assessment/?team-size=150&infra-share=35&onboarding-days=21&teams=12&has-platform-team=yes&trap-signs=new-silo,slow-delivery&commit-minutes=40&nps=30',
    );
    await expect(result(page)).toHaveAttribute('data-recommendation', 'platform-team');
    await page.goto('/assessment/?team-size=abc&infra-share=35&onboarding-days=21');
    await expect(page.getByLabel('Team size')).toHaveAttribute('aria-invalid', 'true');
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('without JavaScript the rules table is there to apply by hand', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/assessment/');
  const table = page.getByRole('table', { name: /Decision rules/ });
  await expect(table).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(1 + 7);
  await expect(page.getByText('The live result needs JavaScript')).toBeVisible();
  // Only what works without JavaScript is shown: no buttons that would do nothing.
  for (const name of ['Copy link', 'Download YAML', 'Print', 'Start over']) await expect(page.getByRole('button', { name })).toBeHidden();
  await expect(page.getByRole('button', { name: /Show these answers/ })).toHaveCount(0);
  await context.close();
});

// On paper: the answers and the decision, then the business case a CFO can check: every assumption
// with its basis, the sizes beside the published references, the pictures with their numbers, and
// every month as a table. The score and the levers stay on screen.
test('printing carries the business case a CFO can check, in a few pages', async ({ page }) => {
  await page.goto('/assessment/?team-size=150&infra-share=35&onboarding-days=21&teams=12&commit-minutes=40&nps=30&engineer-cost=150000');
  await expect(result(page)).toHaveAttribute('data-recommendation', 'platform-team');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.pf-print-answers')).toBeVisible();
  await expect(page.locator('.pf-form')).toBeHidden();
  const business = page.locator('[data-section="business"]');
  await expect(business.locator('.pf-months')).toBeVisible();
  await expect(business.locator('.pf-months tbody tr')).toHaveCount(36);
  await expect(business.locator('.pf-chart-data').nth(1)).toBeVisible();
  await expect(business.locator('.pf-sizing')).toBeVisible();
  await expect(business.getByRole('columnheader', { name: 'Basis' })).toBeVisible();
  await expect(page.locator('[data-section="score"]')).toBeHidden();
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  expect(pages).toBeGreaterThanOrEqual(2);
  expect(pages).toBeLessThanOrEqual(8);
});

test("the business case's pictures keep their labels at least 11 px tall on a 390 px phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/assessment/?team-size=180&infra-share=28&onboarding-days=10&engineer-cost=180000&currency=EUR&proposed-team-size=6');
  const texts = page.locator('[data-section="business"] .pf-chart text');
  await texts.first().scrollIntoViewIfNeeded();
  await expect(texts.first()).toBeVisible();
  const heights = await texts.evaluateAll((all) => all.map((t) => t.getBoundingClientRect().height));
  expect(heights.length).toBeGreaterThan(10);
  expect(Math.min(...heights)).toBeGreaterThanOrEqual(11);
  // And every label stays inside its picture.
  const outside = await page.locator('[data-section="business"] .pf-chart').evaluateAll((svgs) =>
    svgs.flatMap((svg) => {
      const box = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('text')]
        .map((t) => t.getBoundingClientRect())
        .filter((r) => r.left < box.left - 1 || r.right > box.right + 1)
        .map((r) => `${Math.round(r.left)}..${Math.round(r.right)} outside ${Math.round(box.left)}..${Math.round(box.right)}`);
    }),
  );
  expect(outside).toEqual([]);
});
