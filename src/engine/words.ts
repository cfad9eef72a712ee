/** Small counts and month spans in words, as prose writes them: a leaf every layer may use. */

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** 2 -> "two", 18 -> "18": small counts in words, as prose writes them. */
export function numberWord(n: number): string {
  return SMALL[n] ?? String(n);
}

/** 6 -> "six months", 1 -> "one month", 18 -> "18 months": the review interval in words. */
export function monthsText(months: number): string {
  return `${numberWord(months)} ${months === 1 ? 'month' : 'months'}`;
}

/** The noun for a count: the singular for one (or minus one), else the plural ("day", "days"). */
export function nounFor(n: number | bigint, singular: string, plural = `${singular}s`): string {
  return Math.abs(Number(n)) === 1 ? singular : plural;
}

/**
 * 1 -> "1 day", 3 -> "3 days": a count with its noun, singular for one. `shown` is the number as
 * the caller writes it ("1,200", "2.5"); the count decides the noun. Every face words counts here.
 */
export function countText(n: number | bigint, noun: string, shown = String(n), plural = `${noun}s`): string {
  return `${shown} ${nounFor(n, noun, plural)}`;
}

/** "engineers" -> "engineer" for one: a unit the framework writes in the plural, fitted to a count. */
export function unitFor(n: number, pluralUnit: string): string {
  return nounFor(n, pluralUnit.replace(/s$/, ''), pluralUnit);
}

const tenth = (n: number) => String(Math.round(n * 10) / 10);
const unitWord = (n: string, noun: string) => `${n} ${n === '1' || n === '-1' ? noun : `${noun}s`}`;

/**
 * A time kept in minutes, as a person says it: in whole days or hours where it fills them (the
 * page lets a person type 3 days; 4320 reads back as "3 days", 120 as "2 hours"), else rounded to
 * a tenth of a day from two days, of an hour from ten hours, and in minutes below that.
 */
export function minutesText(minutes: number): string {
  const size = Math.abs(minutes);
  if (size > 0 && size % 1440 === 0) return unitWord(String(minutes / 1440), 'day');
  if (size >= 2880) return unitWord(tenth(minutes / 1440), 'day');
  if (size > 0 && size % 60 === 0) return unitWord(String(minutes / 60), 'hour');
  if (size >= 600) return unitWord(tenth(minutes / 60), 'hour');
  return unitWord(tenth(minutes), 'minute');
}
