/**
 * Money in every currency (issue 32, items 7 and 11): a loaded cost's range and its "looks too
 * low" floor scale with the currency, and a code that is no currency is refused, by the flags, the
 * page's reader and records alike.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '#src/engine/decision/evaluate.ts';
import { currencyFactors, isCurrencyCode } from '#src/engine/inputs/currencies.ts';
import { parseFields } from '#src/engine/inputs/parse-fields.ts';
import { readPeopleNumber } from '#src/engine/inputs/parse-number.ts';
import { recordProblems } from '#src/engine/records/record-schema.ts';
import type { AssessmentRecord } from '#src/engine/records/record.ts';
import { assess, BASE, TODAY } from './cli-helpers.ts';
import { fixtureFramework } from './helpers.ts';

const framework = fixtureFramework();
const BASE_FIELDS = { 'team-size': '150', 'infra-share': '35', 'onboarding-days': '21' };
const fields = (cost: string, currency?: string) =>
  parseFields({ ...BASE_FIELDS, 'engineer-cost': cost, ...(currency ? { currency } : {}) }, [], readPeopleNumber);
const record = (engineerCost: number, currency?: string): AssessmentRecord => ({
  schemaVersion: 1,
  organization: 'Acme',
  assessedOn: '2026-01-01',
  answers: { teamSize: 150, infraTimeShare: 35, onboardingDays: 21, engineerCost, ...(currency ? { currency } : {}) },
});
const messages = (r: AssessmentRecord) => recordProblems(r, framework, { today: TODAY }).map((p) => `${p.path.join('.')}: ${p.message}`);

describe('a loaded cost in yen or won', () => {
  it.each([
    ['15000000', 'JPY'],
    ['120,000,000', 'KRW'],
    ['60m', 'XAF'],
  ])('%s %s is read by the flags and the page, and kept by a record', (cost, currency) => {
    const read = fields(cost, currency);
    expect(read.errors).toEqual([]);
    expect(messages(record(read.answers!.engineerCost!, currency))).toEqual([]);
  });

  it('is still refused beyond its own range, saying the range in that currency (flags, page, records)', () => {
    expect(fields('20,000,000,000', 'JPY').errors).toMatchInlineSnapshot(`
      [
        {
          "flag": "engineer-cost",
          "message": "must be a number from 1 to 10000000000 in JPY (got "20,000,000,000")",
        },
      ]
    `);
    expect(messages(record(20_000_000_000, 'JPY'))).toMatchInlineSnapshot(`
      [
        "answers.engineerCost: must be a number from 1 to 10000000000 in JPY",
      ]
    `);
  });

  it('keeps the range a cost without a currency, or in euros, always had', () => {
    expect(fields('15000000').errors[0]?.message).toBe('must be a number from 1 to 10000000 (got "15000000")');
    expect(fields('15000000', 'EUR').errors[0]?.message).toBe('must be a number from 1 to 10000000 (got "15000000")');
    expect(messages(record(15_000_000, 'USD'))).toEqual(['answers.engineerCost: must be a number from 1 to 10000000']);
  });

  it('says a cost looks too low against the floor in its currency', async () => {
    const low = (cost: number, currency: string) =>
      evaluate({ teamSize: 150, infraTimeShare: 35, onboardingDays: 21, engineerCost: cost, currency }, framework, { assessedOn: TODAY })
        .businessCase.costLooksWrong;
    expect([low(500_000, 'JPY'), low(8_000_000, 'JPY'), low(9_000, 'EUR'), low(90_000, 'EUR'), low(5_000_000, 'KRW')]).toEqual([
      true,
      false,
      true,
      false,
      true,
    ]);
    const r = await assess(...BASE, '--engineer-cost', '500000', '--currency', 'JPY');
    expect(r.stdout).toContain('A loaded cost of 500,000 JPY a year looks too low for one engineer: check it.');
    expect((await assess(...BASE, '--engineer-cost', '8000000', '--currency', 'JPY')).stdout).not.toContain('looks too low');
  });

  it('scales by powers of ten only: a drifting rate never refuses a real cost or flags a plausible one', () => {
    const factors = ['USD', 'EUR', 'GBP', 'KWD', 'JPY', 'KRW', 'INR', 'SEK', 'XAF', 'ZZZ'].map((c) => {
      const { top, floor } = currencyFactors(c);
      return `${c}: top x${top}, floor x${floor}`;
    });
    expect(factors).toMatchInlineSnapshot(`
      [
        "USD: top x1, floor x1",
        "EUR: top x1, floor x1",
        "GBP: top x1, floor x1",
        "KWD: top x1, floor x1",
        "JPY: top x1000, floor x100",
        "KRW: top x10000, floor x1000",
        "INR: top x100, floor x10",
        "SEK: top x100, floor x10",
        "XAF: top x1000000, floor x1",
        "ZZZ: top x1, floor x1",
      ]
    `);
  });
});

describe('a currency code', () => {
  it('is an ISO 4217 code, on every face', async () => {
    expect(isCurrencyCode('EUR') && !isCurrencyCode('ABC')).toBe(true);
    const r = await assess(...BASE, '--currency', 'ABC');
    expect(`${r.stderr}(exit ${r.code})`).toMatchInlineSnapshot(`
      "assess: --currency: must be an ISO 4217 currency code such as EUR, USD or JPY (got "ABC")
      (exit 2)"
    `);
    expect(fields('180000', 'abc').errors.map((e) => e.message)).toEqual([
      'must be an ISO 4217 currency code such as EUR, USD or JPY (got "abc")',
    ]);
    expect(messages(record(180_000, 'ABC'))).toMatchInlineSnapshot(`
      [
        "answers.currency: must be an ISO 4217 currency code such as EUR, USD or JPY (got "ABC")",
      ]
    `);
  });
});
