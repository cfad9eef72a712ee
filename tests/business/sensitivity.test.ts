/** Which assumptions the case hangs on: the tornado's order, and the facts for one plain sentence. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sensitivity, type AssumptionRange } from '#src/engine/business/sensitivity.ts';
import { businessTimeline, type TimelineInput } from '#src/engine/business/timeline.ts';
import { millionths, timelineInput, PLAUSIBLE } from './arbitraries.ts';

const defaults: TimelineInput = PLAUSIBLE;

/** The ranges the money branch's report suggests (sources there). */
const ranges: AssumptionRange[] = [
  { key: 'expectedRecoveryPercent', base: 50, low: 25, high: 75 },
  { key: 'infraTimeShare', base: 30, low: 25, high: 35 },
  { key: 'pricedTeamSize', base: 2, low: 2, high: 5 },
  { key: 'dipPercent', base: 15, low: 5, high: 25 },
  { key: 'dipMonths', base: 3, low: 1, high: 6 },
  { key: 'rampDelayMonths', base: 3, low: 2, high: 4 },
  { key: 'rampMonths', base: 6, low: 3, high: 12 },
  { key: 'toolingPerMonth', base: 1000, low: 0, high: 5000 },
  { key: 'moveEngineerMonths', base: 0, low: 0, high: 12 },
];

const bars = (input: TimelineInput, given = ranges) =>
  sensitivity(input, given).assumptions.map(
    (a) => `${a.key}: ${a.low.paybackMonth ?? 'never'}..${a.high.paybackMonth ?? 'never'}, swing ${Math.round(a.swing)}`,
  );

describe('sensitivity at the plausible defaults', () => {
  it('orders the assumptions by how far they move the 36-month net', () => {
    expect(bars(defaults)).toMatchInlineSnapshot(`
      [
        "expectedRecoveryPercent: 27..10, swing 2812500",
        "pricedTeamSize: 13..28, swing 1350000",
        "infraTimeShare: 15..12, swing 937500",
        "dipMonths: 10..17, swing 468750",
        "rampMonths: 11..17, swing 421875",
        "dipPercent: 10..16, swing 375000",
        "rampDelayMonths: 12..14, swing 187500",
        "toolingPerMonth: 13..14, swing 180000",
        "moveEngineerMonths: 13..15, swing 150000",
      ]
    `);
  });

  it('gives the facts for one sentence: break-even win-back and the two assumptions that matter most', () => {
    const r = sensitivity(defaults, ranges);
    expect(r).toMatchObject({ unit: 'money', horizonMonths: 36, breakEvenRecoveryPercent: 21.64 });
    expect(r.base).toMatchObject({ paybackMonth: 13, paybackStatus: 'pays-back', net: 1_595_250 });
    expect(r.mostInfluential).toEqual(['expectedRecoveryPercent', 'pricedTeamSize']);
  });

  it('says which assumptions decide whether a small case pays back at all', () => {
    const r = sensitivity({ ...defaults, teamSize: 21, infraTimeShare: 25 }, [...ranges.filter((a) => a.key !== 'infraTimeShare')]);
    expect(r.base.paybackMonth).toBeNull();
    expect(r.assumptions.filter((a) => a.changesVerdict).map((a) => a.key)).toMatchInlineSnapshot(`
      [
        "expectedRecoveryPercent",
        "dipMonths",
        "dipPercent",
      ]
    `);
  });

  it('works in engineer-months when no cost is given', () => {
    const r = sensitivity({ ...defaults, engineerCost: null, toolingPerMonth: 0 }, ranges.slice(0, 3));
    expect(r.unit).toBe('engineer-months');
    expect(r.base.net).toBeCloseTo(businessTimeline({ ...defaults, engineerCost: null, toolingPerMonth: 0 }).engineerMonths.net, 9);
  });

  it('leaves out of the two an assumption whose range moves nothing', () => {
    const r = sensitivity(defaults, [
      { key: 'moveEngineerMonths', base: 0, low: 0, high: 0 },
      { key: 'rampMonths', base: 6, low: 3, high: 9 },
    ]);
    expect(r.mostInfluential).toEqual(['rampMonths']);
  });
});

describe('laws of sensitivity', () => {
  const someRanges = fc.uniqueArray(
    fc.constantFrom(...ranges).chain((r) =>
      fc.tuple(millionths(1), millionths(1)).map(([a, b]) => {
        const [x, y] = a <= b ? [a, b] : [b, a];
        const at = (t: number) => r.low + t * (r.high - r.low);
        return { key: r.key, low: at(x), base: at((x + y) / 2), high: at(y) };
      }),
    ),
    { selector: (r) => r.key, maxLength: ranges.length },
  );

  it('sorts by swing, and each bar is the timeline run with one assumption moved', () => {
    fc.assert(
      fc.property(timelineInput, someRanges, (input, given) => {
        const r = sensitivity(input, given);
        const swings = r.assumptions.map((a) => a.swing);
        expect(swings).toEqual([...swings].sort((a, b) => b - a));
        const base: TimelineInput = { ...input, ...Object.fromEntries(given.map((g) => [g.key, g.base])) };
        for (const a of r.assumptions) {
          const t = businessTimeline({ ...base, [a.key]: a.high.value });
          expect(a.high.paybackMonth).toBe(t.paybackMonth);
          expect(a.high.net).toBe((t.money ?? t.engineerMonths).net);
        }
        expect(r.mostInfluential.length).toBeLessThanOrEqual(2);
      }),
    );
  });
});

describe('ranges that cannot be read', () => {
  it('are refused with a message naming the assumption', () => {
    const bad: AssumptionRange[][] = [
      [{ key: 'rampMonths', base: 6, low: 9, high: 12 }],
      [{ key: 'infraTimeShare', base: NaN, low: 0, high: 1 }],
      [ranges[0]!, ranges[0]!],
    ];
    const messages = bad.map((given) => {
      try {
        sensitivity(defaults, given);
        return 'accepted';
      } catch (error) {
        return String(error);
      }
    });
    expect(messages).toMatchInlineSnapshot(`
      [
        "RangeError: rampMonths: needs low <= base <= high (got 9, 6, 12)",
        "RangeError: infraTimeShare: low, base and high must be finite numbers",
        "RangeError: expectedRecoveryPercent is given twice",
      ]
    `);
  });
});
