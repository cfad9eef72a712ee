/**
 * Numbers as `--json` carries them: money to the cent, everything else to nine decimals, so float
 * noise (6855000.000000002) never reaches a reader or a spreadsheet, and nothing a person could
 * check is lost. "Money" is any figure in a money flow or total, and the case's nets when its unit
 * is money.
 */
const cents = (n: number) => Math.round(n * 100) / 100;
const fine = (n: number) => Math.round(n * 1e9) / 1e9;

/** Keys whose numbers are in the case's unit (money when the case is in money). */
const IN_CASE_UNIT = new Set(['net', 'bestNet', 'swing', 'taxMoney', 'teamMoney', 'winBackMoney', 'engineerCost', 'baseNet']);

function walk(value: unknown, money: boolean, caseInMoney: boolean, key = ''): unknown {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || Number.isInteger(value)) return value;
    return money || (caseInMoney && IN_CASE_UNIT.has(key)) ? cents(value) : fine(value);
  }
  if (Array.isArray(value)) return value.map((v) => walk(v, money, caseInMoney, key));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, money || k === 'money', caseInMoney, k)]));
  return value;
}

export function roundForJson<T>(businessCase: T & { timeline: { unit: string } }): T {
  return walk(businessCase, false, businessCase.timeline.unit === 'money') as T;
}
