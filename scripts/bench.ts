/**
 * npm run bench: prints what the site costs and how it scales. Figures only, never pass/fail:
 * these machines are shared, so times vary; byte budgets are asserted in the e2e suite instead.
 *   1. build time of the real site, HTML/CSS/JS bytes and requests for four pages, and what an empty
 *      visit and a visit with a result to /assessment/ download until the network is idle;
 *   2. engine evaluations per second, and reading a number 50, 60,000 and 130,000 characters long;
 *   3. a synthetic assessments/ tree (1,000 records over 50 units, outside the repo's records):
 *      build time per record and the history pages' weight;
 *   4. a keystroke on the assessment page against one full-page layout (Chromium, medians of 30),
 *      unthrottled and with 4x CPU throttling as on a mid-range phone.
 * `npm run bench -- --portfolio` runs only the portfolio scenario instead (scripts/lib/portfolio-bench.ts):
 *   5. 500 units and 10,000 records: build time, peak memory, dist/ size, page weights, CLI times.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addMonths } from '#src/engine/calendar/dates.ts';
import { evaluate } from '#src/engine/decision/evaluate.ts';
import { frameworkSchema } from '#src/engine/framework/schema.ts';
import { parseYaml } from '#src/engine/validation/parse-yaml.ts';
import { SCHEMA_VERSION } from '#src/engine/records/record.ts';
import { recordToYaml } from '#src/engine/records/record-yaml.ts';
import { pageWeight, sum, type PageWeight } from './lib/page-weight.ts';
import { parseFields } from '#src/engine/inputs/parse-fields.ts';
import { readPeopleNumber } from '#src/engine/inputs/parse-number.ts';
import { assessmentVisitsOf } from './lib/visit-weight.ts';
import { buildStockStarlight } from './lib/stock-starlight.ts';
import { keystrokeCost } from './lib/keystroke-cost.ts';
import { portfolioBench } from './lib/portfolio-bench.ts';

const BENCH = '.bench';
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

function build(outDir: string, env: Record<string, string> = {}): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (r.status !== 0) {
    console.error(r.stdout, r.stderr);
    throw new Error(`astro build failed (${outDir})`);
  }
  return (performance.now() - start) / 1000;
}

function row(w: PageWeight): string {
  const cells = [
    w.page.padEnd(50),
    `${kb(w.html.raw)} / ${kb(w.html.gzip)}`.padEnd(20),
    `${kb(sum(w.css, 'raw'))} / ${kb(sum(w.css, 'gzip'))}`.padEnd(20),
    `${kb(sum(w.js, 'raw'))} / ${kb(sum(w.js, 'gzip'))}`.padEnd(20),
    String(w.requests),
  ];
  return cells.join(' ');
}

function header(): string {
  return ['page'.padEnd(50), 'HTML raw / gzip'.padEnd(20), 'CSS raw / gzip'.padEnd(20), 'JS raw / gzip'.padEnd(20), 'requests'].join(' ');
}

const frameworkOf = () => {
  const parsed = parseYaml(readFileSync('content/framework.yaml', 'utf8'), 'content/framework.yaml', frameworkSchema);
  if (!parsed.ok) throw new Error('framework invalid');
  return parsed.value;
};

if (process.argv.includes('--portfolio')) {
  mkdirSync(BENCH, { recursive: true });
  portfolioBench(BENCH, frameworkOf().version);
  console.log(`\nOutput kept in ${BENCH}/ (ignored by git). Repeat with: npm run bench -- --portfolio`);
  process.exit(0);
}

// 1. The real site.
rmSync(BENCH, { recursive: true, force: true });
mkdirSync(BENCH, { recursive: true });
const realDist = join(BENCH, 'dist');
const realSeconds = build(realDist);
console.log(`\n1. Real site: astro build took ${realSeconds.toFixed(1)} s\n`);
console.log(header());
for (const page of ['/', '/golden-path/', '/assessment/', '/history/']) console.log(row(pageWeight(realDist, page)));
// What a visit to /assessment/ downloads until the network is idle, beyond what a guide page does.
const visits = await assessmentVisitsOf(realDist);
for (const [name, budget] of [
  ['empty', 20_000],
  ['result', 40_000],
] as const) {
  const v = visits[name];
  console.log(
    `\n/assessment/, ${name === 'empty' ? 'an empty visit' : 'a visit with a result'}: ${v.gzip} B (${kb(v.gzip)}) of gzipped own JS beyond a guide page (budget ${budget} B): ` +
      v.js.map((d) => `${d.path.replace('/_astro/', '')} ${d.gzip} B`).join(', '),
  );
}
const stock = pageWeight(buildStockStarlight(), '/guide/');
const stockBytes = sum(stock.css, 'gzip') + sum(stock.js, 'gzip');
console.log(`Stock Starlight guide page (same versions): HTML ${kb(stock.html.gzip)}, CSS+JS ${kb(stockBytes)} gzipped`);
for (const page of ['/golden-path/', '/faq/', '/how-to-decide/']) {
  const w = pageWeight(realDist, page);
  const ours = sum(w.css, 'gzip') + sum(w.js, 'gzip');
  console.log(
    `  ${page.padEnd(18)} CSS+JS ${kb(ours)} = ${(ours / stockBytes).toFixed(3)}x stock (budget 1.05x); HTML ${kb(w.html.gzip)} (Starlight's budget 7 kB)`,
  );
}

// 2. The engine.
const framework = frameworkOf();
let n = 0;
const until = performance.now() + 1500;
while (performance.now() < until) {
  for (let i = 0; i < 100; i++, n++) {
    // Reading the levers, which are worked out on first read, so the figure is the full result's.
    void evaluate(
      { teamSize: 10 + (n % 300), infraTimeShare: n % 60, onboardingDays: n % 30, teamsDeployingIndependently: 1 + (n % 12) },
      framework,
      { assessedOn: '2026-11-22' },
    ).whatWouldChange;
  }
}
console.log(`\n2. Engine: ${Math.round(n / 1.5).toLocaleString('en')} evaluations per second (full result, what-would-change included)`);

// Reading a pasted answer: the same cost whatever its length (it once grew with the square of it).
for (const length of [50, 60_000, 130_000]) {
  const text = `${'1'.repeat(length - 1)}x`;
  const started = performance.now();
  parseFields({ 'engineer-cost': text }, [], readPeopleNumber);
  console.log(`   reading a ${length.toLocaleString('en')}-character --engineer-cost: ${(performance.now() - started).toFixed(2)} ms`);
}

// 3. Synthetic history: 50 units, 20 assessments each, every six months.
const UNITS = 50;
const PER_UNIT = 20;
const recordsDir = join(BENCH, 'assessments');
let seed = 42;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
for (let u = 0; u < UNITS; u++) {
  const unit = `unit-${String(u + 1).padStart(2, '0')}`;
  mkdirSync(join(recordsDir, unit), { recursive: true });
  let date = '2016-01-15';
  let teamSize = 10 + Math.floor(random() * 40);
  for (let r = 0; r < PER_UNIT; r++) {
    teamSize = Math.max(5, teamSize + Math.floor(random() * 20) - 5);
    const text = recordToYaml({
      schemaVersion: SCHEMA_VERSION,
      organization: 'Bench Corp',
      unit,
      assessedOn: date,
      frameworkVersion: framework.version,
      answers: {
        teamSize,
        infraTimeShare: Math.round(random() * 45),
        onboardingDays: Math.round(random() * 25),
        teamsDeployingIndependently: 1 + Math.floor(random() * 10),
        metrics: { commitToProductionMinutes: Math.round(5 + random() * 60), developerNps: Math.round(random() * 100 - 20) },
      },
    });
    writeFileSync(join(recordsDir, unit, `${date}.yaml`), text);
    date = addMonths(date, 6);
  }
}
const records = UNITS * PER_UNIT;
const synthDist = join(BENCH, 'dist-synthetic');
const synthSeconds = build(synthDist, { PLATFORM_FIT_ASSESSMENTS: recordsDir });
const index = pageWeight(synthDist, '/history/');
const unitPage = pageWeight(synthDist, '/history/bench-corp--unit-01/');
const recordPage = pageWeight(synthDist, '/history/bench-corp--unit-01/2016-01-15/');
console.log(`\n3. Synthetic history: ${records} records over ${UNITS} units`);
console.log(
  `   astro build took ${synthSeconds.toFixed(1)} s; ${(((synthSeconds - realSeconds) * 1000) / records).toFixed(1)} ms per record beyond the real site's build`,
);
console.log(`   ${header()}`);
for (const w of [index, unitPage, recordPage]) console.log(`   ${row(w)}`);
// 4. A keystroke against a full-page layout of the same page.
console.log('\n4. Keystroke on /assessment/ against one full-page layout: medians of 30, same page and run, 1366 px');
for (const throttle of [1, 4]) {
  const k = await keystrokeCost(realDist, throttle);
  const ms = (n: number) => `${n.toFixed(2)} ms`;
  console.log(
    `   CPU ${throttle}x: keystroke ${ms(k.keystrokeMs)}; full-page layout ${ms(k.fullLayoutMs)}: ratio ${(k.keystrokeMs / k.fullLayoutMs).toFixed(2)} (budget 1.00)`,
  );
  console.log(
    `           floor (the input's value set, no script) ${ms(k.floorMs)}; main at 99% ${ms(k.mainWidthMs)}, ratio ${(k.keystrokeMs / k.mainWidthMs).toFixed(2)}: ` +
      `the content column stays ${k.columnWidths[0].toFixed(0)} -> ${k.columnWidths[1].toFixed(0)} px, so its boxes are reused, not laid out`,
  );
}
console.log(`\nOutput kept in ${BENCH}/ (ignored by git). Repeat with: npm run bench`);
