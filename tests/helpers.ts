/** Shared test fixtures: the real framework, and answers built from a few overrides. */
import { readFileSync } from 'node:fs';
import { frameworkSchema, type Framework } from '#src/engine/framework/schema.ts';
import type { Answers } from '#src/engine/inputs/fields.ts';
import type { SingleRecord } from '#src/engine/records/record.ts';
import { parseYaml } from '#src/engine/validation/parse-yaml.ts';

export function fixtureFramework(): Framework {
  return loadFrameworkAt('tests/fixtures/framework.yaml');
}

/** The framework the site ships: only for tests of the shipped content's consistency. */
export function realFramework(): Framework {
  return loadFrameworkAt('content/framework.yaml');
}

function loadFrameworkAt(file: string): Framework {
  const parsed = parseYaml(readFileSync(file, 'utf8'), file, frameworkSchema);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

/** A mid-sized organisation where no rule fires: the neutral point table tests move away from. */
export const NEUTRAL: Answers = { teamSize: 50, infraTimeShare: 10, onboardingDays: 3 };

export function answers(overrides: Partial<Answers>): Answers {
  return { ...NEUTRAL, ...overrides };
}

/**
 * How many runs a fuzz or property test makes: `fallback` on every `npm test`, FUZZ_RUNS in CI, at
 * most `cap` for a property whose every run is heavy (a record through YAML and the schema).
 */
export function fuzzRuns(fallback: number, cap = Infinity): number {
  const runs = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(runs) && runs > 0 ? Math.min(runs, cap) : fallback;
}

/**
 * "framework.yaml:119: rules.0..." -> "framework.yaml:«threshold: twenty»: rules.0...": the line a
 * message names, shown by its text in `text` rather than its number, so a snapshot still proves the
 * line is right but does not move when a fixture gains a line above it.
 */
export function linesByText(messages: string, file: string, text: string): string {
  const lines = text.split('\n');
  const at = new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:(\\d+):`, 'g');
  return messages.replace(at, (_m, n: string) => `${file}:«${lines[Number(n) - 1]?.trim() ?? `line ${n}`}»:`);
}

/**
 * The list of the answers' keys in a message ("teamSize, infraTimeShare, ..."), which grows with
 * every question added to the table, as one token; the rest of the message is pinned as written.
 */
export function keyListsAsToken(messages: string): string {
  return messages.replace(/teamSize(?:, \w+){3,}/g, '<the questions table’s keys>');
}

/** A one-person record of organisation Acme on a day, for tests that build a history by hand. */
export function acmeRecord(assessedOn: string, answers: Partial<Answers>): { file: string; record: SingleRecord } {
  return {
    file: `${assessedOn}.yaml`,
    record: {
      schemaVersion: 1,
      organization: 'Acme',
      assessedOn,
      answers: { teamSize: 40, infraTimeShare: 10, onboardingDays: 3, ...answers },
    },
  };
}
