/**
 * The shipped content is consistent: the framework loads, every record under assessments/ passes
 * the same validation as `assess check` and the build, and the committed JSON Schema is the one the
 * zod schema generates. Never counts or today's numbers: an organisation that edits thresholds or
 * adds records as the README says keeps this green (content-customised.test.ts proves it).
 */
import { readFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { organisationJsonSchema, ORGANISATION_SCHEMA_FILE, recordJsonSchema, SCHEMA_FILE } from '#src/engine/records/record-json-schema.ts';
import { formatProblem } from '#src/engine/validation/problems.ts';
import { loadFramework } from '#src/node/framework.ts';
import { findRecordFiles, loadRecords } from '#src/node/records.ts';
import { ORGANISATION_FILE } from '#src/engine/records/organisation-schema.ts';
import { localIsoDate } from '#src/engine/calendar/dates.ts';

const loaded = loadFramework('content/framework.yaml');

describe('the shipped framework', () => {
  it('is valid', () => {
    expect(loaded.ok ? [] : loaded.problems.map(formatProblem)).toEqual([]);
  });
});

describe('the shipped records', () => {
  if (!loaded.ok) return;
  const framework = loaded.value;
  const committed = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
  const validate = new Ajv2020({ strict: false }).compile(committed);

  it('pass assess check', () => {
    const { problems } = loadRecords('assessments', framework, localIsoDate(new Date()));
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('have a committed JSON Schema generated from the zod schema (npm run json-schema after changing the format)', () => {
    expect(committed).toEqual(recordJsonSchema(framework));
  });

  it('have a committed JSON Schema for organisation files, generated from theirs', () => {
    expect(JSON.parse(readFileSync(ORGANISATION_SCHEMA_FILE, 'utf8'))).toEqual(organisationJsonSchema());
  });

  it.each(findRecordFiles('assessments').filter((f) => ORGANISATION_FILE.test(f)))(
    '%s validates against its JSON Schema and names it first',
    (file) => {
      const text = readFileSync(file, 'utf8');
      const check = new Ajv2020({ allErrors: true, strict: false }).compile(organisationJsonSchema());
      expect(check(parse(text)) ? [] : check.errors).toEqual([]);
      expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${relative(dirname(file), ORGANISATION_SCHEMA_FILE)}`);
    },
  );

  it.each(findRecordFiles('assessments').filter((f) => !ORGANISATION_FILE.test(f)))(
    '%s validates against the JSON Schema and names it first',
    (file) => {
      const text = readFileSync(file, 'utf8');
      expect(validate(parse(text)) ? [] : validate.errors).toEqual([]);
      const schemaPath = relative(dirname(file), SCHEMA_FILE);
      expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${schemaPath}`);
    },
  );
});
