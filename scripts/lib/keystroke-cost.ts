/**
 * What one keystroke on the assessment page costs, against laying out the whole page once: both
 * measured in Chromium on the built site, in the same page and run, as the median of 30. Each
 * keystroke is timed from the input event to a forced layout, so it counts script, style and layout.
 */
import { createServer } from 'node:http';
import { chromium } from '@playwright/test';
import { staticFile } from './static-files.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export interface KeystrokeCost {
  keystrokeMs: number;
  relayoutMs: number;
  ratio: number;
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
      const keys: number[] = [];
      const layouts: number[] = [];
      for (let i = 0; i < 30; i++) {
        const t0 = performance.now();
        input.value = String(30 + (i % 10));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        void document.body.offsetHeight;
        keys.push(performance.now() - t0);
        await frame();
        const t1 = performance.now();
        main.style.width = i % 2 ? '' : '99%';
        void document.body.offsetHeight;
        layouts.push(performance.now() - t1);
        await frame();
      }
      return { keys, layouts };
    });
    const keystrokeMs = median(times.keys);
    const relayoutMs = median(times.layouts);
    return { keystrokeMs, relayoutMs, ratio: keystrokeMs / relayoutMs };
  } finally {
    await browser.close();
    server.close();
  }
}
