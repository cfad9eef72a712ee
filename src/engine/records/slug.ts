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

/** Latin letters that have no accent to drop, spelled as English readers would type them. */
const LATIN: Record<string, string> = { ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i', ħ: 'h' };

/** FNV-1a (32 bits) of the UTF-8 bytes, in base 36: short, and the same on every machine for ever. */
export function nameHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash.toString(36).padStart(7, '0');
}

/**
 * A name's part of a web address, the same whatever other names exist or how they sort. A name
 * whose letters are a-z and digits once accents are dropped keeps its plain slug ("Équipe Données"
 * is `equipe-donnees`, as it always was); any other name gets what can be spelled in a-z (perhaps
 * nothing) and a short hash of the name as compared (nameKey), so "支払い" and "決済" get two
 * addresses of their own, and "Møller" never takes "Moller"'s.
 */
export function nameSlug(text: string): string {
  const key = nameKey(text);
  const plain = slugify(text, '');
  if (plain && /^[a-z0-9-]+$/.test(key)) return plain;
  const spelled = slugify(
    key.replace(/[ßæøœđðþłıħ]/g, (c) => LATIN[c] ?? c),
    '',
  );
  return spelled ? `${spelled}-${nameHash(key)}` : nameHash(key);
}

/** The longest page name the build writes for a unit (file systems stop at 255 bytes). */
const PAGE_SLUG_MAX = 200;

/** A unit's page name under /history/: organisation and unit slugs. */
export function timelineSlug(organization: string, unit: string | undefined | null): string {
  return unit ? `${nameSlug(organization)}--${nameSlug(unit)}` : nameSlug(organization);
}

/**
 * The page name this unit had before slugs were stable (plain slugs, "unnamed" for a name in
 * another script), so an old bookmark can be sent on; null when it is the address it has now.
 */
export function formerTimelineSlug(organization: string, unit: string | undefined | null): string | null {
  const former = unit ? `${slugify(organization)}--${slugify(unit)}` : slugify(organization);
  return former === timelineSlug(organization, unit) ? null : former;
}

/** Why the build could not write this unit's pages, or null when it can. */
export function pageSlugProblem(
  organization: string,
  unit: string | undefined,
): { field: 'organization' | 'unit'; message: string } | null {
  const slug = timelineSlug(organization, unit);
  if (slug.length <= PAGE_SLUG_MAX) return null;
  const field = unit && nameSlug(unit).length > nameSlug(organization).length ? 'unit' : 'organization';
  return {
    field,
    message: `makes a page name of ${slug.length} characters once written for a web address; the build can write at most ${PAGE_SLUG_MAX}: shorten the organisation or the unit`,
  };
}

/** A letter or digit: one character of a page name (an accented letter loses its accent, keeps its place). */
const SLUG_CHAR = '[\\p{L}\\p{N}]';

/** A JSON Schema pattern for text whose page name has at most `n` characters: each letter or digit, and each run of anything else between two, counts one. */
function slugAtMost(n: number): string {
  return `^[^\\p{L}\\p{N}]*(?:${SLUG_CHAR}|[^\\p{L}\\p{N}]+(?=${SLUG_CHAR})){0,${n}}[^\\p{L}\\p{N}]*$`;
}

/**
 * pageSlugProblem() as JSON Schema for a record whose names are at most `nameMax` characters: the
 * organisation's and the unit's page names, with the "--" between them, fit PAGE_SLUG_MAX. JSON
 * Schema cannot add two lengths, so it lists every split that fits. Exact for names in Latin
 * letters and digits; letters of scripts the web address drops (Japanese, say) count here as one
 * character each, so such very long names are refused here a little before `check` refuses them.
 */
export function pageSlugJsonSchema(nameMax: number): Record<string, unknown> {
  const room = PAGE_SLUG_MAX - 2;
  const splits = [];
  for (let org = Math.max(0, room - nameMax); org <= Math.min(nameMax, room); org++)
    splits.push({ properties: { organization: { pattern: slugAtMost(org) }, unit: { pattern: slugAtMost(room - org) } } });
  return { anyOf: [{ not: { required: ['unit'] } }, ...splits] };
}
