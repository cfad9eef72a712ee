/**
 * Every claim a guide attributes can be traced: each guide cites by id (<Cite id="..." />), ends
 * with `## Sources` rendered from the registry (<Sources ids={[...]} />), and the two agree. Written
 * over every guide in content/guides, including guides added later.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '#src/engine/validation/parse-yaml.ts';
import { sourcesSchema, type Source } from '#src/data/sources-schema.ts';
import { frameworkSchema } from '#src/engine/framework/schema.ts';
import { guideFiles, guideSource, prose } from './guide-text.ts';

function registry(): Source[] {
  const parsed = parseYaml(readFileSync('content/sources.yaml', 'utf8'), 'content/sources.yaml', sourcesSchema);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value.sources;
}

/** Components that render citations from the framework's data: what each cites. */
function dataCitations(): Record<string, string[]> {
  const fw = parseYaml(readFileSync('content/framework.yaml', 'utf8'), 'content/framework.yaml', frameworkSchema);
  if (!fw.ok) throw new Error(JSON.stringify(fw.problems));
  const assumptions = Object.values(fw.value.businessCase.assumptions).flatMap((a) => (a.source ? [a.source] : []));
  const bases = fw.value.rules.flatMap((r) => (r.basis.source ? [r.basis.source] : []));
  return {
    SizingReferences: fw.value.businessCase.sizingReferences.map((r) => r.source),
    BusinessAssumptions: assumptions,
    RuleBasis: bases,
  };
}
const DATA_CITATIONS = dataCitations();

export interface Citations {
  cited: string[];
  listed: string[] | null;
  problems: string[];
}

/** The ids a guide cites inline and lists under Sources, and anything malformed on the way. */
export function citations(file: string, text: string): Citations {
  const body = prose(text);
  const problems: string[] = [];
  const inline = [...body.matchAll(/<Cite\s+id="([^"]+)"\s*\/>/g)].map((m) => m[1]!);
  const fromData = Object.entries(DATA_CITATIONS).flatMap(([component, ids]) => (new RegExp(`<${component}\\b`).test(body) ? ids : []));
  const cited = [...inline, ...fromData];
  const citeTags = [...body.matchAll(/<Cite\b/g)].length;
  if (citeTags !== inline.length) problems.push(`${file}: write citations as <Cite id="source-id" />`);

  const sourcesTags = [...body.matchAll(/<Sources\b[^>]*>/g)];
  if (sourcesTags.length > 1) problems.push(`${file}: more than one <Sources> list`);
  const tag = sourcesTags[0]?.[0];
  let listed: string[] | null = null;
  if (tag) {
    const ids = /^<Sources\s+ids=\{\[([^\]]*)\]\}\s*\/>$/.exec(tag);
    if (!ids) problems.push(`${file}: write the list as <Sources ids={['a', 'b']} />, got ${tag}`);
    else listed = [...ids[1]!.matchAll(/'([^']+)'|"([^"]+)"/g)].map((m) => (m[1] ?? m[2])!);
  }

  const heading = /^## Sources[ \t]*$/m.exec(body);
  if (tag && !heading) problems.push(`${file}: <Sources> must sit under a "## Sources" heading`);
  if (heading) {
    // The section holds the rendered list and nothing else: no hand-written entries beside it.
    const section = body.slice(heading.index + heading[0].length).trim();
    if (tag && section !== tag) problems.push(`${file}: the Sources section must hold only ${tag}, and come last`);
    if (!tag) problems.push(`${file}: "## Sources" without <Sources ids={[...]} />`);
  }
  return { cited, listed, problems };
}

describe('citations and Sources sections', () => {
  const known = new Set(registry().map((s) => s.id));
  const files = guideFiles();

  it.each(files)('%s cites only what its Sources section lists, and lists only what it cites', (file) => {
    const { cited, listed, problems } = citations(file, guideSource(file));
    expect(problems).toEqual([]);
    if (file !== 'index.mdx') expect(listed, `${file} ends with ## Sources and <Sources ids={[...]} />`).not.toBeNull();
    const list = listed ?? [];
    expect(new Set(list).size, `${file}: an id listed twice`).toBe(list.length);
    expect([...new Set(cited)].sort(), `${file}: cited inline vs listed under Sources`).toEqual([...list].sort());
    for (const id of list) expect(known, `${file}: unknown source "${id}"`).toContain(id);
  });

  it('every source in the registry is cited by at least one guide', () => {
    const used = new Set(files.flatMap((f) => citations(f, guideSource(f)).cited));
    expect([...known].filter((id) => !used.has(id))).toEqual([]);
  });

  it('every registry address is unique', () => {
    const urls = registry().map((s) => s.url);
    expect(urls.filter((u, i) => urls.indexOf(u) !== i)).toEqual([]);
  });
});

describe('the citation reader', () => {
  it('accepts a guide whose citations and list agree', () => {
    const text = 'Text <Cite id="a" /> and <Cite id="b" />.\n\n## Sources\n\n<Sources ids={[\'a\', \'b\']} />\n';
    expect(citations('g.mdx', text)).toEqual({ cited: ['a', 'b'], listed: ['a', 'b'], problems: [] });
  });

  it('ignores citations inside code samples', () => {
    const text = '```mdx\n<Cite id="x" />\n```\n\n## Sources\n\n<Sources ids={[]} />\n';
    expect(citations('g.mdx', text).cited).toEqual([]);
  });

  it.each([
    ['a hand-written entry beside the list', "## Sources\n\n<Sources ids={['a']} />\n- InfoQ, somewhere\n", 'must hold only'],
    ['a heading without the list', '## Sources\n\n- InfoQ, somewhere\n', 'without <Sources'],
    ['a citation written another way', "<Cite id={'a'} />\n\n## Sources\n\n<Sources ids={['a']} />\n", 'write citations as'],
  ])('reports %s', (_what, text, message) => {
    expect(citations('g.mdx', text).problems.join('\n')).toContain(message);
  });
});
