/**
 * Currencies: which codes are currencies (ISO 4217), and how far a money answer may go in each.
 * A loaded cost of 10,000,000 is implausible in euros and ordinary in yen, so the range of a money
 * answer and the floor under which a cost "looks too low" scale with the currency.
 *
 * Basis: roughly how many units one US dollar buys (central-bank reference rates of 2025), of
 * which only the powers of ten are kept (TABLE below): a range's top scales
 * by the power of ten at or above the rate, the "looks too low" floor by the one at or below it,
 * so drifting rates never refuse a real cost or flag a plausible one. A currency worth more than
 * a dollar (GBP, KWD) keeps the dollar's range; a valid code missing here gets the widest top
 * and the dollar's floor. No figure is converted: costs stay in the currency given.
 */

import type { NumberField } from './field-types.ts';
import { rangeRule } from './questions.ts';

/**
 * ISO 4217 codes (list one, 2025, with a few just retired so older records stay valid). A code
 * with a rough rate is followed by two digits: the power of ten at or below the rate (the floor's)
 * and at or above it (the top's). JPY, about 150 a dollar, is JPY23; KRW, about 1,400, KRW34;
 * EUR and GBP, under one, 00; a code without digits gets the widest top. Compact: the page ships it.
 */
const TABLE =
  'AED01AFNALLAMD23ANGAOAARS34AUD01AWGAZNBAMBBDBDT23BGN01BHD00BIFBMDBNDBOBBRL01BSDBTNBWPBYNBZDCAD01CDFCHF00CLP23CNY01COP34CRCCUCCUPCVECZK12DJFDKK01DOPDZDEGP12ERNETBEUR00FJDFKPGBP00GEL01GHS12GIPGMDGNFGTQGYDHKD01HNLHRKHTGHUF23IDR45ILS01INR12IQDIRR45ISK23JMDJOD00JPY23KES23KGSKHRKMFKPWKRW34KWD00KYDKZT23LAK45LBP' +
  '45LKR23LRDLSLLYDMAD11MDLMGAMKDMMKMNTMOPMRUMURMVRMWKMXN12MYR01MZNNADNGN34NIONOK12NPR23NZD01OMR00PABPEN01PGKPHP12PKR23PLN01PYG34QAR01RON01RSD23RUB12RWFSAR01SBDSCRSDGSEK12SGD01SHPSLESLLSOSSRDSSPSTNSVCSYPSZLTHB12TJSTMTTNDTOPTRY12TTDTWD12TZSUAH12UGXUSD00UYU12UZS45VESVND45VUVWSTXAFXCDXCGXOFXPFYERZAR12ZMWZWGZWL';

const POWERS = new Map<string, readonly [number, number] | null>(
  [...TABLE.matchAll(/([A-Z]{3})(\d\d)?/g)].map(([, code, p]) => [code!, p ? [Number(p[0]), Number(p[1])] : null]),
);
export const CURRENCY_CODES = [...POWERS.keys()] as [string, ...string[]];

/** The widest top of a range, for a currency without a rate in TABLE (and the schema before the currency is known). */
export const WIDEST_MONEY_FACTOR = 1_000_000;

export function isCurrencyCode(code: string): boolean {
  return POWERS.has(code);
}

export { CURRENCY_RULE } from './answer-rules.ts';

/** How much further than in dollars a money answer's range goes, and its "looks too low" floor. */
export function currencyFactors(currency: string | undefined | null): { top: number; floor: number } {
  const powers = currency ? POWERS.get(currency) : undefined;
  if (powers === undefined) return { top: 1, floor: 1 };
  return powers ? { top: 10 ** powers[1], floor: 10 ** powers[0] } : { top: WIDEST_MONEY_FACTOR, floor: 1 };
}

/** The top of a number field's range in this currency: money scales with it, anything else does not. */
export function fieldTop(field: NumberField, currency: string | undefined | null): number {
  return field.kind === 'money' ? field.max * currencyFactors(currency).top : field.max;
}

/** rangeRule() in the currency given: "must be a number from 1 to 1000000000 in JPY". */
export function rangeRuleIn(field: NumberField, currency: string | undefined | null): string {
  const top = fieldTop(field, currency);
  return top === field.max ? rangeRule(field) : `${rangeRule({ ...field, max: top })} in ${currency}`;
}

/** Money answers beyond their currency's range (the schema alone allows the widest range). */
export function moneyRangeProblems(
  answers: Readonly<Record<string, unknown>>,
  fields: readonly NumberField[],
): { key: string; message: string }[] {
  const currency = typeof answers.currency === 'string' ? answers.currency : undefined;
  return fields
    .filter((f) => f.kind === 'money' && typeof answers[f.key] === 'number' && (answers[f.key] as number) > fieldTop(f, currency))
    .map((f) => ({ key: f.key, message: rangeRuleIn(f, currency) }));
}
