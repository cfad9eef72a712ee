/**
 * `npm run bench -- --portfolio`: a portfolio of 500 units and 10,000 records, built for real.
 * Prints the build's wall time and peak memory (GNU time's maximum resident set size), the size
 * of dist/, the gzipped weight of /history/, a unit page and a record's old URL, and how long
 * `assess history`, `assess due` and `assess check` take over the same records. Figures only:
 * the targets are printed beside them, never asserted (shared machines vary).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { writePortfolio } from './portfolio.ts';
import { pageWeight, sum } from './page-weight.ts';

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const TIME = '/usr/bin/time';

interface Measured {
  seconds: number;
  /** User plus system CPU time: what the work costs, whatever else the machine is running. */
  cpuSeconds: number | null;
  peakMb: number | null;
  status: number | null;
  output: string;
}

/** A command's wall time, and its peak resident memory when GNU time is installed. */
function measure(args: string[], env: Record<string, string>): Measured {
  const withTime = existsSync(TIME);
  const start = performance.now();
  const r = spawnSync(withTime ? TIME : process.execPath, withTime ? ['-v', process.execPath, ...args] : args, {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 1024 ** 3,
  });
  const seconds = (performance.now() - start) / 1000;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1];
  const user = /User time \(seconds\): ([\d.]+)/.exec(r.stderr)?.[1];
  const system = /System time \(seconds\): ([\d.]+)/.exec(r.stderr)?.[1];
  return {
    seconds,
    cpuSeconds: user && system ? Number(user) + Number(system) : null,
    peakMb: rss ? Number(rss) / 1024 : null,
    status: r.status,
    output: `${r.stdout}\n${r.stderr}`,
  };
}

/** The bytes of every file under dir: what a host stores and serves (folders' own blocks aside). */
function treeBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((n, e) => {
    const path = join(dir, e.name);
    return n + (e.isDirectory() ? treeBytes(path) : statSync(path).size);
  }, 0);
}

const cpu = (m: Measured) => (m.cpuSeconds === null ? '' : `, ${m.cpuSeconds.toFixed(1)} s of CPU`);
const within = (value: number, budget: number) => (value <= budget ? 'within' : 'OVER');

export function portfolioBench(bench: string, frameworkVersion: string, units = 500, perUnit = 20): void {
  const portfolio = writePortfolio(join(bench, 'portfolio'), units, perUnit, frameworkVersion);
  const dist = join(bench, 'dist-portfolio');
  // A fresh build, as CI makes one: emptying 11,000 files of a previous run is not the build's cost,
  // and neither is the slower file creation that follows a large delete on some disks, so the old
  // output is moved aside now and deleted once everything is measured.
  const old = `${dist}-previous`;
  rmSync(old, { recursive: true, force: true });
  if (existsSync(dist)) renameSync(dist, old);
  const env = { PLATFORM_FIT_ASSESSMENTS: portfolio.dir, PLATFORM_FIT_TODAY: '2026-11-22' };
  console.log(`\n5. Portfolio: ${portfolio.records.toLocaleString('en')} records over ${portfolio.units} units (${portfolio.dir})`);
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ')[0] ?? '?';
  const built = measure(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], env);
  if (built.status !== 0) {
    console.error(built.output.slice(-4000));
    throw new Error('astro build failed (portfolio)');
  }
  const distBytes = treeBytes(dist);
  const peak = built.peakMb === null ? 'unknown (no /usr/bin/time)' : `${built.peakMb.toFixed(0)} MB`;
  console.log(`   machine load average before the build: ${load} on ${availableParallelism()} cores (wall times stretch with it)`);
  console.log(`   astro build: ${built.seconds.toFixed(1)} s (target 30 s, ${within(built.seconds, 30)})${cpu(built)}`);
  console.log(`   peak memory: ${peak} (target 1,536 MB${built.peakMb === null ? '' : `, ${within(built.peakMb, 1536)}`})`);
  console.log(`   dist/: ${(distBytes / 1024 ** 2).toFixed(1)} MB (target 150 MB, ${within(distBytes, 150 * 1024 ** 2)})`);
  const pages = [
    { page: '/history/', budget: 60 * 1024 },
    { page: `/history/${portfolio.firstUnitSlug}/`, budget: 40 * 1024 },
    { page: `/history/${portfolio.firstUnitSlug}/${portfolio.firstRecordDate}/`, budget: 40 * 1024 },
    { page: `/organisations/${portfolio.firstOrgSlug}/`, budget: 40 * 1024 },
  ];
  for (const { page, budget } of pages) {
    const w = pageWeight(dist, page);
    const total = w.html.gzip + sum(w.css, 'gzip') + sum(w.js, 'gzip');
    console.log(
      `   ${page.padEnd(44)} HTML ${kb(w.html.raw)} raw, ${kb(w.html.gzip)} gzipped (target ${kb(budget)}, ${within(w.html.gzip, budget)}); ` +
        `with CSS and JS ${kb(total)} gzipped`,
    );
  }
  for (const command of ['history', 'due', 'check']) {
    const run = measure(['src/cli/assess.ts', command, portfolio.dir], env);
    const peakText = run.peakMb === null ? '' : `, peak ${run.peakMb.toFixed(0)} MB`;
    console.log(
      `   assess ${command.padEnd(8)} ${run.seconds.toFixed(2)} s (target 2 s, ${within(run.seconds, 2)})${cpu(run)}${peakText}; exit ${run.status}`,
    );
  }
  rmSync(old, { recursive: true, force: true });
}
