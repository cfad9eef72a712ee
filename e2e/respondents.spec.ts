// Several respondents on the assessment page: import, combine, split, download, remove.
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures.ts';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const result = (page: Page) => page.locator('section.pf-result');
/** The page's default date: respondents' files belong to the review within a month of it. */
const TODAY = new Date().toLocaleDateString('sv');

async function fill(page: Page, answers: Record<string, string>) {
  for (const [label, value] of Object.entries(answers)) await page.getByLabel(label, { exact: false }).first().fill(value);
}

test.describe('several respondents', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pf-respondents-'));
  const save = (file: string, by: string, infra: string) =>
    execFileSync(process.execPath, [
      'src/cli/assess.ts',
      '--save',
      join(dir, file),
      // beforeAll runs again in a fresh worker after a failure; the files may already be there.
      '--force',
      '--org',
      'Acme',
      '--by',
      by,
      '--date',
      TODAY,
      '--team-size',
      '80',
      '--infra-share',
      infra,
      '--onboarding-days',
      '4',
    ]);

  test.beforeAll(() => {
    save('cto.yaml', 'CTO', '12');
    save('lead.yaml', 'Platform lead', '30');
  });

  test('importing two downloaded files shows the combined result and where they split', async ({ page }) => {
    // A long walk (import, a third person, a reload, axe at two widths, a download, check): more than the default 30 s on a loaded 2-core machine.
    test.setTimeout(90_000);
    await page.goto('/assessment/');
    await page.getByLabel("Import respondents' YAML files").setInputFiles([join(dir, 'cto.yaml'), join(dir, 'lead.yaml')]);
    await expect(page.getByRole('table', { name: 'Imported respondents (2)' })).toBeVisible();
    await expect(result(page)).toHaveAttribute('data-recommendation', 'platform-team');
    await expect(result(page)).toContainText('Respondents alone would get different recommendations.');
    await expect(result(page)).toContainText('2 respondents: 1 Platform team, 1 Refine what you have; combined: Platform team.');
    await expect(result(page)).toContainText(
      'Split on share of developer time on infrastructure: “High operational tax” fires for Platform lead (30%); not for CTO (12%).',
    );
    await expect(
      result(page).getByRole('img', { name: /Share of developer time on infrastructure: CTO 12%, Platform lead 30%; threshold 20%/ }),
    ).toBeVisible();

    // A third respondent: the person at the keyboard.
    await fill(page, {
      'Team size': '80',
      'Share of developer time on infrastructure': '14',
      Onboarding: '4',
      'Assessed by': 'VP Engineering',
      Organisation: 'Acme',
    });
    await expect(result(page)).toContainText('3 respondents');
    await expect(result(page)).toHaveAttribute('data-recommendation', 'refine');
    await page.reload();
    await expect(page.getByRole('table', { name: 'Imported respondents (2)' })).toBeVisible();
    await expect(result(page)).toContainText('3 respondents');
    for (const width of [1440, 390]) {
      await page.setViewportSize({ width, height: 900 });
      expect((await axeViolations(page)).map((v) => `${width}px ${v}`)).toEqual([]);
    }

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download YAML' }).click()]);
    const out = mkdtempSync(join(tmpdir(), 'pf-merged-'));
    await download.saveAs(join(out, 'merged.yaml'));
    expect(readFileSync(join(out, 'merged.yaml'), 'utf8')).toMatch(
      /schemaVersion: 2[\s\S]*- name: "VP Engineering"[\s\S]*- name: "CTO"[\s\S]*- name: "Platform lead"/,
    );
    expect(spawnSync(process.execPath, ['src/cli/assess.ts', 'check', out], { encoding: 'utf8' }).status).toBe(0);

    await page.getByRole('button', { name: 'Remove CTO' }).click();
    await expect(page.getByRole('table', { name: 'Imported respondents (1)' })).toBeVisible();
  });

  test('a broken file is reported with file, line and field, and imports nothing', async ({ page }) => {
    await page.goto('/assessment/');
    await page.getByLabel("Import respondents' YAML files").setInputFiles({
      name: 'broken.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from('schemaVersion: 1\norganization: Acme\nassessedOn: 2026-11-01\nanswers:\n  teamSize: lots\n'),
    });
    await expect(page.locator('#pf-import-errors')).toContainText(
      'broken.yaml:5: answers.teamSize: must be a whole number from 1 to 100000 (got "lots")',
    );
    await expect(page.getByRole('table', { name: /Imported respondents/ })).toHaveCount(0);
  });
});
