/** Text as a URL or file-name segment: accents dropped, lower case, runs of anything else as one dash. */
export function slugify(text: string, empty = 'unnamed'): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || empty;
}

/**
 * How two names compare: case, accents, spacing and punctuation aside, so "Payments" and
 * "payments " are one unit. Letters of every script count, so two names in Japanese stay two.
 */
export function nameKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** One unit of one organisation, compared as nameKey() compares names: the engine's one identity for a unit. */
export function unitKey(organization: string, unit: string | undefined | null): string {
  return `${nameKey(organization)}\u0000${nameKey(unit ?? '')}`;
}
