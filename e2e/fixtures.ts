/**
 * Every end-to-end test runs with this watch: a Content-Security-Policy violation or an uncaught
 * page error anywhere fails the test, so the strict policy cannot quietly break a script.
 */
import { readdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{ watch: void }>({
  watch: [
    async ({ page }, use, info) => {
      const problems: string[] = [];
      // Not a failure by itself (a test may block a request on purpose), but printed when a test
      // fails: a part of the page that loads on use and never arrived is otherwise invisible.
      const failedRequests: string[] = [];
      page.on('requestfailed', (request) => failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`));
      page.on('console', (message) => {
        if (/Content[- ]Security[- ]Policy/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(`Content-Security-Policy violation: ${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      await use();
      if (info.status !== info.expectedStatus && (problems.length > 0 || failedRequests.length > 0))
        console.log(`${info.title}: page errors ${JSON.stringify(problems)}; failed requests ${JSON.stringify(failedRequests)}`);
      expect(problems).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Accessibility as Starlight's own CI checks it; each violation as "rule: selectors". */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag21a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The latest DORA edition the site ships: the newest content/dora/benchmarks-<year>.yaml, never a fixed year. */
export const LATEST_DORA_EDITION: string = readdirSync('content/dora')
  .flatMap((f) => /^benchmarks-(\d{4})\.yaml$/.exec(f)?.[1] ?? [])
  .sort()
  .at(-1)!;
