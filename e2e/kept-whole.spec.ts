/**
 * Issue 22 in a browser: two tabs keep both sides' typed work.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** The page writes storage a moment after typing pauses; wait until it holds `text`. */
async function stored(page: Page, text: string): Promise<void> {
  await expect.poll(() => page.evaluate(() => localStorage.getItem('platform-fit:assessment:v2') ?? '')).toContain(text);
}

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
