/**
 * Building a record from what a person typed: the CLI's --save, merge and the page's Download YAML
 * all call these, so a record's shape (which fields, trimmed, empty ones left out) is decided once.
 */
import type { Answers } from '../inputs/fields.ts';
import { slugify } from './slug.ts';
import { MULTI_SCHEMA_VERSION, SCHEMA_VERSION, type MultiRecord, type Respondent, type SingleRecord } from './record.ts';

export interface RecordMeta {
  organization?: string | undefined;
  unit?: string | undefined;
  assessedOn: string;
  assessedBy?: string | undefined;
  notes?: string | undefined;
}

const clean = (text: string | undefined): string | undefined => text?.trim() || undefined;

function base(meta: RecordMeta, frameworkVersion: string) {
  const fields = {
    organization: clean(meta.organization) ?? '',
    unit: clean(meta.unit),
    assessedOn: meta.assessedOn,
    assessedBy: clean(meta.assessedBy),
    notes: clean(meta.notes),
    frameworkVersion,
  };
  // Leave out what was not given, so the YAML holds only what the person said.
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as typeof fields;
}

export function singleRecord(meta: RecordMeta, answers: Answers, frameworkVersion: string): SingleRecord {
  return { schemaVersion: SCHEMA_VERSION, ...base(meta, frameworkVersion), answers };
}

export function multiRecord(meta: RecordMeta, respondents: readonly Respondent[], frameworkVersion: string): MultiRecord {
  return { schemaVersion: MULTI_SCHEMA_VERSION, ...base(meta, frameworkVersion), respondents: [...respondents] };
}

/** Which flag or form field a record field came from, so a writer's refusal names what to change. */
export const FIELD_FLAGS: Record<string, string> = {
  organization: 'org',
  unit: 'unit',
  assessedOn: 'date',
  assessedBy: 'by',
  notes: 'notes',
};

const slug = (text: string | undefined) => slugify(text ?? '', '').slice(0, 40);

/**
 * A download's name says what it holds, so two never collide in a Downloads folder:
 * `org-unit-2026-11-02.yaml` for a combined record, `org-unit-dana-2026-11-02.yaml` for one
 * respondent's answers (README.md says the same; tests/download-names.test.ts holds them together).
 */
export function recordFileName(meta: RecordMeta, respondentName?: string): string {
  const parts = [slug(meta.organization), slug(meta.unit), slug(respondentName)].filter(Boolean);
  return `${[...parts, meta.assessedOn].join('-')}.yaml`;
}
