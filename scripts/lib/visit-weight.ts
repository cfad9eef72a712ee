/**
 * What a visit downloads, as a person meets it: every response of the site's own JavaScript a
 * page fetches until the network is idle (after whatever the visitor does), gzipped as a host
 * would send it. Not what the HTML references: a module imported "on demand" at load counts.
 * Used by `npm run bench` (printed) and e2e/budgets.spec.ts (asserted).
 */
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { staticFile } from './static-files.ts';

interface Download {
  path: string;
  gzip: number;
}

export interface Visit {
  /** Every own .js file fetched, in the order the responses arrived. */
  js: Download[];
  gzip: number;
}

/** Records the site's own JS a page fetches from now on; `done()` waits for the network to go idle. */
function recordJs(page: Page, origin: string): { done: () => Promise<Visit> } {
  const pending: Promise<Download | null>[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin !== origin || !url.pathname.endsWith('.js')) return;
    pending.push(
      response
        .body()
        .then((body) => ({ path: url.pathname, gzip: gzipSync(body, { level: 9 }).length }))
        .catch(() => null),
    );
  });
  return {
    done: async () => {
      await page.waitForLoadState('networkidle');
      const js = (await Promise.all(pending)).filter((d): d is Download => d !== null);
      const unique = [...new Map(js.map((d) => [d.path, d])).values()];
      return { js: unique, gzip: unique.reduce((n, d) => n + d.gzip, 0) };
    },
  };
}

/**
 * Visits `path` in a fresh context (nothing cached), lets `act` play the visitor, and returns the
 * own JS downloaded until the network is idle.
 */
async function visit(browser: Browser, origin: string, path: string, act?: (page: Page) => Promise<void>): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  try {
    const page = await context.newPage();
    const recording = recordJs(page, origin);
    await page.goto(`${origin}${path}`);
    await page.waitForLoadState('networkidle');
    if (act) await act(page);
    return await recording.done();
  } finally {
    await context.close();
  }
}

/** The JS `a` downloads that `reference` does not: what the page adds to a guide page. */
function beyond(a: Visit, reference: Visit): Visit {
  const shared = new Set(reference.js.map((d) => d.path));
  const js = a.js.filter((d) => !shared.has(d.path));
  return { js, gzip: js.reduce((n, d) => n + d.gzip, 0) };
}

/** The visits the budgets name: an empty /assessment/ and one that shows a result, each beyond a guide page. */
const RESULT_QUERY = '?team-size=150&infra-share=35&onboarding-days=21&teams=12&has-platform-team=yes';

export async function assessmentVisits(browser: Browser, origin: string): Promise<{ guide: Visit; empty: Visit; result: Visit }> {
  const guide = await visit(browser, origin, '/golden-path/');
  const empty = beyond(await visit(browser, origin, '/assessment/'), guide);
  const result = beyond(
    await visit(browser, origin, `/assessment/${RESULT_QUERY}`, async (page) => {
      await page.locator('section.pf-result[data-recommendation="platform-team"]').waitFor();
      // The detail sections are written when typing pauses; wait for them.
      await page.locator('.pf-result [data-section="rules"] > *').first().waitFor();
    }),
    guide,
  );
  return { guide, empty, result };
}

/** The same visits against a built site on disk, served as a static host would (npm run bench). */
export async function assessmentVisitsOf(dist: string): Promise<{ guide: Visit; empty: Visit; result: Visit }> {
  const server = createServer((req, res) => {
    const file = staticFile(dist, req.url ?? '/');
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': file.contentType }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--disable-background-networking', '--no-first-run'],
  });
  try {
    return await assessmentVisits(browser, `http://127.0.0.1:${(server.address() as { port: number }).port}`);
  } finally {
    await browser.close();
    server.close();
  }
}
