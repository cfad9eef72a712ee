/** The CLI's --date: checked against the same range records are (engine/calendar/date-range.ts). */
import { dateRule, inDateRange } from '#src/engine/calendar/date-range.ts';
import type { CliArgs } from './args.ts';
import { UsageError } from './usage.ts';

export function assessmentDateOr(args: CliArgs, fallback: string, today: string): string {
  const date = args.text.date ?? fallback;
  if (!inDateRange(date, today)) throw new UsageError(`--date: ${dateRule(today)} (got ${JSON.stringify(date)})`);
  return date;
}
