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

/** 1 -> "1 day", 3 -> "3 days": a count with its noun, singular for one. */
export function countText(n: number, noun: string): string {
  return `${n} ${Math.abs(n) === 1 ? noun : `${noun}s`}`;
}
