/**
 * Every end-to-end test runs with this watch: a Content-Security-Policy violation or an uncaught
 * page error anywhere fails the test, so the strict policy cannot quietly break a script.
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ watch: void }>({
  watch: [
    async ({ page }, use) => {
      const problems: string[] = [];
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
      expect(problems).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
