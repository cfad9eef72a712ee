import { readdirSync, readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { frameworkLinks } from '#src/build/site-check.ts';
import { realFramework } from './helpers.ts';

const DIR = 'content/guides';
const guides = readdirSync(DIR).filter((f) => f.endsWith('.mdx'));
const source = (f: string) => readFileSync(`${DIR}/${f}`, 'utf8');

function fences(text: string, lang: string): string[] {
  return [...text.matchAll(new RegExp('^```' + lang + '[^\\n]*\\n([\\s\\S]*?)^```', 'gm'))].map((m) => m[1] ?? '');
}

/** Heading anchors as Starlight makes them (github-slugger), code fences skipped. */
function anchors(text: string): Set<string> {
  const slugger = new GithubSlugger();
  const withoutCode = text.replace(/^```[\s\S]*?^```/gm, '');
  return new Set([...withoutCode.matchAll(/^#{2,6}\s+(.+)$/gm)].map((m) => slugger.slug(m[1]!.trim())));
}

describe('guide code samples', () => {
  const samples = guides.flatMap((g) => fences(source(g), 'ya?ml').map((code, i) => [`${g} yaml #${i + 1}`, code] as const));

  it('include YAML samples to check', () => {
    expect(samples.length).toBeGreaterThanOrEqual(5);
  });

  it.each(samples)('%s parses', (_name, code) => {
    const docs = parseAllDocuments(code);
    expect(Array.isArray(docs) ? docs.flatMap((d) => d.errors.map((e) => e.message)) : ['empty']).toEqual([]);
  });

  it.each(guides.flatMap((g) => fences(source(g), 'json').map((code) => [g, code] as const)))('%s JSON parses', (_g, code) => {
    expect(() => JSON.parse(code)).not.toThrow();
  });

  it('write Rego in v1 syntax: every rule body with `if`, set rules with `contains`, no future imports', () => {
    const rego = guides.flatMap((g) => fences(source(g), 'rego'));
    expect(rego.length).toBeGreaterThan(0);
    for (const code of rego) {
      expect(code).toMatch(/^package [a-z_.]+$/m);
      expect(code).not.toMatch(/import future\.keywords/);
      // A rule head followed by `{` without `if` is v0 syntax.
      expect(code).not.toMatch(/^[a-z_][a-z0-9_]*(\[[^\]]*\])?\s*(=\s*[^{]+)?\s*\{/m);
      expect(code).toMatch(/\bcontains\b.*\bif\b/);
    }
  });

  it('shows Backstage entities with the fields Backstage requires', () => {
    const entities = guides
      .flatMap((g) => fences(source(g), 'ya?ml'))
      .flatMap((code) => [...parseAllDocuments(code)] as { toJS(): unknown }[]);
    const backstage = entities
      .map((d) => d.toJS() as Record<string, any>)
      .filter((e) => typeof e?.apiVersion === 'string' && /backstage\.io/.test(e.apiVersion));
    expect(backstage.length).toBeGreaterThanOrEqual(2);
    for (const e of backstage) {
      expect(e.metadata?.name).toMatch(/^[a-z0-9-]+$/);
      if (e.kind === 'Component')
        expect(e.spec).toEqual(
          expect.objectContaining({ type: expect.any(String), lifecycle: expect.any(String), owner: expect.any(String) }),
        );
      if (e.kind === 'Template') {
        expect(e.apiVersion).toBe('scaffolder.backstage.io/v1beta3');
        expect(e.spec).toEqual(expect.objectContaining({ owner: expect.any(String), type: expect.any(String), steps: expect.any(Array) }));
      }
    }
  });
});

describe('guides and the framework', () => {
  const framework = realFramework();

  it('every guide has a title, a description and a Sources section', () => {
    for (const g of guides.filter((g) => g !== 'index.mdx')) {
      const text = source(g);
      expect(text, g).toMatch(/^---\ntitle: .+\ndescription: .+\n/);
      expect(text, g).toMatch(/^## Sources$/m);
    }
  });

  it('every guide section the framework links to exists (also checked on the built site)', () => {
    for (const link of frameworkLinks(framework)) {
      const [, slug, anchor] = /^\/([a-z0-9-]+)\/(?:#(.+))?$/.exec(link) ?? [];
      expect(guides, link).toContain(`${slug}.mdx`);
      if (anchor) expect([...anchors(source(`${slug}.mdx`))], link).toContain(anchor);
    }
  });

  it('the decision guide shows every rule from the framework data rather than retyping it', () => {
    const text = source('how-to-decide.mdx');
    expect(text).toContain('<DecisionRules />');
    for (const rule of framework.rules) expect(text).toContain(`<RuleCondition id="${rule.id}" />`);
  });
});

describe('one source of truth for thresholds', () => {
  it('the decision guide never retypes a rule threshold: it renders them from framework.yaml', () => {
    const prose = source('how-to-decide.mdx').replace(/^```[\s\S]*?^```/gm, '');
    for (const rule of realFramework().rules) {
      if (typeof rule.threshold !== 'number') continue;
      // "150 engineers at 35%" is a worked example; a threshold would appear next to its unit.
      expect(prose, rule.id).not.toMatch(new RegExp(`\\b${rule.threshold}(%| engineers| days)`));
    }
  });
});
