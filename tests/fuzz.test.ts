import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { answerFields, fromQuery } from '#src/components/assessment/form-state.ts';
import { evaluate } from '#src/engine/decision/evaluate.ts';
import { parseFields } from '#src/engine/inputs/parse-fields.ts';
import { readPeopleNumber } from '#src/engine/inputs/parse-number.ts';
import { parseYaml } from '#src/engine/validation/parse-yaml.ts';
import { answersSchema, recordSchema } from '#src/engine/records/record-schema.ts';
import { evaluateRecord } from '#src/engine/history/history.ts';
import { formatProblem, issuesToProblems } from '#src/engine/validation/problems.ts';
import { checkApplicable, CLI_FLAGS, readArgs, type Command } from '#src/cli/args.ts';
import { ANSWER_FLAGS } from '#src/engine/inputs/fields.ts';
import { UsageError } from '#src/cli/usage.ts';
import { decodeText, firstBadUtf8Byte } from '#src/node/read-text.ts';
import { fixtureFramework, fuzzRuns } from './helpers.ts';

// Every parser that takes outside input returns a value or a clear error, and never throws
// anything else, whatever it is fed.
const framework = fixtureFramework();
const ids = framework.trap.signs.map((s) => s.id);
// A moderate count on every `npm test`; CI sets FUZZ_RUNS=10000 (.ci/run).
const RUNS = { numRuns: fuzzRuns(500) };
const oneLine = (text: string) => text.length > 5 && !text.includes('\n');
// The answer flags come from the engine's own list, the rest from the CLI's: a new flag is fuzzed
// the day it is added.
const FLAGS = [...ANSWER_FLAGS, 'org', 'date'];

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

describe('fuzzing the parsers (FUZZ_RUNS runs each)', () => {
  it('the answer parser takes any strings, numbers and objects', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...FLAGS), anyValue), (raw) => {
        checkOutcome(parseFields(raw as Record<string, string>, ids, readPeopleNumber));
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
          if (r.success) {
            // Whatever the schema lets through, the engine can evaluate, with finite figures.
            const result = evaluate(r.data, framework, { assessedOn: '2026-11-22' });
            expect(Number.isFinite(result.score.value) && Number.isFinite(result.operationalTax.fullTimeEngineers)).toBe(true);
          } else {
            for (const p of issuesToProblems(r.error.issues, value)) expect(oneLine(p.message)).toBe(true);
          }
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
        checkOutcome(parseFields(answerFields(state), ids, readPeopleNumber));
      }),
      RUNS,
    );
  });

  it('the YAML loader takes any text, and any YAML value', () => {
    const schema = recordSchema(framework, { today: '2026-11-22' });
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.anything().map((v) => stringify(v) ?? ''),
      fc.constantFrom('&a [*a]', '!!binary x', '{a: 1, a: 2}', '---\n---', 'a: *b'),
    );
    fc.assert(
      fc.property(text, (source) => {
        const r = parseYaml(source, 'fuzz.yaml', schema);
        if (r.ok) {
          expect(['devops-first', 'platform-team', 'refine']).toContain(evaluateRecord(r.value, framework).result.recommendation);
        } else {
          expect(r.problems.length).toBeGreaterThan(0);
          for (const p of r.problems) {
            expect(p.file).toBe('fuzz.yaml');
            expect(oneLine(formatProblem(p))).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });
});

describe('fuzzing the CLI and the record reader (FUZZ_RUNS runs each)', () => {
  const flag = fc.constantFrom(...CLI_FLAGS, 'bogus', '');
  const token = fc.oneof(
    flag.map((f) => `--${f}`),
    flag.chain((f) => nasty.map((v) => `--${f}=${v}`)),
    nasty,
    fc.constantFrom('-', '--', '-20', '-x', 'check', 'history', 'merge', 'compare', 'due', 'a.yaml'),
  );

  it('the argument parser returns arguments or one UsageError, one line per problem', () => {
    fc.assert(
      fc.property(
        fc.array(token, { maxLength: 12 }),
        fc.constantFrom<Command>('evaluate', 'record', 'check', 'history', 'compare', 'merge', 'due'),
        (argv, command) => {
          try {
            const args = readArgs(argv);
            checkApplicable(command, args);
            checkOutcomeIfAnswers(parseFields(args.answers, ids, readPeopleNumber));
          } catch (error) {
            expect(error).toBeInstanceOf(UsageError);
            for (const line of (error as Error).message.split('\n')) expect(line.length).toBeGreaterThan(5);
          }
        },
      ),
      RUNS,
    );
  });

  it('the record reader takes any bytes: text, or one one-line problem naming the file', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 64 }),
      fc.string({ unit: 'binary' }).map((t) => new TextEncoder().encode(t)),
    );
    fc.assert(
      fc.property(bytes, (data) => {
        const r = decodeText(data, 'r.yaml');
        let valid = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(data);
        } catch {
          valid = false;
        }
        expect(r.ok).toBe(valid);
        expect(firstBadUtf8Byte(data) === -1).toBe(valid);
        if (!r.ok)
          expect(r.problems.map(formatProblem)).toEqual([
            expect.stringMatching(/^r\.yaml: not UTF-8: byte \d+ \(0x[0-9a-f]{2}\) is invalid[^\n]*$/),
          ]);
      }),
      RUNS,
    );
  });
});

/** Answers that parsed evaluate; answers that did not name a flag. Absent answers are fine here. */
function checkOutcomeIfAnswers(out: ReturnType<typeof parseFields>): void {
  if (out.answers || out.errors.some((e) => !/is missing|required/.test(e.message))) checkOutcome(out);
}
