/**
 * A guide never gives a new platform team a fixed size as the framework's advice: the assessment
 * prices the size that nets most (or the team proposed). A fixed starting size may appear only as
 * a quoted heuristic, on a line that cites where it comes from (SIVARO's "start with two" in the
 * business case's sizing heuristics).
 */
import { describe, expect, it } from 'vitest';
import { guideFiles, guideSource, prose } from './guide-text.ts';

const SIZE = String.raw`(?:one|two|three|four|five|six|a couple of|a few|\d+)`;
const FIXED_START = [
  new RegExp(
    String.raw`\b(?:start|starts|starting|begin|begins|form|forms)\b[^.|\n]{0,40}?\b(?:with|at)\s+${SIZE}[ -](?:people|persons?|engineers?)\b`,
    'gi',
  ),
  new RegExp(String.raw`\b${SIZE}-person (?:platform )?team\b`, 'gi'),
  new RegExp(String.raw`\b(?:start|starts|starting|form|forms)\b[^.|\n]{0,40}?\bplatform team of ${SIZE}\b(?![ -]?\d)`, 'gi'),
];

export function fixedStartingSizes(file: string, text: string): string[] {
  const found: string[] = [];
  prose(text)
    .split('\n')
    .forEach((line, i) => {
      if (/<Cite id="/.test(line)) return;
      for (const pattern of FIXED_START) for (const m of line.matchAll(pattern)) found.push(`${file}:${i + 1}: "${m[0]}"`);
    });
  return found;
}

describe('guides leave the team size to the business case', () => {
  it.each(guideFiles())('%s states no fixed starting size except as a cited heuristic', (file) => {
    expect(fixedStartingSizes(file, guideSource(file))).toEqual([]);
  });
});

describe('the fixed-size patterns', () => {
  const flagged = (line: string) => fixedStartingSizes('example.mdx', `${line}\n`).length > 0;

  it.each([
    'The framework starts a platform team with two people.',
    'Start with two people and one golden path.',
    'A platform team that starts at 3 engineers and may grow.',
    'Form a two-person platform team.',
    'Start a platform team of two.',
  ])('flag a fixed starting size: %s', (line) => {
    expect(flagged(line)).toBe(true);
  });

  it.each([
    '| Start a platform team with two people | SIVARO\'s post <Cite id="sivaro" /> | Small enough |',
    'A team sized by what it can win back, and one golden path.',
    'Google works out eight engineers for a rota on one site.',
    'Team Topologies limits a team to about five to nine people.',
    'The 180 engineers started with a team of 12 engineers.',
  ])('let a cited heuristic or another figure through: %s', (line) => {
    expect(flagged(line)).toBe(false);
  });
});
