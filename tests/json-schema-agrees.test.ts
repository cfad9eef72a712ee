/**
 * The JSON Schema (what an editor tells a person while they type a record) and `assess check` (the
 * record schema) say the same of every record: each case below goes through both, so they cannot
 * drift apart unnoticed. The date's upper bound needs a clock, so the schema has none: the cases
 * are dated well inside the range.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inDateRange } from '#src/engine/calendar/date-range.ts';
import { recordJsonSchema } from '#src/engine/records/record-json-schema.ts';
import { recordProblems, type AssessmentRecord } from '#src/engine/records/record-schema.ts';
import { textPattern, textProblem } from '#src/engine/validation/text-rule.ts';
import { fixtureFramework } from './helpers.ts';

const framework = fixtureFramework();
const validate = new Ajv2020({ strict: false }).compile(recordJsonSchema(framework));
const TODAY = '2026-06-01';
const checks = (record: unknown) => recordProblems(record as AssessmentRecord, framework, { today: TODAY }).length === 0;

const answers = { teamSize: 40, infraTimeShare: 20, onboardingDays: 10 };
const base = { schemaVersion: 1, organization: 'Acme', assessedOn: '2026-05-01', answers };
const letters = (n: number) => 'abcdefghij'.repeat(Math.ceil(n / 10)).slice(0, n);

// [what, record, accepted by both]
const CASES: [string, Record<string, unknown>, boolean][] = [
  ['a plain record', base, true],
  ['a blank organisation', { ...base, organization: '   ' }, false],
  ['an empty organisation', { ...base, organization: '' }, false],
  ['a 120-character name padded with spaces', { ...base, organization: `  ${letters(120)}  ` }, true],
  ['a 121-character name', { ...base, organization: letters(121) }, false],
  ['a 120-character name in emoji (characters, not UTF-16 units)', { ...base, organization: '🚀'.repeat(120) }, true],
  ['a terminal escape in a name', { ...base, organization: 'Acme\u001b[31m' }, false],
  ['a BEL in a unit', { ...base, unit: 'Pay\u0007ments' }, false],
  ['U+009B in the person assessing', { ...base, assessedBy: 'A\u009bB' }, false],
  ['a control character inside the spaces around', { ...base, organization: ' \u0001Acme ' }, false],
  ['a carriage return trimmed away at the end', { ...base, organization: 'Acme\r' }, true],
  ['a tab and a line break inside notes', { ...base, notes: 'one\ttwo\nthree' }, true],
  ['2026-02-30', { ...base, assessedOn: '2026-02-30' }, false],
  ['2024-02-29, a leap day', { ...base, assessedOn: '2024-02-29' }, true],
  ['2100-02-29, no leap day', { ...base, assessedOn: '2100-02-29' }, false],
  ['1989-12-31, before 1990', { ...base, assessedOn: '1989-12-31' }, false],
  ['2026-5-1', { ...base, assessedOn: '2026-5-1' }, false],
  ['a 242-character page name', { ...base, organization: letters(120), unit: letters(120) }, false],
  ['a 200-character page name', { ...base, organization: letters(120), unit: letters(78) }, true],
  ['a 201-character page name', { ...base, organization: letters(120), unit: letters(79) }, false],
  ['a page name punctuation shortens to 200', { ...base, organization: `${letters(98)} & ${letters(19)}`, unit: letters(80) }, true],
  ['long names whose page name fits', { ...base, organization: `${letters(50)} - ${letters(50)}`, unit: letters(96) }, true],
  ['hasPlatformTeam: false with a team size', { ...base, answers: { ...answers, hasPlatformTeam: false, platformTeamSize: 5 } }, false],
  ['hasPlatformTeam: true with a team size', { ...base, answers: { ...answers, hasPlatformTeam: true, platformTeamSize: 5 } }, true],
  ['a team size with no answer on a team', { ...base, answers: { ...answers, platformTeamSize: 5 } }, true],
  ['a warning sign twice', { ...base, answers: { ...answers, trapSigns: ['new-silo', 'new-silo'] } }, false],
  ['an unknown warning sign', { ...base, answers: { ...answers, trapSigns: ['gremlins'] } }, false],
  ['a team size of 1.5', { ...base, answers: { ...answers, teamSize: 1.5 } }, false],
  ['a currency in lower case', { ...base, answers: { ...answers, currency: 'eur' } }, false],
  ['an unknown field', { ...base, extra: 1 }, false],
  [
    'a respondent with a blank name',
    { schemaVersion: 2, organization: 'Acme', assessedOn: '2026-05-01', respondents: [{ name: '  ', answers }] },
    false,
  ],
  [
    'respondents with padded names',
    { schemaVersion: 2, organization: 'Acme', assessedOn: '2026-05-01', respondents: [{ name: ` ${letters(120)} `, answers }] },
    true,
  ],
  [
    'a respondent who says there is no team, with its size',
    {
      schemaVersion: 2,
      organization: 'Acme',
      assessedOn: '2026-05-01',
      respondents: [{ name: 'CTO', answers: { ...answers, hasPlatformTeam: false, platformTeamSize: 3 } }],
    },
    false,
  ],
];

describe('the JSON Schema and check agree', () => {
  it.each(CASES)('%s', (_what, record, accepted) => {
    expect({ check: checks(record), jsonSchema: validate(record) }).toEqual({ check: accepted, jsonSchema: accepted });
  });

  it('on any text in a name: the pattern is textProblem() (NAME_MAX and a short limit)', () => {
    for (const max of [120, 5]) {
      const pattern = new RegExp(textPattern(max), 'u');
      const pieces = fc.constantFrom('a', 'Z', ' ', '\t', '\n', '\r', '\u000b', '\u0001', '\u001b', '\u009b', '\u00a0', 'é', '🚀', '支');
      fc.assert(
        fc.property(fc.array(pieces, { maxLength: max + 4 }), (list) => {
          const text = list.join('');
          expect({ text, pattern: pattern.test(text) }).toEqual({ text, pattern: textProblem(text, max) === null });
        }),
        { numRuns: 2000 },
      );
    }
  });

  it('on any date: the pattern accepts the calendar dates from 1990 that check accepts', () => {
    const schema = recordJsonSchema(framework) as { oneOf: { properties: { assessedOn: { pattern: string } } }[] };
    const pattern = new RegExp(schema.oneOf[0]!.properties.assessedOn.pattern, 'u');
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const date = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
        expect({ date, pattern: pattern.test(date) }).toEqual({ date, pattern: inDateRange(date, undefined) });
      }),
      { numRuns: 5000 },
    );
  });

  it('on page names of Latin letters, digits and punctuation', () => {
    const name = fc
      .array(fc.constantFrom('a', 'B', '7', ' ', '-', '&', '.'), { minLength: 1, maxLength: 120 })
      .map((l) => `x${l.join('')}`);
    fc.assert(
      fc.property(name, name, (organization, unit) => {
        const record = { ...base, organization: organization.slice(0, 120), unit: unit.slice(0, 120) };
        expect({ record, jsonSchema: validate(record) }).toEqual({ record, jsonSchema: checks(record) });
      }),
      { numRuns: 500 },
    );
  });
});

describe("check's one message for each of them", () => {
  it('is the same words the flags and the page use', () => {
    const said = CASES.filter(([, , accepted]) => !accepted).map(([what, record]) => {
      const problems = recordProblems(record as unknown as AssessmentRecord, framework, { today: TODAY });
      return `${what}: ${problems.map((p) => `${p.path.join('.')}: ${p.message}`).join('; ')}`;
    });
    expect(said).toMatchInlineSnapshot(`
      [
        "a blank organisation: organization: must be text of 1 to 120 characters (got "   ")",
        "an empty organisation: organization: must be text of 1 to 120 characters (got "")",
        "a 121-character name: organization: must be text of 1 to 120 characters (got "abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdef...)",
        "a terminal escape in a name: organization: must be one line of plain text: it contains the control character U+001B at character 5; remove it (names are shown in terminals, issues and pages, where it could forge a line or reorder text)",
        "a BEL in a unit: unit: must be one line of plain text: it contains the control character U+0007 at character 4; remove it (names are shown in terminals, issues and pages, where it could forge a line or reorder text)",
        "U+009B in the person assessing: assessedBy: must be one line of plain text: it contains the control character U+009B at character 2; remove it (names are shown in terminals, issues and pages, where it could forge a line or reorder text)",
        "a control character inside the spaces around: organization: must be one line of plain text: it contains the control character U+0001 at character 1; remove it (names are shown in terminals, issues and pages, where it could forge a line or reorder text)",
        "2026-02-30: assessedOn: must be a calendar date from 1990-01-01 to 2027-06-01 (a year after today), written YYYY-MM-DD",
        "2100-02-29, no leap day: assessedOn: must be a calendar date from 1990-01-01 to 2027-06-01 (a year after today), written YYYY-MM-DD",
        "1989-12-31, before 1990: assessedOn: must be a calendar date from 1990-01-01 to 2027-06-01 (a year after today), written YYYY-MM-DD",
        "2026-5-1: assessedOn: must be a calendar date from 1990-01-01 to 2027-06-01 (a year after today), written YYYY-MM-DD",
        "a 242-character page name: organization: makes a page name of 242 characters once written for a web address; the build can write at most 200: shorten the organisation or the unit",
        "a 201-character page name: organization: makes a page name of 201 characters once written for a web address; the build can write at most 200: shorten the organisation or the unit",
        "hasPlatformTeam: false with a team size: answers.platformTeamSize: only applies when a platform team exists (the answers say none does)",
        "a warning sign twice: answers.trapSigns: lists a warning sign twice",
        "an unknown warning sign: answers.trapSigns.0: must be one of more-complex-than-infra, meetings-outnumber, leaky-abstractions, new-silo, slow-delivery (got "gremlins")",
        "a team size of 1.5: answers.teamSize: must be a whole number from 1 to 100000 (got 1.5)",
        "a currency in lower case: answers.currency: must be an ISO 4217 currency code such as EUR, USD or JPY (got "eur")",
        "an unknown field: extra: unknown field; allowed here: schemaVersion, organization, unit, assessedOn, assessedBy, notes, frameworkVersion, forecast, answers",
        "a respondent with a blank name: respondents.0.name: must be text of 1 to 120 characters (got "  ")",
        "a respondent who says there is no team, with its size: respondents.0.answers.platformTeamSize: only applies when a platform team exists (the answers say none does)",
      ]
    `);
  });
});
