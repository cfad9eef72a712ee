/**
 * What the advice asked to fix, followed between two assessments: each case's sentences pinned,
 * since people read them on the history pages and in `assess history` and `assess compare`.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '#src/engine/decision/evaluate.ts';
import type { Answers } from '#src/engine/inputs/fields.ts';
import { trackingLines, verdictText } from '#src/engine/text/describe-tracking.ts';
import { answers, fixtureFramework } from './helpers.ts';

const framework = fixtureFramework();
const at = (overrides: Partial<Answers>) => {
  const a = answers(overrides);
  return { answers: a, result: evaluate(a, framework, { assessedOn: '2026-11-22' }) };
};
const lines = (now: Partial<Answers>, before: Partial<Answers> | null) => trackingLines(at(now), before ? at(before) : null, framework);

describe('tracking lines', () => {
  it('say nothing of what was never answered, and only the tax when there is a previous assessment', () => {
    expect(lines({}, null)).toEqual([]);
    expect(lines({}, {})).toMatchInlineSnapshot(`
      [
        "Operational tax: 5 full-time engineers, unchanged.",
      ]
    `);
  });

  it('follow the trap signs by their text, and say when they were not answered', () => {
    expect(
      lines(
        { hasPlatformTeam: true, trapSigns: ['new-silo'] },
        { hasPlatformTeam: true, trapSigns: ['leaky-abstractions', 'slow-delivery'] },
      ),
    ).toMatchInlineSnapshot(`
      [
        "Platform-trap signs: 1 of 5 (was 2), below the threshold of 2: “Fixture sign four.”",
        "No longer seen: “Fixture sign three.”; “Fixture sign five.”",
        "Newly seen: “Fixture sign four.”",
        "Platform team: yes, size not given (unchanged).",
        "Operational tax: 5 full-time engineers, unchanged.",
      ]
    `);
    expect(lines({ hasPlatformTeam: true }, { hasPlatformTeam: true, trapSigns: ['new-silo'] })[0]).toMatchInlineSnapshot(
      `"Platform-trap signs: not answered."`,
    );
    // Without a platform team the signs cannot trigger the trap, so no threshold is mentioned.
    expect(lines({ trapSigns: [] }, null)).toMatchInlineSnapshot(`
      [
        "Platform-trap signs: 0 of 5.",
      ]
    `);
  });

  it('follow the platform team: formed, resized, of unknown size, wound down', () => {
    expect(lines({ hasPlatformTeam: true, platformTeamSize: 4 }, { platformTeamSize: 4 })[0]).toMatchInlineSnapshot(
      `"Platform team: 4 engineers (unchanged)."`,
    );
    expect(lines({ hasPlatformTeam: true }, { hasPlatformTeam: true, platformTeamSize: 1 })[0]).toMatchInlineSnapshot(
      `"Platform team: yes, size not given (was 1 engineer)."`,
    );
    expect(lines({ hasPlatformTeam: false }, { platformTeamSize: 3 })[0]).toMatchInlineSnapshot(`"Platform team: none (was 3 engineers)."`);
  });

  it('follow each metric against its target, met or not, with the change', () => {
    expect(
      lines(
        { metrics: { commitToProductionMinutes: 10, developerNps: 60 } },
        { metrics: { commitToProductionMinutes: 40, newServiceMinutes: 90, developerNps: 60 } },
      ).slice(0, 3),
    ).toMatchInlineSnapshot(`
      [
        "Commit to production: 10 minutes, met (target ≤ 15 minutes); was 40 minutes, not met; -30 minutes.",
        "New service to first deploy: not answered (target ≤ 1 hour); was 90 minutes, not met.",
        "Developer satisfaction (NPS): 60, met (target > 50); was 60, met.",
      ]
    `);
  });

  it('compare the tax in money only in one currency', () => {
    expect(lines({ engineerCost: 100_000, currency: 'EUR' }, { engineerCost: 120_000, currency: 'USD' })).toMatchInlineSnapshot(`
      [
        "Operational tax: 5 full-time engineers, unchanged; 500,000 EUR a year (no comparable cost before).",
      ]
    `);
    expect(lines({ engineerCost: 100_000, currency: 'EUR' }, { engineerCost: 100_000, currency: 'EUR' })).toMatchInlineSnapshot(`
      [
        "Operational tax: 5 full-time engineers, unchanged; 500,000 EUR a year, unchanged.",
      ]
    `);
  });

  it('name the trap beside the recommendation only when it fired', () => {
    expect(verdictText(at({ infraTimeShare: 30, hasPlatformTeam: true, trapSigns: ['new-silo', 'slow-delivery'] }), framework)).toBe(
      'Platform team (platform-trap signs: 2 of 5)',
    );
    expect(verdictText(at({ infraTimeShare: 30, trapSigns: ['new-silo', 'slow-delivery'] }), framework)).toBe('Platform team');
  });
});
