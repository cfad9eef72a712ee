/**
 * Issue 22 in a browser: two tabs keep both sides' typed work, and a re-run opened from storage or
 * from the calendar reminder is today's run, with the same answers.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** The page writes storage a moment after typing pauses; wait until it holds `text`. */
async function stored(page: Page, text: string): Promise<void> {
  await expect.poll(() => page.evaluate(() => localStorage.getItem('platform-fit:assessment:v2') ?? '')).toContain(text);
}

const localToday = (page: Page) =>
  page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });

test('two tabs: A’s answers and notes and B’s unit all survive closing both', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('/assessment/');
  await b.goto('/assessment/');
  await a.getByLabel('Team size').fill('150');
  await a.getByLabel('Share of developer time on infrastructure').fill('35');
  await a.locator('#pf-onboarding-days').fill('21');
  await a.getByLabel('Notes').fill('Second wave of hiring starts in March.');
  await stored(a, 'Second wave');
  await b.getByLabel('Unit or team').fill('p');
  await stored(b, '"unit":"p"');
  await a.close();
  await b.close();
  const c = await context.newPage();
  await c.goto('/assessment/');
  await expect(c.getByLabel('Team size')).toHaveValue('150');
  await expect(c.getByLabel('Notes')).toHaveValue('Second wave of hiring starts in March.');
  await expect(c.getByLabel('Unit or team')).toHaveValue('p');
});

test('answers reopened from storage keep their answers and take today’s date', async ({ page }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem(
      'platform-fit:assessment:v2',
      JSON.stringify({ 'team-size': '150', 'infra-share': '35', 'onboarding-days': '21', date: '2026-05-11' }),
    );
  });
  await page.goto('/assessment/');
  await expect(page.getByLabel('Team size')).toHaveValue('150');
  await expect(page.getByLabel('Assessment date')).toHaveValue(await localToday(page));
  // A date the person sets now is kept across a reload the same day.
  await page.getByLabel('Assessment date').fill('2026-11-02');
  await stored(page, '2026-11-02');
  await page.goto('/assessment/');
  await expect(page.getByLabel('Assessment date')).toHaveValue('2026-11-02');
});

test('the calendar reminder reopens the same answers without a date', async ({ page }) => {
  await page.goto('/assessment/?team-size=64&infra-share=24&onboarding-days=10&date=2026-08-31');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Remind me/ }).click()]);
  const url = /^URL:(.*)$/m.exec(readFileSync(await download.path(), 'utf8').replace(/\r\n /g, ''))?.[1]?.trim() ?? '';
  // The same answers and the review they start from, but no date: the re-run is dated the day it is opened.
  expect(url).toMatch(/\/assessment\/\?team-size=64&infra-share=24&onboarding-days=10&from=2026-08-31$/);
  await page.goto(url);
  await expect(page.getByLabel('Team size')).toHaveValue('64');
  await expect(page.getByLabel('Assessment date')).toHaveValue(await localToday(page));
});
