/**
 * Currencies: which codes are currencies (ISO 4217), and how far a money answer may go in each.
 * A loaded cost of 10,000,000 is implausible in euros and ordinary in yen, so the range of a money
 * answer and the floor under which a cost "looks too low" scale with the currency.
 *
 * Basis: RATES is roughly how many units one US dollar buys (one or two significant figures,
 * central-bank reference rates of 2025). Only its power of ten is used: a range's top scales
 * by the power of ten at or above the rate, the "looks too low" floor by the one at or below it,
 * so drifting rates never refuse a real cost or flag a plausible one. A currency worth more than
 * a dollar (GBP, KWD) keeps the dollar's range; a valid code missing here gets the widest top
 * and the dollar's floor. No figure is converted: costs stay in the currency given.
 */

import type { NumberField } from './field-types.ts';
import { rangeRule } from './questions.ts';

/** ISO 4217 codes (list one, 2025, with a few just retired so older records stay valid). */
export const CURRENCY_CODES = (
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF CLP CNY ' +
  'COP CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HRK HTG HUF IDR ' +
  'ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP ' +
  'MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG ' +
  'SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST ' +
  'XAF XCD XCG XOF XPF YER ZAR ZMW ZWG ZWL'
).split(' ') as [string, ...string[]];
const CODES = new Set(CURRENCY_CODES);

/** Units one US dollar buys, roughly (see the basis above); only the power of ten counts. */
const RATES: Readonly<Record<string, number>> = {
  ...{ USD: 1, EUR: 0.9, GBP: 0.8, CHF: 0.9, CAD: 1.4, AUD: 1.5, NZD: 1.7, SGD: 1.3, HKD: 7.8, CNY: 7.2, TWD: 32, JPY: 150 },
  ...{ KRW: 1400, INR: 85, IDR: 16000, MYR: 4.5, THB: 35, PHP: 57, VND: 25000, PKR: 280, BDT: 120, LKR: 300, NPR: 135 },
  ...{ SEK: 10.5, NOK: 10.8, DKK: 6.8, ISK: 138, PLN: 3.9, CZK: 23, HUF: 360, RON: 4.6, BGN: 1.8, RSD: 105, TRY: 38 },
  ...{ UAH: 41, RUB: 90, ILS: 3.7, AED: 3.7, SAR: 3.75, QAR: 3.6, EGP: 50, MAD: 10, ZAR: 18, NGN: 1500, KES: 130, GHS: 15 },
  ...{ MXN: 19, BRL: 5.5, ARS: 1100, CLP: 950, COP: 4100, PEN: 3.7, UYU: 40, KZT: 500, UZS: 12700, GEL: 2.7, AMD: 390 },
  ...{ IRR: 42000, LBP: 89500, LAK: 21000, PYG: 7500, KWD: 0.31, BHD: 0.38, OMR: 0.38, JOD: 0.71 },
};

/** The widest top of a range, for a currency missing from RATES (and the schema before the currency is known). */
export const WIDEST_MONEY_FACTOR = 1_000_000;

export function isCurrencyCode(code: string): boolean {
  return CODES.has(code);
}

export const CURRENCY_RULE = 'must be an ISO 4217 currency code such as EUR, USD or JPY';

/** How much further than in dollars a money answer's range goes, and its "looks too low" floor. */
export function currencyFactors(currency: string | undefined | null): { top: number; floor: number } {
  if (!currency) return { top: 1, floor: 1 };
  const rate = RATES[currency];
  if (rate === undefined) return { top: CODES.has(currency) ? WIDEST_MONEY_FACTOR : 1, floor: 1 };
  const power = Math.log10(Math.max(rate, 1));
  return { top: 10 ** Math.ceil(power - 1e-9), floor: 10 ** Math.floor(power + 1e-9) };
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
