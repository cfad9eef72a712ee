/**
 * The canary analyses in the guides must be able to see data at Prometheus's default scrape
 * interval of one minute: `rate()` needs two samples inside its window, so a window shorter than a
 * few scrape intervals returns nothing and every canary rolls back for lack of data. Each range in a
 * query spans at least four scrape intervals, and the first measurement waits for two samples.
 */
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fences, guideFiles, guideSource } from './guide-text.ts';

/** Prometheus's default `scrape_interval`, in seconds. */
const SCRAPE_SECONDS = 60;

const UNIT: Record<string, number> = { s: 1, m: 60, h: 3600 };
export function seconds(duration: string): number {
  const parts = [...duration.matchAll(/(\d+)([smh])/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== duration) throw new Error(`not a duration: ${duration}`);
  return parts.reduce((total, [, n, unit]) => total + Number(n) * UNIT[unit!]!, 0);
}

interface Metric {
  name: string;
  initialDelay?: string;
  provider?: { prometheus?: { query?: string } };
}

const analyses = guideFiles().flatMap((file) =>
  fences(guideSource(file))
    .filter((f) => /^ya?ml$/.test(f.lang))
    .flatMap((f) => parseAllDocuments(f.code).map((d) => d.toJS() as { kind?: string; spec?: { metrics?: Metric[] } }))
    .filter((doc) => doc?.kind === 'AnalysisTemplate')
    .flatMap((doc) => (doc.spec?.metrics ?? []).map((m) => [`${file} ${m.name}`, m] as [string, Metric])),
);
const prometheus = analyses.filter(([, m]) => m.provider?.prometheus?.query);

describe('canary analyses in the guides', () => {
  it('exist', () => {
    expect(prometheus.length).toBeGreaterThan(0);
  });

  it.each(prometheus)('%s: every range covers at least four scrape intervals', (_name, m) => {
    const ranges = [...m.provider!.prometheus!.query!.matchAll(/\[(\w+)\]/g)].map((r) => r[1]!);
    expect(ranges.length).toBeGreaterThan(0);
    for (const r of ranges) expect(seconds(r), `[${r}]`).toBeGreaterThanOrEqual(4 * SCRAPE_SECONDS);
  });

  it.each(prometheus)('%s: the first measurement waits for two samples of the new canary', (_name, m) => {
    expect(seconds(m.initialDelay ?? '0s')).toBeGreaterThanOrEqual(2 * SCRAPE_SECONDS);
  });

  it('read durations as Prometheus and Argo write them', () => {
    expect(seconds('5m')).toBe(300);
    expect(seconds('1m30s')).toBe(90);
    expect(() => seconds('5 minutes')).toThrow();
  });
});
