/**
 * The YAML fast path never gives another answer than the yaml package: on every record the writer
 * can produce, and on every fixture file, it returns the same data or declines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fastYaml } from '#src/engine/validation/fast-yaml.ts';
import { recordToYaml } from '#src/engine/records/record-yaml.ts';
import type { AssessmentRecord } from '#src/engine/records/record.ts';
import { validAnswers } from './arbitraries.ts';
import { fuzzRuns } from './helpers.ts';

const full = (text: string): unknown => parse(text, { schema: 'core', uniqueKeys: true });

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlFiles(join(dir, e.name)) : /\.ya?ml$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('the YAML fast path', () => {
  it('reads every record the writer produces as the yaml package does', () => {
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.constantFrom('</title><script>', 'a\nb', '"', '\\', '#x', 'null'),
    );
    const record = fc.record({
      organization: text,
      unit: fc.option(text, { nil: undefined }),
      notes: fc.option(text, { nil: undefined }),
      answers: validAnswers,
      several: fc.boolean(),
    });
    fc.assert(
      fc.property(record, ({ organization, unit, notes, answers, several }) => {
        const base = {
          organization,
          assessedOn: '2026-01-05',
          ...(unit === undefined ? {} : { unit }),
          ...(notes === undefined ? {} : { notes }),
        };
        const r = (
          several
            ? {
                schemaVersion: 2,
                ...base,
                respondents: [
                  { name: organization, answers },
                  { name: `${organization}!`, notes, answers },
                ],
              }
            : { schemaVersion: 1, ...base, answers }
        ) as AssessmentRecord;
        const yaml = recordToYaml(r, '../schema.json');
        const fast = fastYaml(yaml);
        if (fast !== undefined) expect(fast).toEqual(full(yaml));
      }),
      { numRuns: fuzzRuns(300) },
    );
  });

  it('takes the writer’s ordinary records (it is a fast path, not a rare one)', () => {
    const yaml = readFileSync('tests/fixtures/portfolio/acme-payments/2021-01-11.yaml', 'utf8');
    expect(fastYaml(yaml)).toEqual(full(yaml));
    expect(fastYaml(yaml)).not.toBeUndefined();
  });

  it.each(yamlFiles('tests/fixtures'))('agrees with the yaml package or declines: %s', (file) => {
    const yaml = readFileSync(file, 'utf8');
    const fast = fastYaml(yaml);
    if (fast !== undefined) expect(fast).toEqual(full(yaml));
  });

  it.each([
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a comment after a value', 'a: 1 # one\n'],
    ['an anchor', 'a: &x 1\nb: *x\n'],
    ['a tab', 'a:\t1\n'],
    ['single quotes', "a: 'x'\n"],
    ['null', 'a: null\n'],
    ['a capitalised plain string', 'a: Acme\n'],
    ['a prototype key', '__proto__: 1\n'],
    ['a key with no value', 'a:\nb: 1\n'],
    ['a top-level list', '- a\n'],
    ['an exponent', 'a: 1e3\n'],
    ['a leading zero', 'a: 007\n'],
  ])('declines %s', (_name, yaml) => {
    expect(fastYaml(yaml)).toBeUndefined();
  });
});
