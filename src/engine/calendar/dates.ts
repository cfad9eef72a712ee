/**
 * Calendar dates as 'YYYY-MM-DD' strings. Records, review dates and the CLI all speak this form,
 * and plain integer arithmetic on it needs no date library and no time zone.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids DST surprises.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function parseIsoDate(text: string): { year: number; month: number; day: number } | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function formatIsoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Adds calendar months, clamping to the month's last day: 2026-08-31 + 6 months = 2027-02-28. */
export function addMonths(date: string, months: number): string {
  const d = parseIsoDate(date);
  if (!d) throw new RangeError(`not a calendar date: ${date}`);
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return formatIsoDate(year, month, Math.min(d.day, daysInMonth(year, month)));
}

/** Whole days from a to b (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  const toUtc = (s: string): number => {
    const d = parseIsoDate(s);
    if (!d) throw new RangeError(`not a calendar date: ${s}`);
    return Date.UTC(d.year, d.month - 1, d.day);
  };
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}

/** Today's date in the caller's local calendar; callers pass it in so the engine stays pure. */
export function localIsoDate(now: Date): string {
  return formatIsoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

export function addDays(date: string, days: number): string {
  const d = parseIsoDate(date);
  if (!d) throw new RangeError(`not a calendar date: ${date}`);
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return formatIsoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}
