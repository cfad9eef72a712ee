/**
 * The platform team's formation (history/formation.ts) in words, honest about what records know:
 * that a team existed at a review, not the day it started. The timeline entry, the record's
 * progress block and `assess history` say `entry`; each trend chart's text says `chart` and draws
 * the mark that `legend` explains.
 */
import type { Formation } from '../history/formation.ts';
import { countText } from '../words.ts';

export interface FormationText {
  /** The latest assessment that said there was none (the start of the shaded span), or null. */
  from: string | null;
  /** The first assessment with the team: the end of the span, or the line's date. */
  to: string;
  /** The entry's slug the note belongs to. */
  slug: string;
  entry: string;
  chart: string;
  legend: string;
}

export function describeFormation(f: Formation): FormationText {
  const to = f.with.record.assessedOn;
  const base = { to, slug: f.with.slug };
  if (!f.without) {
    return {
      ...base,
      from: null,
      entry: `Platform team formed by ${to}: this is the first record with one, and no earlier record says whether there was one.`,
      chart: `Platform team formed by ${to}.`,
      legend: `Dotted line on each chart: the platform team formed by ${to} (the first record with one); no earlier record says whether there was one.`,
    };
  }
  const from = f.without.record.assessedOn;
  const gap =
    f.unsaid === 0
      ? ''
      : f.unsaid === 1
        ? ' (the record between does not say)'
        : ` (the ${countText(f.unsaid, 'record')} between do not say)`;
  return {
    ...base,
    from,
    entry: `Platform team formed between ${from} and ${to}: none on ${from}${gap}, one at this review; the records do not say the day it started.`,
    chart: `Platform team formed between ${from} and ${to}.`,
    legend: `Shaded on each chart: the platform team formed between ${from} (none then${gap.replace(/^ \((.*)\)$/, '; $1')}) and ${to} (the first record with one); the records do not say the day it started.`,
  };
}
