/**
 * The page's import reads files as strictly as the CLI (UTF-8 only, the same message shape), and a
 * respondent named after a file gets a name Download YAML accepts.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importRecords } from '#src/components/assessment/import-records.ts';
import { checkRecord } from '#src/components/assessment/check-record.ts';
import { multiRecord } from '#src/engine/records/record-build.ts';
import { nameFromFile } from '#src/engine/records/record.ts';
import { assess, TODAY, tempDir } from './cli-helpers.ts';
import { fixtureFramework } from './helpers.ts';

const framework = fixtureFramework();
const tmp = tempDir('pf-page-import-');
const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
const recordText = (extra = '') =>
  `schemaVersion: 1\norganization: Acme\nassessedOn: "2026-11-02"\n${extra}answers: { teamSize: 40, infraTimeShare: 10, onboardingDays: 3 }\n`;

describe('importing a file that is not UTF-8', () => {
  it('is refused by the page as the CLI refuses it, instead of turning Müller into M\\uFFFDller', async () => {
    const bytes = latin1(recordText('assessedBy: Müller\n'));
    const page = await importRecords([new File([bytes], 'mueller.yaml')], framework, [], TODAY);
    writeFileSync(join(tmp, 'mueller.yaml'), bytes);
    const cli = await assess(join(tmp, 'mueller.yaml'));
    expect({ page: page.errors, respondents: page.respondents.length }).toMatchInlineSnapshot(`
      {
        "page": [
          "mueller.yaml: not UTF-8: byte 74 (0xfc) is invalid; save the file as UTF-8",
        ],
        "respondents": 0,
      }
    `);
    expect(cli.stderr.replaceAll(tmp, 'TMP')).toMatchInlineSnapshot(`
      "TMP/mueller.yaml: not UTF-8: byte 74 (0xfc) is invalid; save the file as UTF-8
      "
    `);
  });
});

describe('a respondent named after their file', () => {
  it.each([
    ['cto.yaml', 'cto'],
    ['.yaml', 'Respondent'],
    ['   .yml', 'Respondent'],
    ['a\u0007b\tc.yaml', 'a b c'],
    [`${'N'.repeat(200)}.yaml`, 'N'.repeat(120)],
    [`${'N'.repeat(119)}😀.yaml`, 'N'.repeat(119)],
  ])('%j is named %j', (file, name) => {
    expect(nameFromFile(file)).toBe(name);
  });

  it('gets a name Download YAML accepts, from an empty or a 200-character file name', async () => {
    const files = ['.yaml', `${'N'.repeat(200)}.yaml`].map((name) => new File([recordText()], name));
    const { respondents, errors } = await importRecords(files, framework, [], TODAY);
    expect(errors).toEqual([]);
    const record = multiRecord({ organization: 'Acme', assessedOn: '2026-11-02' }, respondents, framework.version);
    expect(checkRecord(record, framework, TODAY)).toEqual([]);
  });
});
