/**
 * Screenshots of the pages people use, for looking at (and for the README): phone (390 px), tablet
 * (768 px) and laptop (1366 px), light and dark, and the print preview. The assessment is shown
 * with a result, alone and with a previous record and two respondents' files; the history is a
 * temporary build of 30 generated units (scripts/lib/screenshot-records.ts), with a unit whose
 * business case never pays back and one whose case crosses zero. Both sites are read from disk as
 * a static host serves them. Usage:
 *   npm run build && node scripts/screenshots.ts [OUT_DIR]
 * PAGES=history,assessment-compare picks pages (readme: the README's picture only); SKIP_BUILD=1
 * reuses the last portfolio build.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { MIXED_UNIT, NEGATIVE_UNIT, writeScreenshotRecords } from './lib/screenshot-records.ts';
import { staticFile } from './lib/static-files.ts';
import { loadFramework } from '#src/node/framework.ts';

const out = resolve(process.argv[2] ?? '.bench/screenshots');
const work = resolve('.bench/screenshots-work');
const ORIGIN = 'http://site.test';
const RESULT =
  '/assessment/?team-size=150&infra-share=35&onboarding-days=21&teams=12&engineer-cost=180k&currency=EUR&org=Acme&unit=payments&date=2026-11-02';

const README_QUERY =
  '/assessment/?team-size=150&infra-share=35&onboarding-days=21&teams=12&workflow-settled=yes&has-platform-team=yes&engineer-cost=180000&currency=EUR';

/** A record written by the CLI, as a person would have saved it (a previous review, a respondent). */
function saved(file: string, ...args: string[]): string {
  const path = join(work, file);
  execFileSync(process.execPath, ['src/cli/assess.ts', '--save', path, '--force', '--org', 'Acme', '--unit', 'payments', ...args]);
  return path;
}

type Setup = (page: Page) => Promise<void>;
const result: Setup = async (page) => {
  await page.locator('section.pf-result[data-recommendation]').waitFor();
};
const compared: Setup = async (page) => {
  await result(page);
  await page.getByLabel("Import respondents' YAML files").setInputFiles([join(work, 'cto.yaml'), join(work, 'lead.yaml')]);
  await page.getByRole('table', { name: /Imported respondents/ }).waitFor();
  await page.getByLabel('Previous record (YAML)').setInputFiles(join(work, 'previous.yaml'));
  await page.getByRole('region', { name: /^Since / }).waitFor();
};

/** name, site (the repository's build or the portfolio's), path, what to do before the picture. */
const pages: [string, 'dist' | 'portfolio', string, Setup?][] = [
  ['assessment-empty', 'dist', '/assessment/'],
  ['assessment-result', 'dist', RESULT, result],
  ['assessment-compare', 'dist', RESULT, compared],
  ['assessment-small', 'dist', '/assessment/?team-size=12&infra-share=30&onboarding-days=3', result],
  ['history', 'portfolio', '/history/'],
  ['history-unit', 'portfolio', '/history/northwind-logistics--product-engineering/'],
  ['history-negative', 'portfolio', `/history/${NEGATIVE_UNIT}/`],
  ['history-mixed', 'portfolio', `/history/${MIXED_UNIT}/`],
  ['history-record', 'dist', '/history/northwind-logistics--product-engineering/2026-11-09/'],
  ['guide-business-case', 'dist', '/business-case/'],
  ['how-to-decide', 'dist', '/how-to-decide/'],
  ['not-found', 'dist', '/no-such-page/'],
];
const only = process.env.PAGES?.split(',');
const sizes = [
  ['phone', { width: 390, height: 844 }],
  ['tablet', { width: 768, height: 1024 }],
  ['laptop', { width: 1366, height: 768 }],
] as const;

mkdirSync(out, { recursive: true });
mkdirSync(work, { recursive: true });
saved(
  'previous.yaml',
  '--date',
  '2026-05-01',
  '--team-size',
  '150',
  '--infra-share',
  '12',
  '--onboarding-days',
  '4',
  '--engineer-cost',
  '180k',
);
saved('cto.yaml', '--by', 'CTO', '--date', '2026-11-02', '--team-size', '150', '--infra-share', '14', '--onboarding-days', '9');
saved('lead.yaml', '--by', 'Platform lead', '--date', '2026-11-02', '--team-size', '150', '--infra-share', '38', '--onboarding-days', '21');

const portfolio = join(work, 'dist-portfolio');
if (!(process.env.SKIP_BUILD && existsSync(portfolio)) && pages.some(([n, site]) => site === 'portfolio' && (!only || only.includes(n)))) {
  const framework = loadFramework();
  if (!framework.ok) throw new Error('content/framework.yaml is not valid: run npm run assess -- check');
  writeScreenshotRecords(join(work, 'records'), framework.value.version);
  const built = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', portfolio], {
    env: { ...process.env, PLATFORM_FIT_ASSESSMENTS: join(work, 'records'), PLATFORM_FIT_TODAY: '2026-11-22' },
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`the portfolio build failed:\n${built.stderr.slice(-3000)}`);
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-background-networking', '--no-first-run'] });
async function open(viewport: { width: number; height: number }, scheme: 'light' | 'dark', site: string, path: string, setup?: Setup) {
  const page = await browser.newPage({ viewport, colorScheme: scheme });
  await page.route(`${ORIGIN}/**`, async (route) => {
    const file = staticFile(site === 'dist' ? 'dist' : portfolio, route.request().url());
    await route.fulfill(file ?? { status: 404, body: 'not found' });
  });
  await page.goto(`${ORIGIN}${path}`);
  // A record's old address moves on to its page: take the picture of where a reader lands.
  await page.waitForLoadState('networkidle');
  await setup?.(page);
  // Sections drawn only near the viewport (content-visibility: auto) would be blank in a full-page
  // picture: draw them all, as a reader scrolling down would see them.
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('*'))
      if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
  });
  await page.waitForTimeout(300);
  return page;
}
const overflow: string[] = [];
for (const [name, site, path, setup] of pages) {
  if (only && !only.includes(name)) continue;
  for (const [size, viewport] of sizes) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await open(viewport, scheme, site, path, setup);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > viewport.width) overflow.push(`${name} ${size}: ${width} px wide`);
      await page.screenshot({ path: join(out, `${name}-${size}-${scheme}.png`), fullPage: true });
      await page.close();
    }
  }
  // The print preview: an A4 page's width, paper's colours.
  const page = await open({ width: 794, height: 1123 }, 'light', site, path, setup);
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: join(out, `${name}-print.png`), fullPage: true });
  await page.close();
}
// The README's picture (docs/screenshot-assessment.png): the first screen of a result, as a laptop shows it.
if (!only || only.includes('readme')) {
  const path = `${README_QUERY}`;
  const page = await open({ width: 1680, height: 1050 }, 'light', 'dist', path, result);
  await page.screenshot({ path: join(out, 'readme-assessment.png') });
  await page.close();
}
await browser.close();
console.log(`screenshots in ${out} (readme-assessment.png replaces docs/screenshot-assessment.png when the page has changed)`);
console.log(overflow.length ? `Wider than the screen:\n  ${overflow.join('\n  ')}` : 'No page is wider than its screen.');
