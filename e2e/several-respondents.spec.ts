// Issue 31 on the page: the page's import gives what `assess merge` gives for the same files, the
// download keeps everyone's DORA answers and notes, "What changed" follows the combined answers, the
// reminder and "Start from the last record" open the combined answers, links keep identity apart.
import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';

const result = (page: Page) => page.locator('section.pf-result');
/** What the page says, first thing, about the link it opened with. */
const note = (page: Page) => page.locator('[data-part="link-note"]');
/** The page's default date: respondents' files belong to the review within a month of it. */
const TODAY = new Date().toLocaleDateString('sv');
const assess = (...args: string[]) => execFileSync(process.execPath, ['src/cli/assess.ts', ...args], { encoding: 'utf8' });

/** Three leaders' answers (infra share 15%, 30%, 22%), each with DORA answers and notes; Chi sees a trap sign. */
function threeFiles(): { dir: string; files: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'pf-several-'));
  const people = [
    ['Ana', '15', '2', '10', ''],
    ['Ben', '30', '4', '20', ''],
    ['Chi', '22', '3', '16', 'new-silo'],
  ];
  const files = people.map(([by, share, recovery, fail, signs]) => {
    const file = join(dir, `${by!.toLowerCase()}.yaml`);
    assess(
      ...['--save', file, '--force', '--org', 'Acme', '--unit', 'payments', '--date', TODAY, '--by', by!, '--notes', `${by}'s view`],
      ...[
        '--team-size',
        '120',
        '--infra-share',
        share!,
        '--onboarding-days',
        '10',
        '--has-platform-team',
        'yes',
        '--platform-team-size',
        '3',
      ],
      ...['--dora-recovery-time', recovery!, '--dora-change-fail-rate', fail!],
      ...(signs ? ['--trap-signs', signs] : []),
    );
    return file;
  });
  return { dir, files };
}

async function download(page: Page, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return readFileSync((await file.path()) ?? '', 'utf8');
}

test('the page combines imported files as `assess merge` does, and its download is merge’s record', async ({ page }) => {
  const { dir, files } = threeFiles();
  const merged = JSON.parse(assess('merge', ...files, '--json')) as {
    recommendation: string;
    score: { value: number };
    dora: { answers: Record<string, unknown> };
    record: { respondents: unknown[] };
  };
  await page.goto('/assessment/');
  await page.getByLabel("Import respondents' YAML files").setInputFiles(files);
  await expect(page.getByRole('table', { name: 'Imported respondents (3)' })).toBeVisible();
  await expect(result(page)).toHaveAttribute('data-recommendation', merged.recommendation);
  await expect(result(page)).toHaveAttribute('data-score', String(merged.score.value));
  // The organiser answered no DORA question: the section shows everyone else's median.
  await expect(result(page).locator('.pf-dora')).toBeVisible();
  await page.getByLabel('Organisation', { exact: true }).fill('Acme');
  await page.getByLabel('Unit or team').fill('payments');
  const yaml = await download(page, 'Download YAML');
  const out = mkdtempSync(join(tmpdir(), 'pf-several-out-'));
  const saved = join(out, 'page.yaml');
  writeFileSync(saved, yaml);
  const fromPage = JSON.parse(assess(saved, '--json')) as typeof merged;
  expect(fromPage.recommendation).toBe(merged.recommendation);
  expect(fromPage.score).toEqual(merged.score);
  expect(fromPage.dora.answers).toEqual(merged.dora.answers);
  expect(JSON.parse(assess('merge', ...files, '--json')).record.respondents).toEqual(merged.record.respondents);
  expect(yaml).toContain('notes: "Ana\'s view"');
  expect(dir).toBeTruthy();
});

test('the organiser’s DORA answers and an empty trap list reach the download; trap votes count everyone', async ({ page }) => {
  const { files } = threeFiles();
  await page.goto(
    `/assessment/?team-size=120&infra-share=28&onboarding-days=10&has-platform-team=yes&platform-team-size=3&org=Acme&unit=payments&by=Dana`,
  );
  await page.getByText("Delivery on DORA's scale (optional)").first().click();
  await page.getByRole('textbox', { name: 'Change fail rate' }).fill('40');
  await page.getByLabel("Import respondents' YAML files").setInputFiles(files.slice(0, 3));
  await expect(page.getByRole('table', { name: 'Imported respondents (3)' })).toBeVisible();
  await expect(result(page)).toContainText('4 respondents');
  const yaml = await download(page, 'Download YAML');
  expect(yaml).toMatch(/- name: "Dana"\n    answers:[\s\S]*?trapSigns: \[\][\s\S]*?changeFailRate: 40/);
  expect(yaml).toContain('notes: "Ben\'s view"');
});

test('"What changed" compares the combined answers and follows each import and edit', async ({ page }) => {
  const { dir, files } = threeFiles();
  const june = join(dir, 'june.yaml');
  assess(
    ...['--save', june, '--force', '--org', 'Acme', '--unit', 'payments', '--date', '2026-06-01'],
    ...['--team-size', '120', '--infra-share', '28', '--onboarding-days', '10', '--has-platform-team', 'yes', '--platform-team-size', '3'],
  );
  await page.goto(
    '/assessment/?team-size=120&infra-share=15&onboarding-days=10&has-platform-team=yes&platform-team-size=3&org=Acme&unit=payments',
  );
  await page.getByLabel('Previous record (YAML)').setInputFiles(june);
  const comparison = page.getByRole('region', { name: 'Since 2026-06-01' });
  const share = comparison.getByRole('row', { name: /Share of developer time/ });
  await expect(share).toContainText('28%');
  await expect(share).toContainText('15%');
  // Ben (30%) and Chi (22%) join: the median is 22%, and the comparison says so without a new click.
  await page.getByLabel("Import respondents' YAML files").setInputFiles(files.slice(1));
  await expect(share).toContainText('22%');
  // The organiser's own 15% becomes 40%: the median of 40, 30 and 22 is 30.
  await page.getByRole('textbox', { name: 'Share of developer time on infrastructure' }).fill('40');
  await expect(share).toContainText('30%');
  // June's record is refused as a respondent, with what to do instead.
  await page.getByLabel("Import respondents' YAML files").setInputFiles(june);
  await expect(page.locator('#pf-import-errors')).toContainText('june.yaml: is dated 2026-06-01, more than a month from this review');
});

