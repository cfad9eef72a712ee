import { readdirSync, readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { frameworkLinks } from '#src/integrations/site-check.ts';
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

/**
 * Scaffolder actions that ship with Backstage (the scaffolder backend and its GitHub module), so a
 * template sample never names an action a reader's Backstage does not have.
 */
const BACKSTAGE_ACTIONS = [
  'fetch:plain',
  'fetch:plain:file',
  'fetch:template',
  'fetch:template:file',
  'publish:github',
  'publish:github:pull-request',
  'github:actions:dispatch',
  'github:repo:create',
  'github:repo:push',
  'catalog:register',
  'catalog:write',
  'catalog:fetch',
  'fs:rename',
  'fs:delete',
  'debug:log',
];

function backstageTemplates(): Record<string, any>[] {
  return guides
    .flatMap((g) => fences(source(g), 'ya?ml'))
    .flatMap((code) => [...parseAllDocuments(code)] as { toJS(): unknown }[])
    .map((d) => d.toJS() as Record<string, any>)
    .filter((e) => e?.kind === 'Template' && /backstage\.io/.test(String(e?.apiVersion)));
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
        for (const step of e.spec.steps as { id?: string; action?: string }[]) {
          expect(step.id, 'every step has an id').toMatch(/^[a-z][a-z0-9-]*$/);
          expect(BACKSTAGE_ACTIONS, `scaffolder action ${step.action}`).toContain(step.action);
        }
      }
    }
  });

  it('register each service in the catalog one way only: discovery, never also from a template', () => {
    const actions = backstageTemplates().flatMap((t) => (t.spec.steps as { action: string }[]).map((s) => s.action));
    expect(actions.length).toBeGreaterThan(0);
    expect(actions).not.toContain('catalog:register');
    const discovery = guides.flatMap((g) => fences(source(g), 'ya?ml')).filter((code) => /^\s*providers:\s*$/m.test(code));
    expect(discovery.length, 'a guide shows the catalog discovery provider').toBeGreaterThan(0);
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

  // The diagram and the table render every rule from the framework, so a new rule needs no guide
  // edit to appear; the prose may discuss any rule, and each one it names must exist.
  it('the decision guide shows every rule from the framework data rather than retyping it', () => {
    const text = source('how-to-decide.mdx');
    expect(text).toContain('<DecisionDiagram />');
    expect(text).toContain('<DecisionRules />');
    const ids = new Set(framework.rules.map((r) => r.id));
    const named = [...text.matchAll(/<Rule\w+ id="([^"]+)"/g)].map((m) => m[1]!);
    expect(named.filter((id) => !ids.has(id))).toEqual([]);
  });
});

// Retyped thresholds are checked in every guide by guide-thresholds.test.ts, citations by
// guide-citations.test.ts, and shell samples by guide-samples.test.ts.
