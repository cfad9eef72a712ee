/**
 * What one keystroke on the assessment page costs, against laying out the whole page once: both
 * measured in Chromium on the built site, in the same page and run, as the median of 30. Each
 * measurement runs from the change to a forced layout, so it counts script, style and layout.
 *
 * Three things are timed against the keystroke:
 * - a full-page layout: the content column made 2 px narrower, so every box in it gets a new
 *   width and is laid out again (the page's header and sidebar keep theirs);
 * - `main` at 99% width, the method the issue first named. `main` is wider than the content
 *   column's 45rem cap, so the column keeps its width and Chromium reuses the layout of every box
 *   in it: this lays out a handful of boxes, not the page. It is printed, with the column's width
 *   in both states, so nobody mistakes it for a full layout;
 * - the floor: the input's value set with no script at all, what the browser itself pays to show
 *   a typed character before the page does anything.
 */
import { createServer } from 'node:http';
import { chromium } from '@playwright/test';
import { staticFile } from './static-files.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export interface KeystrokeCost {
  keystrokeMs: number;
  /** The content column 2 px narrower: every box in it laid out again. */
  fullLayoutMs: number;
  /** `main` at 99%: the content column's width before and after, in px. */
  mainWidthMs: number;
  columnWidths: [number, number];
  /** The input's value set, with no event and so no script. */
  floorMs: number;
}

export async function keystrokeCost(dist: string, throttle = 1): Promise<KeystrokeCost> {
  const server = createServer((req, res) => {
    const file = staticFile(dist, req.url ?? '/');
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': file.contentType }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--disable-background-networking', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    if (throttle > 1) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    }
    await page.goto(`http://127.0.0.1:${port}/assessment/?team-size=150&infra-share=35&onboarding-days=21&teams=12&has-platform-team=yes`);
    await page.locator('section.pf-result[data-recommendation="platform-team"]').waitFor();
    const times = await page.evaluate(async () => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const input = document.querySelector<HTMLInputElement>('#pf-infra-share')!;
      const main = document.querySelector<HTMLElement>('main')!;
      const columns = Array.from(main.querySelectorAll<HTMLElement>('.sl-container'));
      const column = columns.at(-1)!;
      const columnWidth = column.getBoundingClientRect().width;
      // Each change is timed from the page at rest to a forced layout; then it is undone, untimed,
      // so every measurement starts from the same page.
      const timed = async (change: () => void, into: number[], undo?: () => void) => {
        const t0 = performance.now();
        change();
        void document.body.offsetHeight;
        into.push(performance.now() - t0);
        await frame();
        if (undo) {
          undo();
          await frame();
        }
      };
      const keys: number[] = [];
      const full: number[] = [];
      const mainWidth: number[] = [];
      const floor: number[] = [];
      const widths = { before: columnWidth, after: 0 };
      for (let i = 0; i < 30; i++) {
        await timed(() => {
          input.value = String(30 + (i % 10));
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }, keys);
        await timed(
          () => columns.forEach((c) => (c.style.maxWidth = `${columnWidth - 2}px`)),
          full,
          () => columns.forEach((c) => (c.style.maxWidth = '')),
        );
        await timed(
          () => {
            main.style.width = '99%';
            widths.after = column.getBoundingClientRect().width;
          },
          mainWidth,
          () => (main.style.width = ''),
        );
        // A value the next keystroke replaces anyway; no event, so none of the page's script runs.
        await timed(() => (input.value = String(30 + ((i + 5) % 10))), floor);
      }
      return { keys, full, mainWidth, floor, widths: [widths.before, widths.after] };
    });
    return {
      keystrokeMs: median(times.keys),
      fullLayoutMs: median(times.full),
      mainWidthMs: median(times.mainWidth),
      columnWidths: [times.widths[0] ?? 0, times.widths[1] ?? 0],
      floorMs: median(times.floor),
    };
  } finally {
    await browser.close();
    server.close();
  }
}
