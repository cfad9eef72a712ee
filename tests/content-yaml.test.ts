/**
 * Every YAML file the repository ships parses, and every GitHub Actions workflow it ships (the
 * example in examples/, any under .github/workflows/, and the workflow samples in the guides)
 * passes GitHub's own workflow parser: the schema GitHub's Actions extension uses, which also
 * checks expressions and rejects unknown keys. The files are listed by git, so a new YAML file is
 * checked without editing this test. Test fixtures are left out: some are broken on purpose.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fences, guideFiles, guideSource } from './guide-text.ts';

const shipped = execFileSync('git', ['ls-files', '-z', '--', '*.yml', '*.yaml', '.*.yml', '.*.yaml'], { encoding: 'utf8' })
  .split('\0')
  .filter((f) => f && !f.startsWith('tests/fixtures/'));

/** Parse problems, as messages; an empty list means the text is valid YAML. */
function yamlProblems(text: string): string[] {
  return parseAllDocuments(text, { uniqueKeys: true }).flatMap((d) =>
    'errors' in d ? [...d.errors, ...d.warnings].map((e) => e.message) : ['not a YAML stream'],
  );
}

function looksLikeWorkflow(text: string): boolean {
  const [doc] = parseAllDocuments(text);
  const js = doc && 'toJS' in doc ? (doc.toJS() as unknown) : null;
  return typeof js === 'object' && js !== null && 'on' in js && 'jobs' in js;
}

/** GitHub's parser, then its conversion step (which checks what the schema alone cannot). */
async function workflowProblems(name: string, content: string): Promise<string[]> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const problems = parsed.context.errors.getErrors().map((e) => e.message);
  if (parsed.value && problems.length === 0) {
    const converted = await convertWorkflowTemplate(parsed.context, parsed.value);
    problems.push(...(converted.errors ?? []).map((e) => e.Message));
  }
  return problems;
}

const workflows: [string, string][] = [
  ...shipped
    .filter((f) => f.startsWith('.github/workflows/') || f.startsWith('examples/'))
    .map((f) => [f, readFileSync(f, 'utf8')] as [string, string]),
  ...guideFiles().flatMap((g) =>
    fences(guideSource(g))
      .filter((f) => /^ya?ml$/.test(f.lang) && looksLikeWorkflow(f.code))
      .map((f) => [`${g}:${f.line}`, f.code] as [string, string]),
  ),
].filter(([, text]) => looksLikeWorkflow(text));

/**
 * The major version each GitHub-maintained action is at, all on the node24 runtime (checked against
 * each action's repository in November 2026). A sample pinned below it teaches an outdated runtime.
 */
const CURRENT_MAJOR: Record<string, number> = {
  'actions/checkout': 7,
  'actions/setup-node': 7,
  'actions/upload-artifact': 7,
  // Checked in their repositories in December 2026: deploy-pages v5 runs on node24, and
  // upload-pages-artifact v5 wraps upload-artifact v7.
  'actions/deploy-pages': 5,
  'actions/upload-pages-artifact': 5,
};

describe('YAML the repository ships', () => {
  // The assessments are not required: the README's first step removes the shipped example.
  it('includes the example workflow, the framework and the sources', () => {
    expect(shipped).toEqual(expect.arrayContaining(['examples/github-actions.yml', 'content/framework.yaml', 'content/sources.yaml']));
  });

  it.each(shipped)('%s parses', (file) => {
    expect(yamlProblems(readFileSync(file, 'utf8'))).toEqual([]);
  });
});

describe('GitHub Actions workflows', () => {
  it('include the example and the guides’ samples', () => {
    expect(workflows.map(([w]) => w)).toContain('examples/github-actions.yml');
    expect(workflows.some(([w]) => w.endsWith('.mdx') || /\.mdx:\d+$/.test(w))).toBe(true);
  });

  it.each(workflows)('%s passes GitHub’s workflow parser', async (name, text) => {
    expect(await workflowProblems(name, text)).toEqual([]);
  });

  it.each(workflows)('%s pins GitHub’s own actions at their current major version', (_name, text) => {
    for (const [, action, major] of text.matchAll(/uses:\s*(actions\/[\w-]+)@v(\d+)/g)) {
      expect(CURRENT_MAJOR, `no current major recorded for ${action}`).toHaveProperty([action!]);
      expect(Number(major), `${action}@v${major}`).toBeGreaterThanOrEqual(CURRENT_MAJOR[action!]!);
    }
  });
});

describe('the checks themselves', () => {
  it('report the colon that broke the example workflow', async () => {
    const broken = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: gh issue create --title "x: y"\n';
    expect(yamlProblems(broken).join('\n')).toMatch(/compact mapping|mapping values/i);
    expect((await workflowProblems('broken.yml', broken)).length).toBeGreaterThan(0);
  });

  it('report a misspelt key and a broken expression', async () => {
    const wrong =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v7\n        wiht: { a: 1 }\n      - run: echo ${{ github.x( }}\n';
    const problems = (await workflowProblems('wrong.yml', wrong)).join('\n');
    expect(problems).toContain("Unexpected value 'wiht'");
    expect(problems).toContain("Unexpected symbol: '('");
  });
});
