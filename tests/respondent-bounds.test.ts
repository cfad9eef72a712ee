/**
 * What a respondent list can grow to (issue 32, item 13): 1,475 respondents built a 1.38 MB unit
 * page with three 23,624-pixel-tall charts. A record holds at most RESPONDENTS_MAX (the one record
 * validation: check, the build, every writer), and a page or chart of many respondents keeps its size.
 */
import { describe, expect, it } from 'vitest';
import { RESPONDENTS_MAX } from '#src/engine/records/limits.ts';
import { recordProblems } from '#src/engine/records/record-schema.ts';
import type { MultiRecord } from '#src/engine/records/record.ts';
import { evaluateAssessment } from '#src/engine/respondents/assessment.ts';
import { buildTimelines } from '#src/engine/history/history.ts';
import { describeTimeline } from '#src/engine/text/describe-timeline.ts';
import { disagreementLines } from '#src/engine/text/describe-result.ts';
import { respondentsHtml } from '#src/render/respondents-html.ts';
import { TODAY } from './cli-helpers.ts';
import { fixtureFramework } from './helpers.ts';

const framework = fixtureFramework();
const people = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    name: `Person ${i + 1}`,
    answers: { teamSize: 40 + (i % 50), infraTimeShare: 5 + (i % 30), onboardingDays: 1 + (i % 20) },
  }));
const record = (n: number): MultiRecord => ({
  schemaVersion: 2,
  organization: 'Acme',
  unit: 'big',
  assessedOn: '2026-01-01',
  respondents: people(n),
});

describe('a record of many respondents', () => {
  it(`is refused beyond ${RESPONDENTS_MAX}, saying how to fix the record`, () => {
    expect(recordProblems(record(RESPONDENTS_MAX), framework, { today: TODAY })).toEqual([]);
    expect(recordProblems(record(1475), framework, { today: TODAY }).map((p) => `${p.path.join('.')}: ${p.message}`))
      .toMatchInlineSnapshot(`
      [
        "respondents: lists 1475 respondents; a record holds at most 100: keep the people closest to the work, or split the unit into smaller units with a record each (got a list)",
      ]
    `);
  });

  it('draws charts whose height does not grow with the respondents, and a page of bounded size', () => {
    const at = (n: number) => {
      const html = respondentsHtml(evaluateAssessment(people(n), framework, { assessedOn: '2026-01-01' }), framework).value;
      const heights = [...html.matchAll(/viewBox="0 0 \d+ (\d+)"/g)].map((m) => Number(m[1]));
      return { bytes: html.length, tallest: Math.max(...heights) };
    };
    const some = at(30);
    const most = at(RESPONDENTS_MAX);
    expect(most.tallest).toBe(some.tallest);
    expect(most.tallest).toBeLessThanOrEqual(100);
    // The table still names everyone: about a row per respondent, never a chart row per respondent.
    expect(most.bytes).toBeLessThan(60_000);
  });

  it('lists a handful of names in a sentence, then how many more', () => {
    const [timeline] = buildTimelines([{ file: 'big.yaml', record: record(RESPONDENTS_MAX) }], framework, TODAY);
    const entry = describeTimeline(timeline!, framework).entries[0]!;
    expect(entry.respondents!.who).toMatchInlineSnapshot(
      `"100 respondents (Person 1, Person 2, Person 3, Person 4, Person 5, Person 6, Person 7, Person 8 and 92 more); "`,
    );
    const a = evaluateAssessment(people(RESPONDENTS_MAX), framework, { assessedOn: '2026-01-01' });
    for (const line of disagreementLines(a)) expect(line.length).toBeLessThan(600);
  });
});
