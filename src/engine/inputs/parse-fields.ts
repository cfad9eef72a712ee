/**
 * Answers typed as text (CLI flags, URL query, form fields) into typed Answers. Keyed by the CLI's
 * flag names, which are also the URL's query names. Small on purpose: it ships to the browser.
 */
import {
  BOOLEAN_FIELDS,
  BUSINESS_FIELDS,
  CURRENCY,
  CURRENCY_FLAG,
  METRIC_FIELDS,
  NUMBER_FIELDS,
  rangeRule,
  TRAP_SIGNS_FLAG,
  type Answers,
  type NumberField,
  isComplete,
  type AnswersDraft,
  type MetricKey,
} from './fields.ts';
import { CURRENCY_RULE, fieldTop, isCurrencyCode, rangeRuleIn } from './currencies.ts';
import { answerConflicts } from './answer-rules.ts';
import { NUMBER_TEXT_MAX } from './number-text.ts';
import type { ParsedNumber } from './parse-number.ts';
import { missingRule, onlyWhenProblems, trapSignRule } from './answer-rules.ts';

export interface FieldError {
  flag: string;
  message: string;
}

export type RawFields = Readonly<Record<string, string | undefined>>;

/**
 * Reads money and head-counts as people type them (parse-number.ts's parseNumber). Passed in, not
 * imported: the CLI passes it directly, the page loads it when the browser is idle, so a page
 * that never sees "180,000" never downloads it.
 */
export type PeopleReader = (text: string) => ParsedNumber;

const NUMBER = /^[-+]?(\d+(\.\d+)?|\.\d+)$/;
/** Digits with separators or a k/m suffix: read as people type money and head-counts; anything else is simply not a number. */
const PEOPLE_NUMBER = /^[-+\u2212]?[\d.,\s\u00A0\u202F\u2009]+[kKmM]?$/;
const DIGIT = /\d/;
/** Digits alone, as many as a double keeps exactly: what the people reader would read the same way. */
const PLAIN_DIGITS = /^\d{1,15}$/;
const YES = new Set(['yes', 'y', 'true']);
const NO = new Set(['no', 'n', 'false']);

function shown(raw: string): string {
  return JSON.stringify(raw.length > 40 ? `${raw.slice(0, 37)}...` : raw);
}

function parseNumber(field: NumberField, raw: string, readPeople: PeopleReader, currency: string | undefined): number | string {
  if (raw.length > NUMBER_TEXT_MAX && raw.trim().length > NUMBER_TEXT_MAX)
    return `${shown(raw)} is too long to be a number (${NUMBER_TEXT_MAX} characters at most)`;
  // A trailing % is what people type for a percentage; accept it there only.
  const text = field.unit === '%' ? raw.trim().replace(/%$/, '') : raw.trim();
  let value = NUMBER.test(text) ? Number(text) : NaN;
  // Money and head-counts as people type them (180,000, 180 000, 180k). A form that could mean two
  // things (180.000) is refused with how to write it, never read a thousand times too small. Plain
  // digits mean what they say, so the reader (loaded on demand by the page) is not asked.
  if (field.kind !== undefined && !PLAIN_DIGITS.test(text) && PEOPLE_NUMBER.test(text) && DIGIT.test(text)) {
    const read = readPeople(text);
    if (!read.ok) return read.message;
    value = read.value;
  }
  // Money's range scales with its currency (currencies.ts): a yen cost is a hundred times a dollar one.
  const ok =
    Number.isFinite(value) && value >= field.min && value <= fieldTop(field, currency) && (!field.integer || Number.isInteger(value));
  return ok ? value : `${rangeRuleIn(field, currency)} (got ${shown(raw)})`;
}

export function parseFields(
  raw: RawFields,
  trapSignIds: readonly string[],
  readPeople: PeopleReader,
): { answers: Answers | null; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const out: AnswersDraft = {};
  const metrics: Partial<Record<MetricKey, number>> = {};
  const given = (flag: string): string | undefined => {
    // Callers pass strings, but a hostile caller (or a future one) may not: never throw on that.
    const value: unknown = raw[flag];
    if (value === undefined || value === null) return undefined;
    // String() itself can throw (an object with a broken toString), so only convert plain scalars.
    const text = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '(not text)';
    return text.trim() === '' ? undefined : text;
  };
  // The currency first: money's range depends on it.
  const currency = given(CURRENCY_FLAG)?.trim().toUpperCase();
  if (currency !== undefined) {
    if (CURRENCY.test(currency) && isCurrencyCode(currency)) out.currency = currency;
    else errors.push({ flag: CURRENCY_FLAG, message: `${CURRENCY_RULE} (got ${shown(given(CURRENCY_FLAG) ?? '')})` });
  }
  const read = (field: NumberField): number | undefined => {
    const text = given(field.flag);
    if (text === undefined) {
      if (field.required) errors.push({ flag: field.flag, message: missingRule(rangeRule(field)) });
      return undefined;
    }
    const value = parseNumber(field, text, readPeople, out.currency);
    if (typeof value !== 'string') return value;
    errors.push({ flag: field.flag, message: value });
    return undefined;
  };
  for (const field of [...NUMBER_FIELDS, ...BUSINESS_FIELDS]) {
    const value = read(field);
    if (value !== undefined) out[field.key] = value;
  }
  for (const field of METRIC_FIELDS) {
    const value = read(field);
    if (value !== undefined) metrics[field.key] = value;
  }
  for (const field of BOOLEAN_FIELDS) {
    const text = given(field.flag)?.trim().toLowerCase();
    if (text === undefined) continue;
    if (YES.has(text)) out[field.key] = true;
    else if (NO.has(text)) out[field.key] = false;
    else errors.push({ flag: field.flag, message: `must be yes or no (got ${shown(given(field.flag) ?? '')})` });
  }
  const signs = given(TRAP_SIGNS_FLAG);
  if (signs !== undefined) {
    const ids = [
      ...new Set(
        signs
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ];
    const unknown = ids.filter((id) => !trapSignIds.includes(id));
    if (unknown.length > 0) {
      errors.push({ flag: TRAP_SIGNS_FLAG, message: `${trapSignRule(trapSignIds)} (got ${shown(unknown[0] ?? '')})` });
    } else out.trapSigns = ids;
  }
  for (const rule of onlyWhenProblems(out)) errors.push({ flag: rule.flag, message: rule.message });
  const flagOf = (key: string) => [...NUMBER_FIELDS, ...BUSINESS_FIELDS].find((f) => f.key === key)?.flag ?? key;
  for (const c of answerConflicts(out)) errors.push({ flag: flagOf(c.key), message: c.message });
  if (Object.keys(metrics).length > 0) out.metrics = metrics;
  return errors.length === 0 && isComplete(out) ? { answers: out, errors } : { answers: null, errors };
}

/**
 * The page's reading: a bad business-case input or assumption is marked on its field, but the
 * result is still worked out, with that input left to its default, so one slip never blanks the
 * whole result. The CLI keeps parseFields' strictness (exit 2 naming the flag).
 */
export function parseFieldsKeepingResult(
  raw: RawFields,
  trapSignIds: readonly string[],
  readPeople: PeopleReader,
): { answers: Answers | null; errors: FieldError[] } {
  const first = parseFields(raw, trapSignIds, readPeople);
  const business = new Set(BUSINESS_FIELDS.map((f) => f.flag));
  if (first.answers || !first.errors.every((e) => business.has(e.flag))) return first;
  const without = { ...raw };
  for (const e of first.errors) without[e.flag] = undefined;
  return { answers: parseFields(without, trapSignIds, readPeople).answers, errors: first.errors };
}
