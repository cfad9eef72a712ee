/**
 * npm run lighthouse: builds nothing; serves dist/ with astro preview and prints Lighthouse's four
 * scores for the home page, a guide, the assessment and the history. Scores are printed, not
 * asserted here (the e2e suite asserts accessibility, best practices and SEO at 100).
 */
import { spawn } from 'node:child_process';
import { lighthouseScores } from './lib/lighthouse-run.ts';

const PORT = 4391;
const PAGES = ['/', '/golden-path/', '/assessment/', '/history/'];
const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', String(PORT)], {
  stdio: 'ignore',
});
try {
  for (let i = 0; i < 100; i++) {
    const up = await fetch(`http://127.0.0.1:${PORT}/`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const results = await lighthouseScores(PAGES.map((p) => `http://127.0.0.1:${PORT}${p}`));
  console.log(`${'page'.padEnd(16)} performance  accessibility  best-practices  seo`);
  for (const [url, { scores, failing }] of results) {
    const page = new URL(url).pathname;
    console.log(
      `${page.padEnd(16)} ${String(scores.performance).padEnd(12)} ${String(scores.accessibility).padEnd(14)} ${String(scores['best-practices']).padEnd(15)} ${scores.seo}`,
    );
    for (const f of failing) console.log(`${''.padEnd(16)} - ${f}`);
  }
} finally {
  server.kill();
}
