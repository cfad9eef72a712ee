/** Numbers as the faces print them: fixed separators, so the CLI and the page agree. */

/** 10500000 -> "10,500,000"; 52.5 -> "52.5". */
export function groupDigits(n: number): string {
  const [whole, fraction] = String(Math.abs(n)).split('.');
  const grouped = (whole ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

export function moneyText(amount: number, currency: string | null): string {
  return currency ? `${groupDigits(amount)} ${currency}` : groupDigits(amount);
}
