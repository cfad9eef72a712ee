/**
 * Prints one plain "N passed, N failed" line for all of CI's suites (vitest and Playwright JSON
 * reports), and fails when a suite ran no test at all or a report is missing.
 */
import { existsSync, readFileSync } from 'node:fs';

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

function vitest(report: { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }): Counts {
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
}

function playwright(report: { stats: { expected: number; unexpected: number; flaky: number; skipped: number } }): Counts {
  const s = report.stats;
  return { passed: s.expected + s.flaky, failed: s.unexpected, skipped: s.skipped };
}

let ok = true;
const total: Counts = { passed: 0, failed: 0, skipped: 0 };
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.error(`ci: ${file} is missing: that suite did not run to the end`);
    ok = false;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8')) as Parameters<typeof playwright>[0] | Parameters<typeof vitest>[0];
  const counts = 'stats' in report ? playwright(report) : vitest(report);
  console.log(`ci: ${file}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  if (counts.passed === 0) ok = false;
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
}
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(ok && total.failed === 0 && total.skipped === 0 ? 0 : 1);
