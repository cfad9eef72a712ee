/** Numbers as the faces print them: fixed separators, so the CLI and the page agree. */

/** Digits as people write them, never 1e-7 or 1e+21 (what String() gives for very small or large numbers). */
const plainDigits = (n: number) => {
  const s = String(n);
  // Intl is slow (a 10,000-record history prints millions of numbers): ask it only for an exponent.
  return Number.isFinite(n) && s.includes('e') ? n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 }) : s;
};

/** 10500000 -> "10,500,000"; 52.5 -> "52.5"; 0.0000001 -> "0.0000001". */
export function groupDigits(n: number): string {
  const [whole, fraction] = plainDigits(Math.abs(n)).split('.');
  const grouped = (whole ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

export function moneyText(amount: number, currency: string | null): string {
  return currency ? `${groupDigits(amount)} ${currency}` : groupDigits(amount);
}

/** A value with its unit: "3 months", "1 month", "50%", "10 developers". */
export function withUnit(n: number, unit: string): string {
  if (unit === '%') return `${groupDigits(n)}%`;
  return `${groupDigits(n)} ${n === 1 ? unit.replace(/s$/, '') : unit}`;
}
