/**
 * Writes an assessment record as YAML, in the one field order `assess check` documents.
 * Hand-written rather than the yaml package because it ships to the browser (the page's
 * "Download YAML"), and a record's shape is small and fixed. Tests parse its output back.
 */
import { BOOLEAN_FIELDS, BUSINESS_FIELDS, METRIC_FIELDS, NUMBER_FIELDS, type Answers } from '../inputs/fields.ts';
import { BENCHMARK_KEYS } from '../inputs/dora-flags.ts';
import { DORA_METRICS } from '../inputs/dora-questions.ts';
import { MULTI_SCHEMA_VERSION, type AssessmentRecord } from './record.ts';
import type { RecordForecast } from './forecast.ts';

const DORA_KEYS = [...DORA_METRICS, ...BENCHMARK_KEYS, 'edition'] as const;

/** JSON strings are YAML double-quoted scalars; also escape what YAML will not take raw. */
function quote(text: string): string {
  return JSON.stringify(text).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function answersYaml(a: Answers, indent: string): string[] {
  const lines: string[] = [];
  for (const f of NUMBER_FIELDS) if (a[f.key] !== undefined) lines.push(`${indent}${f.key}: ${a[f.key]}`);
  for (const f of BOOLEAN_FIELDS) if (a[f.key] !== undefined) lines.push(`${indent}${f.key}: ${a[f.key]}`);
  if (a.trapSigns !== undefined) {
    lines.push(a.trapSigns.length === 0 ? `${indent}trapSigns: []` : `${indent}trapSigns:`);
    for (const id of a.trapSigns) lines.push(`${indent}  - ${id}`);
  }
  for (const f of BUSINESS_FIELDS) if (a[f.key] !== undefined) lines.push(`${indent}${f.key}: ${a[f.key]}`);
  if (a.currency !== undefined) lines.push(`${indent}currency: ${quote(a.currency)}`);
  const metrics = METRIC_FIELDS.filter((f) => a.metrics?.[f.key] !== undefined);
  if (metrics.length > 0) {
    lines.push(`${indent}metrics:`);
    for (const f of metrics) lines.push(`${indent}  ${f.key}: ${a.metrics?.[f.key]}`);
  }
  const dora = a.dora ? DORA_KEYS.filter((k) => a.dora?.[k] !== undefined) : [];
  if (dora.length > 0) {
    lines.push(`${indent}dora:`);
    for (const k of dora) {
      const v = a.dora?.[k];
      lines.push(`${indent}  ${k}: ${typeof v === 'string' ? quote(v) : String(v)}`);
    }
  }
  return lines;
}

const FORECAST_NUMBERS = ['teamSize', 'horizonMonths', 'taxFte', 'winBackFte', 'reachPercent', 'winBackMoney'] as const;

/** The case as made on the day (forecast.ts): written last, after the answers it was made from. */
function forecastYaml(f: RecordForecast): string[] {
  const lines = ['# The business case as made on this day, kept so a later framework does not rewrite it.', 'forecast:'];
  for (const k of FORECAST_NUMBERS) if (f[k] !== undefined) lines.push(`  ${k}: ${f[k]}`);
  if (f.currency !== undefined) lines.push(`  currency: ${quote(f.currency)}`);
  if (f.paybackMonth !== undefined) lines.push(`  paybackMonth: ${f.paybackMonth}`);
  lines.push(`  paybackStatus: ${f.paybackStatus}`, '  assumptions:');
  for (const [k, v] of Object.entries(f.assumptions)) lines.push(`    ${k}: ${v}`);
  lines.push('  winBackRange:', `    low: ${f.winBackRange.low}`, `    high: ${f.winBackRange.high}`);
  return lines;
}

/**
 * `schemaRef` is where editors find the JSON Schema (a path relative to the file, or the site's
 * URL): written as the yaml-language-server comment, so the record is validated while it is edited.
 */
export function recordToYaml(record: AssessmentRecord, schemaRef?: string): string {
  const lines = [
    ...(schemaRef ? [`# yaml-language-server: $schema=${schemaRef.replace(/\s/g, '')}`] : []),
    '# platform-fit assessment record. Check it with: npm run assess -- check',
  ];
  lines.push(`schemaVersion: ${record.schemaVersion}`);
  lines.push(`organization: ${quote(record.organization)}`);
  if (record.unit !== undefined) lines.push(`unit: ${quote(record.unit)}`);
  lines.push(`assessedOn: ${record.assessedOn}`);
  if (record.assessedBy !== undefined) lines.push(`assessedBy: ${quote(record.assessedBy)}`);
  if (record.frameworkVersion !== undefined) lines.push(`frameworkVersion: ${quote(record.frameworkVersion)}`);
  if (record.notes !== undefined) lines.push(`notes: ${quote(record.notes)}`);
  if (record.schemaVersion === MULTI_SCHEMA_VERSION) {
    lines.push('respondents:');
    for (const r of record.respondents) {
      lines.push(`  - name: ${quote(r.name)}`);
      if (r.notes !== undefined) lines.push(`    notes: ${quote(r.notes)}`);
      lines.push('    answers:', ...answersYaml(r.answers, '      '));
    }
  } else {
    lines.push('answers:', ...answersYaml(record.answers, '  '));
  }
  if (record.forecast !== undefined) lines.push(...forecastYaml(record.forecast));
  return `${lines.join('\n')}\n`;
}
