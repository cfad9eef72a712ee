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
