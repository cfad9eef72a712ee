/** Numbers as the faces print them: fixed separators, so the CLI and the page agree. */

/** Digits as people write them, never 1e-7 or 1e+21 (what String() gives for very small or large numbers). */
const plainDigits = (n: number) =>
  Number.isFinite(n) ? n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 }) : String(n);

/** 10500000 -> "10,500,000"; 52.5 -> "52.5"; 0.0000001 -> "0.0000001". */
export function groupDigits(n: number): string {
  const [whole, fraction] = plainDigits(Math.abs(n)).split('.');
  const grouped = (whole ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

export function moneyText(amount: number, currency: string | null): string {
  return currency ? `${groupDigits(amount)} ${currency}` : groupDigits(amount);
}
