import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { checkLinks, indexSite } from '#src/integrations/site-check.ts';
import { buildStockStarlight } from '../scripts/lib/stock-starlight.ts';
import { expect, test } from './fixtures.ts';
import { extraJs, pageWeight, sum } from '../scripts/lib/page-weight.ts';

// Byte budgets are deterministic (they read dist/), so they are asserted; times never are.
// The project's budget for an empty visit is 20 kB; the verdict and the team sizing (issue 29) run
// on every keystroke, since the card's headline depends on them.
test('the assessment page adds under 20 kB of gzipped JavaScript to a guide page', () => {
  const assessment = pageWeight('dist', '/assessment/');
  const guide = pageWeight('dist', '/golden-path/');
  const own = extraJs(assessment, guide);
  expect(own.length).toBeGreaterThan(0);
  expect(sum(own, 'gzip')).toBeLessThan(20_000);
});

test('the assessment page ships no YAML parser or zod to the browser', () => {
  const assessment = pageWeight('dist', '/assessment/');
  for (const js of assessment.js) {
    const code = readFileSync(`dist${js.path}`, 'utf8');
    expect(code, js.path).not.toMatch(/Excessive alias count|ZodError|\$ZodType/);
  }
});

test('every built page is valid HTML (html-validate)', () => {
  const r = spawnSync(process.execPath, ['node_modules/html-validate/bin/html-validate.mjs', '--formatter', 'text', 'dist'], {
    encoding: 'utf8',
  });
  expect(r.stdout + r.stderr).toBe('');
  expect(r.status).toBe(0);
});

test('every internal link and anchor in the built site resolves', () => {
  const index = indexSite('dist');
  expect(index.pages.size).toBeGreaterThan(15);
  expect(checkLinks('dist', index)).toEqual([]);
});

const GUIDES = readdirSync('content/guides')
  .filter((f) => f.endsWith('.mdx') && f !== 'index.mdx')
  .map((f) => `/${f.replace(/\.mdx$/, '')}/`);

// Starlight's own CI budgets for a docs page, gzipped.
test("every guide page stays within Starlight's CSS and JS budgets", () => {
  for (const page of GUIDES) {
    const w = pageWeight('dist', page);
    expect({ page, css: sum(w.css, 'gzip') <= 16_750, js: sum(w.js, 'gzip') <= 27_000 }).toEqual({ page, css: true, js: true });
  }
});

test('a guide page loads at most 1.05 times the CSS and JS of a stock Starlight page', () => {
  test.setTimeout(120_000);
  const stock = pageWeight(buildStockStarlight(), '/guide/');
  const stockBytes = sum(stock.css, 'gzip') + sum(stock.js, 'gzip');
  for (const page of GUIDES) {
    const w = pageWeight('dist', page);
    const ratio = (sum(w.css, 'gzip') + sum(w.js, 'gzip')) / stockBytes;
    expect({ page, ratio: Number(ratio.toFixed(3)), within: ratio <= 1.05 }).toMatchObject({ page, within: true });
  }
});
