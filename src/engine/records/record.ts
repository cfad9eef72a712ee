/**
 * An assessment record: its types (inferred from record-schema.ts) and the helpers every face uses.
 * Version 1 holds one set of answers; version 2 holds several respondents, each with their own.
 * Version 1 files stay valid as they are: respondentsOf() reads both.
 */
import type { AssessmentRecord } from './record-schema.ts';
import { nameKey } from './slug.ts';
import { CONTROL_CHARACTERS } from '../validation/control-characters.ts';

export { MULTI_SCHEMA_VERSION, RECORD_MAX_BYTES, SCHEMA_VERSION } from './limits.ts';
import { MULTI_SCHEMA_VERSION, NAME_MAX } from './limits.ts';

/** The types come from the record schema (a type-only import: no zod reaches the browser from here). */
export type { AssessmentRecord } from './record-schema.ts';
export type SingleRecord = Extract<AssessmentRecord, { schemaVersion: 1 }>;
export type MultiRecord = Extract<AssessmentRecord, { schemaVersion: 2 }>;
export type Respondent = MultiRecord['respondents'][number];

/** Everyone who answered: a version 1 record is one respondent, named by its assessor. */
export function respondentsOf(record: AssessmentRecord): Respondent[] {
  return record.schemaVersion === MULTI_SCHEMA_VERSION
    ? record.respondents
    : [{ name: record.assessedBy ?? 'Respondent', answers: record.answers }];
}

/**
 * The people in a file, as a respondent is stored: everyone in a version 2 record; a version 1
 * record is one person, named by its assessor or else after its file, with the record's notes as
 * theirs. The page's import and `assess merge` both read files through this, so a person's notes
 * and DORA answers reach the combined record by either way.
 */
export function peopleInFile(record: AssessmentRecord, fileName: string): Respondent[] {
  if (record.schemaVersion === MULTI_SCHEMA_VERSION) return record.respondents;
  const name = record.assessedBy ?? nameFromFile(fileName);
  return [{ name, ...(record.notes ? { notes: record.notes } : {}), answers: record.answers }];
}

/**
 * Each respondent keeps a distinct name: a second "CTO" becomes "CTO (2)", or "CTO (3)" when a
 * "CTO (2)" is already there. A suffixed name still fits in `max` characters.
 */
export function withDistinctNames(list: readonly Respondent[], max = NAME_MAX): Respondent[] {
  const taken = new Set<string>();
  return list.map((r) => {
    let name = r.name;
    for (let n = 2; taken.has(name); n++) {
      const suffix = ` (${n})`;
      name = `${r.name.slice(0, max - suffix.length).trimEnd()}${suffix}`;
    }
    taken.add(name);
    return name === r.name ? r : { ...r, name };
  });
}

/**
 * A person's identity: their name (case, spacing and a " (2)" suffix from withDistinctNames aside)
 * and their answers (key order, the order of listed trap signs and empty groups such as
 * `metrics: {}` or `trapSigns: []` aside). Every import and merge path asks this one function, so no path counts
 * one person twice.
 */
function personKey(r: Respondent): string {
  return `${nameKey(r.name.replace(/\s*\(\d+\)\s*$/, ''))}\u0000${canonical(r.answers)}`;
}

export function sameRespondent(a: Respondent, b: Respondent): boolean {
  return personKey(a) === personKey(b);
}

/** Each person once, first come first kept; `repeats` are the later copies. */
export function distinctPeople<T extends Respondent>(list: readonly T[]): { people: T[]; repeats: { repeat: T; first: T }[] } {
  const seen = new Map<string, T>();
  const repeats: { repeat: T; first: T }[] = [];
  for (const r of list) {
    const first = seen.get(personKey(r));
    if (first) repeats.push({ repeat: r, first });
    else seen.set(personKey(r), r);
  }
  return { people: [...seen.values()], repeats };
}

/** An empty group (`metrics: {}`) or list (`trapSigns: []`, the page's "none ticked") says no more than leaving it out. */
const isEmptyGroup = (v: unknown) =>
  (Array.isArray(v) && v.length === 0) ||
  (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => x === undefined));

/** JSON with sorted keys and sorted lists (answers hold sets, never sequences), empty groups left out. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).sort().join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .filter((k) => {
        const v = (value as Record<string, unknown>)[k];
        return v !== undefined && !isEmptyGroup(v);
      })
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/** The page's respondents: the person at the keyboard, then those imported, each person once and each name distinct. */
export function everyoneOnce(own: Respondent | null, imported: readonly Respondent[]): Respondent[] {
  return withDistinctNames(distinctPeople([...(own ? [own] : []), ...imported]).people);
}

/**
 * A respondent named after their file ("cto.yaml" -> "cto"), cleaned to what a record accepts:
 * no folder or extension, no control characters, spaces collapsed, at most NAME_MAX characters
 * (never half a surrogate pair), and "Respondent" when nothing is left.
 */
export function nameFromFile(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/i, '');
  let name = base.replace(new RegExp(CONTROL_CHARACTERS.source, 'g'), ' ').replace(/\s+/g, ' ').trim().slice(0, NAME_MAX);
  if (/[\ud800-\udbff]$/.test(name)) name = name.slice(0, -1);
  return name.trim() || 'Respondent';
}
