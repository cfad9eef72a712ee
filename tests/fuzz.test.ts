import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { answerFields, fromQuery } from '#src/components/assessment/form-state.ts';
import { evaluate } from '#src/engine/evaluate.ts';
import { parseFields } from '#src/engine/parse-fields.ts';
import { parseYaml } from '#src/engine/parse-yaml.ts';
import { answersSchema, recordSchema } from '#src/engine/record-schema.ts';
import { realFramework } from './helpers.ts';

// Every parser that takes outside input returns a value or a clear error, and never throws
// anything else, whatever it is fed.
const framework = realFramework();
const ids = framework.trap.signs.map((s) => s.id);
const RUNS = { numRuns: 10_000 };
const FLAGS = [
  'team-size',
  'infra-share',
  'onboarding-days',
  'teams',
  'workflow-settled',
  'culture-bottleneck',
  'has-platform-team',
  'trap-signs',
  'commit-minutes',
  'new-service-minutes',
  'nps',
  'org',
  'date',
];

const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    'NaN',
    'Infinity',
    '-Infinity',
    '1e309',
    '0x10',
    '1_000',
    ' 42 ',
    '35%',
    '%',
    '-0',
    '.5',
    '5.',
    '<script>alert(1)</script>',
    '__proto__',
    'constructor',
  ),
  fc.double().map(String),
  fc.integer().map(String),
);
const hostileObject = fc.constantFrom(
  { toString: 0 },
  {
    toString: () => {
      throw new Error('no');
    },
  },
  Object.create(null),
  [1, 2],
  { valueOf: () => 3 },
);
const anyValue = fc.oneof(nasty, fc.double(), fc.constantFrom(NaN, Infinity, -Infinity), hostileObject, fc.anything());

function checkOutcome(out: ReturnType<typeof parseFields>): void {
  if (out.answers) {
    expect(out.errors).toEqual([]);
    const result = evaluate(out.answers, framework, { assessedOn: '2026-11-22' });
    expect(['devops-first', 'platform-team', 'refine']).toContain(result.recommendation);
  } else {
    expect(out.errors.length).toBeGreaterThan(0);
    for (const e of out.errors) {
      expect(FLAGS).toContain(e.flag);
      expect(e.message.length).toBeGreaterThan(5);
    }
  }
}

describe('fuzzing the parsers (10,000 runs each)', () => {
  it('the answer parser takes any strings, numbers and objects', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...FLAGS), anyValue), (raw) => {
        checkOutcome(parseFields(raw as Record<string, string>, ids));
      }),
      RUNS,
    );
  });

  it('the zod answers schema takes any object', () => {
    const schema = answersSchema(framework);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.dictionary(fc.constantFrom('teamSize', 'infraTimeShare', 'onboardingDays', 'metrics', 'trapSigns'), anyValue),
        ),
        (value) => {
          const r = schema.safeParse(value);
          expect(typeof r.success).toBe('boolean');
        },
      ),
      RUNS,
    );
  });

  it('the URL query parser takes any query string', () => {
    const query = fc.oneof(
      fc.string(),
      fc
        .array(fc.tuple(fc.constantFrom(...FLAGS, 'onboarding-unit', 'x'), nasty))
        .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`),
    );
    fc.assert(
      fc.property(query, (search) => {
        const state = fromQuery(search);
        if (state === null) return;
        for (const value of Object.values(state)) expect(value.length).toBeLessThanOrEqual(200);
        checkOutcome(parseFields(answerFields(state), ids));
      }),
      RUNS,
    );
  });

  it('the YAML loader takes any text, and any YAML value', () => {
    const schema = recordSchema(framework);
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.anything().map((v) => stringify(v) ?? ''),
      fc.constantFrom('&a [*a]', '!!binary x', '{a: 1, a: 2}', '---\n---', 'a: *b'),
    );
    fc.assert(
      fc.property(text, (source) => {
        const r = parseYaml(source, 'fuzz.yaml', schema);
        if (!r.ok) {
          expect(r.problems.length).toBeGreaterThan(0);
          for (const p of r.problems) {
            expect(p.file).toBe('fuzz.yaml');
            expect(p.message.length).toBeGreaterThan(5);
          }
        }
      }),
      RUNS,
    );
  });
});
