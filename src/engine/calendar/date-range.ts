/**
 * Which assessment dates a record may carry, and the one message that says so. Earlier than 1990
 * is a typo (and years 0-99 would be read as 1900-1999 by Date); later than a year after today is
 * a typo too, and would push review dates past what the calendar code handles.
 */
import { addMonths, isIsoDate, localIsoDate } from './dates.ts';

const EARLIEST_DATE = '1990-01-01';

/** The latest date a record may carry, judged on `today` (the build date or the CLI's today). */
function latestDate(today: string): string {
  return addMonths(today, 12);
}

export function dateRule(today: string | undefined): string {
  const upper = today && isIsoDate(today) ? latestDate(today) : null;
  return upper
    ? `must be a calendar date from ${EARLIEST_DATE} to ${upper} (a year after today), written YYYY-MM-DD`
    : 'must be a calendar date written YYYY-MM-DD, e.g. 2026-05-01';
}

/**
 * The calendar dates from 1990 on, as a JSON Schema pattern (February 29th in leap years only):
 * what inDateRange() accepts without a today. The upper bound needs a clock, so only `check` has it.
 */
export const CALENDAR_DATE_PATTERN =
  '^(?:(?:199\\d|[2-9]\\d{3})-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))' +
  '|(?:199[26]|[2-9]\\d(?:0[48]|[2468][048]|[13579][26])|(?:[2468][048]|[3579][26])00)-02-29)$';

/** True when `date` is a calendar date inside the range. ISO dates compare correctly as text. */
export function inDateRange(date: string, today: string | undefined): boolean {
  if (!isIsoDate(date) || date < EARLIEST_DATE) return false;
  return !(today && isIsoDate(today)) || date <= latestDate(today);
}

/**
 * Today, or the date PLATFORM_FIT_TODAY pins (tests, a CI job that wants a stable answer). A pinned
 * value that is not a calendar date is refused: ignoring it would silently lift the upper date bound.
 */
export function pinnedToday(pinned: string | undefined, now: Date): { ok: true; date: string } | { ok: false; message: string } {
  if (pinned === undefined || pinned === '') return { ok: true, date: localIsoDate(now) };
  return isIsoDate(pinned)
    ? { ok: true, date: pinned }
    : {
        ok: false,
        message: `PLATFORM_FIT_TODAY: must be a calendar date written YYYY-MM-DD, e.g. 2026-05-01 (got ${JSON.stringify(pinned.slice(0, 40))})`,
      };
}
