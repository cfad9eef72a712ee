import { readdirSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

const guides = readdirSync('content/guides')
  .filter((f) => f.endsWith('.mdx') && f !== 'index.mdx' && !f.startsWith('404'))
  .map((f) => `/${f.replace(/\.mdx$/, '')}/`);

test('every guide is built, titled and reachable from the sidebar', async ({ page }) => {
  await page.goto('/how-to-decide/');
  const sidebar = await page.locator('#starlight__sidebar a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  for (const guide of guides) {
    expect(sidebar, guide).toContain(guide);
    const response = await page.goto(guide);
    expect(response?.status(), guide).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
  }
});

test('record pages stay out of the search index, guides answer guide topics', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /search/i }).click();
  const box = page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' });
  await box.fill('golden path');
  const links = page.locator('.pagefind-ui__result-link');
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.filter((h) => h.startsWith('/history/'))).toEqual([]);
});

test('the 404 page leads home, to the assessment and to the guides', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('link', { name: 'Take the assessment' })).toHaveAttribute('href', '/assessment/');
  await expect(page.getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/');
  await expect(page.getByRole('link', { name: 'How to decide' })).toHaveAttribute('href', '/how-to-decide/');
});

test('search finds a word from one guide and leads to it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /search/i }).click();
  const box = page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' });
  await box.fill('dogfood');
  const hit = page.locator('.pagefind-ui__result-link').first();
  await expect(hit).toBeVisible();
  await hit.click();
  await expect(page).toHaveURL(/\/best-practices\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Best practices');
});

test('the home page leads to the assessment and the guides', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Take the assessment' })).toHaveAttribute('href', '/assessment/');
  await page.getByRole('link', { name: 'Read the guides' }).click();
  await expect(page).toHaveURL(/\/devops-vs-platform-engineering\/$/);
});

test('every page carries a strict Content-Security-Policy, and the theme switch still works under it', async ({ page }) => {
  await page.goto('/golden-path/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  const scriptSrc = csp!
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find((d) => d[0] === 'script-src')!;
  for (const source of scriptSrc.slice(1))
    expect(["'unsafe-inline'", "'unsafe-eval'", '*', 'http:', 'https:', 'data:']).not.toContain(source);
  await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('how to decide draws the rules as a named image, with the same steps in words one click away', async ({ page }) => {
  await page.goto('/how-to-decide/');
  const chart = page.getByRole('img', { name: 'The decision as a flowchart' });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAccessibleDescription(/tried from the top: the first that applies decides/);
  const steps = page.locator('.pf-decision ol li');
  await expect(steps.first()).toBeHidden();
  await page.getByText('The flowchart in words').click();
  await expect(steps.first()).toBeVisible();
  // One step per decision drawn, and one for the fallback.
  expect(await steps.count()).toBe((await chart.locator('.pf-dd-decision').count()) + 1);
  // Drawn at its own size on a wide screen, never wider than the column on a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  const box = await chart.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
});

test('captions keep the spaces between their words and the values set in them', async ({ page }) => {
  for (const path of ['/assessment/', '/how-to-decide/']) {
    await page.goto(path);
    await expect(page.locator('caption', { hasText: 'Decision rules' }).first()).toHaveText(
      /^Decision rules, framework version \S+: the first rule that applies decides\.$/,
    );
  }
  await page.goto('/dora-and-maturity/');
  const captions = await page.locator('caption', { hasText: 'benchmarks by' }).allTextContents();
  expect(captions.length).toBeGreaterThan(0);
  for (const caption of captions)
    expect(caption.trim()).toMatch(/^DORA's \d{4} benchmarks by [a-z ]+: .+\. Source: \S.+ at \w+, \S+, read \S+\.$/);
});