test('the reminder names the unit, falls on a working day and links to the combined answers', async ({ page }) => {
  const { files } = threeFiles();
  await page.goto('/assessment/?org=Acme&unit=payments');
  await page.getByLabel("Import respondents' YAML files").setInputFiles(files);
  await expect(page.getByRole('table', { name: 'Imported respondents (3)' })).toBeVisible();
  const ics = (await download(page, 'Remind me in six months')).replace(/\r\n /g, '');
  expect(ics).toContain('SUMMARY:Re-run the platform-fit assessment: payments (Acme)');
  expect(ics).toContain('TRIGGER:-P6DT15H');
  const day = /DTSTART;VALUE=DATE:(\d{4})(\d{2})(\d{2})/.exec(ics)!;
  expect([1, 2, 3, 4, 5]).toContain(new Date(Date.UTC(+day[1]!, +day[2]! - 1, +day[3]!)).getUTCDay());
  const url = new URL(/URL:(\S+)/.exec(ics)![1]!);
  expect(Object.fromEntries(url.searchParams)).toMatchObject({
    'infra-share': '22',
    org: 'Acme',
    unit: 'payments',
    respondents: '3',
    'dora-recovery-time': '3',
  });
});

test('Start from the last record opens its combined answers, DORA, organisation and unit, dated today', async ({ page }) => {
  const { dir, files } = threeFiles();
  const record = join(dir, 'merged.yaml');
  assess('merge', ...files, '--save', record, '--force');
  await page.goto('/assessment/');
  await page.getByLabel('Last record (YAML)').setInputFiles(record);
  await expect(page).toHaveURL(/from=/);
  await expect(page.getByLabel('Share of developer time on infrastructure')).toHaveValue('22');
  await expect(page.getByLabel('Organisation', { exact: true })).toHaveValue('Acme');
  await expect(page.getByLabel('Unit or team')).toHaveValue('payments');
  await expect(page.getByLabel('Assessed by')).toHaveValue('');
  await expect(page.getByLabel('Assessment date')).toHaveValue(TODAY);
  await expect(page.getByRole('combobox', { name: 'Failed deployment recovery time' })).toHaveValue('3');
  await expect(note(page)).toContainText(
    /Started from the record of \d{4}-\d{2}-\d{2}: the combined answers .* of its 3 respondents, not one person's/,
  );
});

test("a unit page's latest record starts the next review with everything it answered", async ({ page }) => {
  await page.goto('/history/');
  await page.locator('table a[href^="/history/"]').first().click();
  const link = page.getByRole('link', { name: 'Start the next review from this record' });
  const href = (await link.getAttribute('href')) ?? '';
  const params = new URL(href, 'https://x.example').searchParams;
  expect(params.get('org')).toBeTruthy();
  expect(params.get('from')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(params.has('date')).toBe(false);
  await link.click();
  await expect(result(page)).toHaveAttribute('data-recommendation', /./);
  await expect(page.getByLabel('Organisation', { exact: true })).toHaveValue(params.get('org')!);
  await expect(page.getByLabel('Assessment date')).toHaveValue(TODAY);
});

test('a respondent who comes back keeps organisation and unit; a shared link asks before using mine', async ({ page }) => {
  await page.goto('/assessment/?org=Acme&unit=payments');
  await page.getByLabel('Team size').first().fill('80');
  await page.getByRole('textbox', { name: 'Share of developer time on infrastructure' }).fill('20');
  await page.getByLabel('Onboarding', { exact: false }).first().fill('5');
  await page.getByLabel('Assessed by').fill('Dana');
  await page.getByLabel('Notes').fill('private');
  await expect(page).toHaveURL(/by=Dana/);
  await page.goto('/assessment/');
  await expect(page.getByLabel('Organisation', { exact: true })).toHaveValue('Acme');
  await expect(page.getByLabel('Unit or team')).toHaveValue('payments');
  await expect(page.getByLabel('Assessed by')).toHaveValue('Dana');

  await page.goto('/assessment/?team-size=300&infra-share=30&onboarding-days=20');
  await expect(page.getByLabel('Assessed by')).toHaveValue('');
  await expect(page.getByLabel('Notes')).toHaveValue('');
  await expect(page.getByLabel('Organisation', { exact: true })).toHaveValue('');
  await expect(note(page)).toContainText("without this browser's organisation, unit, name and notes");
  await note(page).getByRole('button', { name: 'Use mine' }).click();
  await expect(page.getByLabel('Assessed by')).toHaveValue('Dana');
  await expect(page.getByLabel('Team size').first()).toHaveValue('300');
});

test('a link that repeats a parameter leaves it blank and says so', async ({ page }) => {
  await page.goto('/assessment/?team-size=100&team-size=5&infra-share=20&onboarding-days=5');
  await expect(page.getByLabel('Team size').first()).toHaveValue('');
  await expect(note(page)).toContainText('The link gives team-size twice ("100", "5"): left blank; type the right value.');
});
