/** Shared test fixtures: the real framework, and answers built from a few overrides. */
import { readFileSync } from 'node:fs';
import { frameworkSchema, type Framework } from '#src/engine/framework/schema.ts';
import type { Answers } from '#src/engine/inputs/fields.ts';
import { parseYaml } from '#src/engine/validation/parse-yaml.ts';

export function realFramework(): Framework {
  const parsed = parseYaml(readFileSync('content/framework.yaml', 'utf8'), 'content/framework.yaml', frameworkSchema);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

/** A mid-sized organisation where no rule fires: the neutral point table tests move away from. */
export const NEUTRAL: Answers = { teamSize: 50, infraTimeShare: 10, onboardingDays: 3 };

export function answers(overrides: Partial<Answers>): Answers {
  return { ...NEUTRAL, ...overrides };
}
