import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '#src/engine/validation/parse-yaml.ts';
import { recordSchema, SCHEMA_VERSION, type AssessmentRecord } from '#src/engine/records/record-schema.ts';
import { recordToYaml } from '#src/engine/records/record-yaml.ts';
import { fixtureFramework, fuzzRuns } from './helpers.ts';
import { validAnswers } from './arbitraries.ts';
import { nameCharacterProblem } from '#src/engine/validation/control-characters.ts';

const framework = fixtureFramework();
// Any text a person can type; control characters are refused by the schema (see schema-helpers.ts).
const text = fc
  .string({ minLength: 1, maxLength: 80, unit: 'binary' })
  .filter((s) => s.trim().length > 0 && s === s.trim() && !/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(s));
// A name is one line besides: no line break, tab or text-direction control (control-characters.ts).
const name = text.filter((s) => nameCharacterProblem(s) === null);

const records: fc.Arbitrary<AssessmentRecord> = fc.record(
  {
    schemaVersion: fc.constant(SCHEMA_VERSION),
    organization: name,
    unit: name,
    assessedOn: fc
      .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    assessedBy: name,
    notes: text,
    frameworkVersion: fc.constant(framework.version),
    answers: validAnswers,
  },
  { requiredKeys: ['schemaVersion', 'organization', 'assessedOn', 'answers'] },
);

describe('recordToYaml', () => {
  it('writes YAML that parses back to the same record and passes the record schema', () => {
    fc.assert(
      fc.property(records, (record) => {
        const text = recordToYaml(record);
        const parsed = parseYaml(text, 'x.yaml', recordSchema(framework));
        expect(parsed).toEqual({ ok: true, value: record });
        expect(parse(text)).toEqual(record);
      }),
      { numRuns: fuzzRuns(100, 1000) },
    );
  });

  it('writes the documented field order', () => {
    const text = recordToYaml({
      schemaVersion: 1,
      organization: 'Acme',
      assessedOn: '2026-05-01',
      answers: { teamSize: 40, infraTimeShare: 25, onboardingDays: 10, trapSigns: [] },
    });
    expect(text).toMatchInlineSnapshot(`
      "# platform-fit assessment record. Check it with: npm run assess -- check
      schemaVersion: 1
      organization: "Acme"
      assessedOn: 2026-05-01
      answers:
        teamSize: 40
        infraTimeShare: 25
        onboardingDays: 10
        trapSigns: []
      "
    `);
  });
});
