import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frameworkSchema } from '#src/engine/framework/schema.ts';
import { parseYaml } from '#src/engine/validation/parse-yaml.ts';
import { formatProblem } from '#src/engine/validation/problems.ts';
import { loadRecord, loadRecords } from '#src/node/records.ts';
import { evaluate } from '#src/engine/decision/evaluate.ts';
import { fixtureFramework, keyListsAsToken } from './helpers.ts';
import { BOOLEAN_FIELDS, NUMBER_FIELDS } from '#src/engine/inputs/fields.ts';

const framework = fixtureFramework();
const TODAY = '2026-11-22';
const messages = (name: string): string[] => {
  const parsed = loadRecord(`tests/fixtures/bad/${name}`, framework, { today: TODAY });
  if (parsed.ok) throw new Error(`${name} was accepted`);
  return parsed.problems.map(formatProblem);
};

describe('hostile and broken records are rejected with file:line: field: message', () => {
  it('malformed YAML', () => {
    expect(messages('malformed.yaml')[0]).toMatch(/^tests\/fixtures\/bad\/malformed\.yaml:5: YAML: /);
  });

  it('wrong types, naming each field and what is allowed', () => {
    expect(messages('wrong-types.yaml')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/bad/wrong-types.yaml:5: answers.teamSize: must be a whole number from 1 to 100000 (got "forty")",
        "tests/fixtures/bad/wrong-types.yaml:6: answers.infraTimeShare: must be a number from 0 to 100 (got 140)",
        "tests/fixtures/bad/wrong-types.yaml:8: answers.workflowSettled: must be true or false (got "maybe")",
      ]
    `);
  });

  it('lists every question of the table as allowed, whatever the table holds', () => {
    const [message] = messages('unknown-key.yaml');
    for (const f of [...NUMBER_FIELDS, ...BOOLEAN_FIELDS]) expect(message).toMatch(new RegExp(`allowed here: .*\\b${f.key}\\b`));
  });

  it('unknown keys, listing the allowed ones', () => {
    expect(messages('unknown-key.yaml').map(keyListsAsToken)).toMatchInlineSnapshot(`
      [
        "tests/fixtures/bad/unknown-key.yaml:8: answers.teamsize: unknown field; allowed here: <the questions table’s keys>",
      ]
    `);
  });

  it('duplicate keys', () => {
    expect(messages('duplicate-key.yaml')).toEqual([
      'tests/fixtures/bad/duplicate-key.yaml:8: teamSize: appears twice in the same mapping; keep one',
    ]);
  });

  it('an alias bomb, without expanding it', () => {
    expect(messages('alias-bomb.yaml')[0]).toMatch(
      /^tests\/fixtures\/bad\/alias-bomb\.yaml:1: YAML: rejected .*aliases are limited to 50$/,
    );
  });

  it('impossible dates and unknown warning signs', () => {
    expect(messages('bad-date.yaml')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/bad/bad-date.yaml:3: assessedOn: must be a calendar date from 1990-01-01 to 2027-11-22 (a year after today), written YYYY-MM-DD",
        "tests/fixtures/bad/bad-date.yaml:8: answers.trapSigns.1: must be one of more-complex-than-infra, meetings-outnumber, leaky-abstractions, new-silo, slow-delivery (got "gremlins")",
      ]
    `);
  });

  it('missing required answers, at the line of their parent', () => {
    expect(messages('missing.yaml')).toEqual([
      'tests/fixtures/bad/missing.yaml:4: answers.infraTimeShare: is missing; it must be a number from 0 to 100',
      'tests/fixtures/bad/missing.yaml:4: answers.onboardingDays: is missing; it must be a number from 0 to 365',
    ]);
  });

  it('an empty file, a custom tag, and a missing file', () => {
    expect(messages('empty.yaml')).toEqual(['tests/fixtures/bad/empty.yaml:1: the file is empty']);
    expect(messages('tag.yaml')[0]).toMatch(/^tests\/fixtures\/bad\/tag\.yaml:2: YAML: Unresolved tag/);
    expect(messages('nope.yaml')).toEqual(['tests/fixtures/bad/nope.yaml: no such file']);
  });

  it('never drops a bad record silently when loading a folder', () => {
    const { records, problems } = loadRecords('tests/fixtures/bad', framework, TODAY);
    expect(records).toEqual([]);
    const files = new Set(problems.map((p) => p.file));
    expect(files.size).toBe(9);
  });
});

describe('the framework file', () => {
  const text = readFileSync('tests/fixtures/framework.yaml', 'utf8');
  const parse = (edited: string) => {
    const parsed = parseYaml(edited, 'framework.yaml', frameworkSchema);
    return parsed.ok ? [] : parsed.problems.map(formatProblem);
  };

  it('parses valid', () => {
    expect(parse(text)).toEqual([]);
  });

  /** The line a snippet starts on, so messages are checked against the file, not pinned numbers. */
  const lineOf = (source: string, snippet: string) => source.slice(0, source.indexOf(snippet)).split('\n').length;

  it('reports a threshold of the wrong type, a bad recommendation, weights that do not add up, duplicate ids', () => {
    const broken = text
      .replace('threshold: 20\n    recommendation: devops-first', 'threshold: twenty\n    recommendation: devops-first')
      .replace('recommendation: platform-team\n    title: Slow onboarding', 'recommendation: platform\n    title: Slow onboarding');
    expect(parse(broken)).toEqual([
      `framework.yaml:${lineOf(broken, 'threshold: twenty')}: rules.0.threshold: must be a number, or true/false for a yes/no input (got "twenty")`,
      `framework.yaml:${lineOf(broken, 'recommendation: platform\n')}: rules.5.recommendation: must be one of devops-first, platform-team, refine (got "platform")`,
    ]);
    expect(parse(text.replace('weight: 30', 'weight: 31'))).toEqual([
      `framework.yaml:${lineOf(text, '  factors:')}: score.factors: weights must add up to 100 (they add up to 101)`,
    ]);
    // The second of the two is the duplicate.
    const duplicated = text.replace('id: new-silo', 'id: slow-delivery');
    const second = duplicated.slice(0, duplicated.lastIndexOf('id: slow-delivery')).split('\n').length;
    expect(parse(duplicated)).toEqual([`framework.yaml:${second}: trap.signs.4.id: duplicate id slow-delivery`]);
  });

  it('lets an organisation change a threshold without touching code, and the answer follows', () => {
    const stricter = text.replace(
      'op: gt\n    threshold: 20\n    recommendation: platform-team',
      'op: gt\n    threshold: 15\n    recommendation: platform-team',
    );
    const parsed = parseYaml(stricter, 'framework.yaml', frameworkSchema);
    if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('\n'));
    const at18 = { teamSize: 60, infraTimeShare: 18, onboardingDays: 3 };
    const on = { assessedOn: '2026-11-22' };
    expect(evaluate(at18, fixtureFramework(), on).recommendation).toBe('refine');
    expect(evaluate(at18, parsed.value, on).recommendation).toBe('platform-team');
  });
});
