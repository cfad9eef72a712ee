/**
 * What the advice asked people to fix, followed from one assessment to the next. For now, the
 * recommendation with the trap when it fired; titles and texts, never ids.
 */
import type { Framework } from '../framework/schema.ts';
import type { Evaluated } from '../history/history.ts';

/** "Platform team (platform-trap signs: 3 of 5)": the recommendation, and the trap when it fired. */
export function verdictText(e: Evaluated, framework: Framework): string {
  const trap = e.result.trapWarnings;
  return `${e.result.label}${trap.triggered ? ` (platform-trap signs: ${trap.signs.length} of ${framework.trap.signs.length})` : ''}`;
}
