import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { extraJs, pageWeight, sum } from '../scripts/lib/page-weight.ts';

// Byte budgets are deterministic (they read dist/), so they are asserted; times never are.
test('the assessment page adds under 15 kB of gzipped JavaScript to a guide page', () => {
  const assessment = pageWeight('dist', '/assessment/');
  const guide = pageWeight('dist', '/golden-path/');
  const own = extraJs(assessment, guide);
  expect(own.length).toBeGreaterThan(0);
  expect(sum(own, 'gzip')).toBeLessThan(15_000);
});

test('the assessment page ships no YAML parser or zod to the browser', () => {
  const assessment = pageWeight('dist', '/assessment/');
  for (const js of assessment.js) {
    const code = readFileSync(`dist${js.path}`, 'utf8');
    expect(code, js.path).not.toMatch(/Excessive alias count|ZodError|\$ZodType/);
  }
});
