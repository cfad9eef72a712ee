/**
 * The economics' verdict (decision/verdict.ts) in words: on the card, in print and in the CLI. It
 * says what decided a no, and which optimistic entries the advice did not count; it never claims a
 * payback the case does not show.
 */
import type { BusinessCase } from '../business/business-case.ts';
import type { AssumptionEntry, Verdict } from '../decision/verdict.ts';
import { paybackClause } from './describe-money.ts';
import { withUnit } from './describe-sizing.ts';
import { ASSUMPTION_WORDS } from './assumption-words.ts';

const entryText = (e: AssumptionEntry) =>
  `${ASSUMPTION_WORDS[e.key].replace(/^the /, '')} of ${withUnit(e.entered, e.unit)} (the framework's is ${withUnit(e.framework, e.unit)})`;

/** The verdict's sentence, or null when there is nothing to say (no platform team advised, or it pays at every entry). */
export function verdictText(v: Verdict, c: BusinessCase): string | null {
  const team = `a team of ${v.teamSize}`;
  const judged = paybackClause(v.judged);
  const aside =
    v.setAside.length > 0 ? `Not counted, being more optimistic than the framework's: your ${v.setAside.map(entryText).join(', ')}.` : '';
  if (v.outcome === 'not-asked') return null;
  if (v.outcome === 'pays') return aside ? `${aside} Counted without them, ${team} still ${judged}.` : null;
  const d = v.decidedBy;
  if (d?.kind === 'cautious') return `Your ${entryText(d)} decides: with it, ${team} ${judged}, so the advice changes.`;
  if (d?.kind === 'set-aside')
    return `At your assumptions ${team} ${paybackClause(c.timeline)}, but the advice does not count your ${entryText(d)}: without it, ${team} ${judged}.`;
  // The framework's own assumptions decided: the advice's summary says so already.
  return aside ? `At the assumptions the advice counts, ${team} ${judged}. ${aside}` : null;
}
