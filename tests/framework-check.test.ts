/**
 * `assess check` refuses a framework the build cannot use or that cannot work: a guide link to
 * nowhere (the build refused it, without a line) and a trap threshold above the number of signs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess, FIXTURE_FRAMEWORK, tempDir } from './cli-helpers.ts';
import { linesByText } from './helpers.ts';

const dir = tempDir('pf-framework-');

function framework(name: string, edit: (text: string) => string): string {
  const file = join(dir, `${name}.yaml`);
  writeFileSync(file, edit(readFileSync(FIXTURE_FRAMEWORK, 'utf8')));
  return file;
}

describe('assess check and the framework', () => {
  it('names each guide link that leads nowhere, with its line', async () => {
    const file = framework('links', (t) =>
      t
        .replace('guide: /best-practices/#build-for-removal', 'guide: /best-practices/#nowhere')
        .replace('guide: /business-case/#break-even', 'guide: /no-such-guide/'),
    );
    const r = await assess('check', '--framework', file);
    const shown = linesByText(r.stderr.replaceAll(dir, 'DIR'), 'DIR/links.yaml', readFileSync(file, 'utf8'));
    expect(`${shown}(exit ${r.code})`).toMatchInlineSnapshot(`
      "DIR/links.yaml:«guide: /no-such-guide/»: recommendations.platform-team.withTeam.steps.1.guide: links to /no-such-guide/, but there is no guide tests/fixtures/guides/no-such-guide.mdx
      DIR/links.yaml:«guide: /best-practices/#nowhere»: recommendations.refine.withTeam.steps.0.guide: links to /best-practices/#nowhere, but tests/fixtures/guides/best-practices.mdx has no heading with the anchor "nowhere"
      (exit 1)"
    `);
  });

  it('refuses a trap threshold no number of signs can reach', async () => {
    const file = framework('trap', (t) => t.replace(/^(trap:\n(?:.*\n)*?  threshold: )\d+/m, '$19'));
    const r = await assess('check', '--framework', file);
    const shown = linesByText(r.stderr.replaceAll(dir, 'DIR'), 'DIR/trap.yaml', readFileSync(file, 'utf8'));
    expect(`${shown}(exit ${r.code})`).toMatchInlineSnapshot(`
      "DIR/trap.yaml:«threshold: 9»: trap.threshold: is 9 but there are 5 warning signs, so the trap could never fire; use 1 to 5
      (exit 1)"
    `);
  });

  it('refuses a business-case assumption that gives both source and sources', async () => {
    const file = framework('sources', (t) =>
      t.replace(/^(    horizonMonths: \{.*source: platformetrics-roi) \}$/m, '$1, sources: [platformetrics-roi] }'),
    );
    const r = await assess('check', '--framework', file);
    const shown = linesByText(r.stderr.replaceAll(dir, 'DIR'), 'DIR/sources.yaml', readFileSync(file, 'utf8'));
    expect(`${shown}(exit ${r.code})`).toMatchInlineSnapshot(`
      "DIR/sources.yaml:«horizonMonths: { default: 36, low: 24, high: 60, basis: Fixture horizon., source: platformetrics-roi, sources: [platformetrics-roi] }»: businessCase.assumptions.horizonMonths.sources: give source or sources, not both
      (exit 1)"
    `);
  });

  it('passes the fixture framework against the fixture guides', async () => {
    expect((await assess('check')).code).toBe(0);
  });
});
