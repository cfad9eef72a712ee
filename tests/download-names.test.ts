/**
 * A downloaded record's file name, as the README tells a person to expect it (issue 34): one
 * person's answers carry their name, so several respondents' files never overwrite each other;
 * a combined record does not.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordFileName } from '#src/engine/records/record-build.ts';

const readme = readFileSync('README.md', 'utf8');
const meta = { organization: 'Org', unit: 'Unit', assessedOn: '2026-11-02' };

describe('download names', () => {
  it("name one person's answers organisation-unit-name-date, as the README says", () => {
    expect(recordFileName(meta, 'Name')).toBe('org-unit-name-2026-11-02.yaml');
    expect(readme).toContain('`org-unit-name-date.yaml`');
  });

  it('name a combined record organisation-unit-date, as the README says', () => {
    expect(recordFileName(meta)).toBe('org-unit-2026-11-02.yaml');
    expect(readme).toContain('`org-unit-date.yaml`');
  });

  it('keep two respondents of one unit and day apart', () => {
    expect(recordFileName(meta, 'CTO')).not.toBe(recordFileName(meta, 'Platform lead'));
  });
});
