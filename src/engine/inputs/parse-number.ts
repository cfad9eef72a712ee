/**
 * One parser for money and head-counts as people type them: 180000, 180,000, 180 000 (a space,
 * no-break space, narrow no-break space or thin space between thousands), 180k, 1.2m, 2,500.50,
 * 0.5. It refuses what could mean two things rather than guess: "180.000" is 180 in English and
 * 180,000 in much of Europe, "2,5" is two and a half there. Every refusal says how to write the
 * number instead. Pure; the caller puts the field's name in front of the message.
 */

import { NUMBER_TEXT_MAX } from './number-text.ts';

export type ParsedNumber = { ok: true; value: number } | { ok: false; message: string };

export interface ParseNumberOptions {
  /** Accept a leading minus. Off by default: costs and head-counts are never negative. */
  allowNegative?: boolean;
  /** Only whole numbers (head-counts). 1.5k is whole; 2.5 is not. */
  integer?: boolean;
}

/** More digits than this and a double no longer keeps every one of them. */
export const MAX_SIGNIFICANT_DIGITS = 15;
const EXAMPLES = 'such as 180000, 180,000 or 180k';

/** Space, no-break space, narrow no-break space, thin space: what people and locales put between thousands. */
const SPACE = /[ \u00A0\u202F\u2009]/g;

const show = (text: string) => JSON.stringify(text.length > 40 ? `${text.slice(0, 37)}...` : text);
const withCommas = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
/** "1,234,567 or 1234567", or just "123" when there is nothing to group. */
const ways = (int: string, frac = '') => {
  const tail = frac === '' ? '' : `.${frac}`;
  return int.length > 3 ? `${withCommas(int)}${tail} or ${int}${tail}` : `${int}${tail}`;
};
const fail = (message: string): ParsedNumber => ({ ok: false, message });

/** Groups of thousands: 1 to 3 digits, then groups of exactly 3. */
const isGrouped = (groups: string[]) =>
  groups.length > 1 && /^\d{1,3}$/.test(groups[0] ?? '') && groups.slice(1).every((g) => /^\d{3}$/.test(g));

/** The digits before and after the decimal point, or a message saying why they cannot be read. */
function read(body: string, shown: string, hasSuffix: boolean): { int: string; frac: string } | string {
  const b = body.replace(SPACE, ' ');
  const junk = `${shown} is not a number: write digits, ${EXAMPLES}`;
  if (!/^[\d., ]+$/.test(b) || !/\d/.test(b) || /[., ]{2}|^[, ]|[., ]$/.test(b)) return junk;
  const lastComma = b.lastIndexOf(',');
  const lastDot = b.lastIndexOf('.');
  const digits = (s: string) => s.replace(/[., ]/g, '');

  // A comma after the last dot, or a lone comma not followed by three digits: a decimal comma.
  const afterComma = b.slice(lastComma + 1);
  const loneComma = lastComma >= 0 && lastDot < 0 && b.indexOf(',') === lastComma && /^(\d{1,2}|\d{4,})$/.test(afterComma);
  if ((lastComma > lastDot && lastDot >= 0) || loneComma) {
    if (!/^\d+$/.test(afterComma)) return junk;
    return `${shown} uses a comma for the decimal point: write ${ways(digits(b.slice(0, lastComma)) || '0', afterComma)}`;
  }
  const dotParts = b.split('.');
  if (dotParts.length > 2) {
    return isGrouped(dotParts) ? `${shown} uses dots between thousands: write ${ways(dotParts.join(''))}` : junk;
  }
  const [intPart = '', frac = ''] = dotParts;
  if (!/^\d*$/.test(frac)) return junk;
  if (/^\d*$/.test(intPart)) {
    if (!hasSuffix && frac.length === 3 && /^[1-9]\d{0,2}$/.test(intPart)) {
      const decimal = `${intPart}.${frac}`.replace(/\.?0+$/, '');
      const unambiguous = /\.\d{3}$/.test(decimal) ? `${decimal}0` : decimal;
      const thousands = `${intPart},${frac}`;
      return `${shown} could mean ${decimal} or ${thousands}: write ${thousands} or ${intPart}${frac} if you mean thousands, ${unambiguous} if not`;
    }
    return { int: intPart, frac };
  }
  const separators = new Set(intPart.replace(/\d/g, ''));
  const groups = intPart.split(/[, ]/);
  if (separators.size === 1 && isGrouped(groups)) return { int: groups.join(''), frac };
  return `${shown}: put one kind of separator every three digits, or none: write ${ways(digits(intPart), frac)}`;
}

/**
 * Linear in the length of what it is given: anything longer than NUMBER_TEXT_MAX once trimmed is
 * refused before a pattern reads it (tests/inputs/parse-number.test.ts counts what the patterns see).
 */
export function parseNumber(raw: string, options: ParseNumberOptions = {}): ParsedNumber {
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (text === '') return fail(`enter a number, ${EXAMPLES}`);
  const shown = show(text);
  if (text.length > NUMBER_TEXT_MAX) return fail(`${shown} is too long to be a number (${NUMBER_TEXT_MAX} characters at most)`);
  if (/\p{Sc}/u.test(text)) {
    const bare = text.replace(/\p{Sc}/gu, '').trim();
    const inner = parseNumber(bare, options);
    return fail(`${shown}: leave out the currency sign${inner.ok ? ` (write ${bare})` : `; and ${inner.message}`}`);
  }

  const parts = /^([-+\u2212]?)\s*(.*?)\s*([kKmM]?)$/u.exec(text);
  const [, sign = '', body = '', suffix = ''] = parts ?? [];
  const reading = read(body, shown, suffix !== '');
  if (typeof reading === 'string') return fail(reading);

  const { int, frac } = reading;
  if ((int + frac).replace(/^0+/, '').replace(/0+$/, '').length > MAX_SIGNIFICANT_DIGITS) {
    return fail(`${shown} has more than ${MAX_SIGNIFICANT_DIGITS} significant digits: round it`);
  }
  // Built as text and read once, so 1.2m is exactly 1200000 (1.2 x 1e6 in doubles is not).
  const exponent = suffix === '' ? 0 : /k/i.test(suffix) ? 3 : 6;
  const magnitude = Number(`${int || '0'}.${frac || '0'}e${exponent}`);
  if (!(magnitude <= Number.MAX_SAFE_INTEGER)) return fail(`${shown} is too large`);
  const negative = sign === '-' || sign === '\u2212';
  if (negative && !options.allowNegative) return fail(`${shown} is negative: enter 0 or more`);
  if (options.integer && !Number.isInteger(magnitude)) return fail(`${shown} is not a whole number: enter one, such as 12`);
  return { ok: true, value: negative && magnitude !== 0 ? -magnitude : magnitude };
}

/** The reader parse-fields.ts takes: costs and counts read as typed, a minus left to the range check. */
export const readPeopleNumber = (text: string): ParsedNumber => parseNumber(text, { allowNegative: true });
