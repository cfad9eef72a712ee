/**
 * Screenshots of the pages people use, at laptop and phone width, light and dark, for looking at
 * (and for the README). Serves the built site with `astro preview` itself. Usage:
 *   npm run build && node scripts/screenshots.ts [OUT_DIR]
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const out = process.argv[2] ?? '.bench/screenshots';
const PORT = 4390;
const base = `http://127.0.0.1:${PORT}`;
const pages: [string, string][] = [
  ['assessment-empty', '/assessment/'],
  [
    'assessment-team',
    '/assessment/?team-size=150&infra-share=35&onboarding-days=21&teams=12&has-platform-team=yes&platform-team-size=4&engineer-cost=200000&currency=USD&trap-signs=new-silo,leaky-abstractions&org=Example+Corp',
  ],
  ['assessment-small', '/assessment/?team-size=12&infra-share=30&onboarding-days=3'],
  ['history', '/history/'],
  ['history-unit', '/history/northwind-logistics--product-engineering/'],
  ['history-record', '/history/northwind-logistics--product-engineering/2026-11-09/'],
  ['guide-business-case', '/business-case/'],
  ['not-found', '/no-such-page/'],
];
const only = process.env.PAGES?.split(',');

mkdirSync(out, { recursive: true });
const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', String(PORT)], {
  stdio: ['pipe', 'ignore', 'inherit'],
});
try {
  for (let i = 0; i < 60; i++) {
    if (
      await fetch(base)
        .then((r) => r.ok)
        .catch(() => false)
    )
      break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--disable-background-networking', '--no-first-run'],
  });
  for (const [name, path] of pages) {
    if (only && !only.includes(name)) continue;
    for (const [size, viewport] of [
      ['laptop', { width: 1366, height: 768 }],
      ['phone', { width: 390, height: 844 }],
    ] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ viewport, colorScheme: scheme });
        await page.goto(`${base}${path}`);
        await page.waitForTimeout(300);
        await page.screenshot({ path: join(out, `${name}-${size}-${scheme}.png`), fullPage: true });
        await page.close();
      }
    }
  }
  await browser.close();
  console.log(`screenshots in ${out}`);
} finally {
  server.kill();
}
