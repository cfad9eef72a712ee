/**
 * The house rules that keep the code readable: no import circle under src/, no file over 250
 * lines, and the lint boundaries of eslint.boundaries.js really refuse what they say they refuse.
 */
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { execFileSync } from 'node:child_process';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { boundaries } from '../../eslint.boundaries.js';

const SOURCES = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'src'], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => /\.(ts|astro|mjs)$/.test(f));

const IMPORT = /(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"\n]+)['"]/g;

/** Each file's imports of other files under src/ (relative or #src/), type-only ones included. */
function graph(): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const file of SOURCES) {
    const targets: string[] = [];
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      if (spec!.startsWith('#src/')) targets.push(`src/${spec!.slice(5)}`);
      else if (spec!.startsWith('.')) targets.push(posix.normalize(posix.join(posix.dirname(file), spec!)));
    }
    edges.set(
      file,
      targets.filter((t) => SOURCES.includes(t)),
    );
  }
  return edges;
}

/** Every cycle's path, found by depth-first search (a file's path listed once per cycle found). */
function cycles(edges: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of edges.get(file) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of edges.keys()) if (!state.has(file)) visit(file);
  return found;
}

describe('the source tree', () => {
  it('has no import circle', () => {
    const edges = graph();
    expect([...edges.values()].flat().length).toBeGreaterThan(100);
    expect(cycles(edges)).toEqual([]);
  });

  it('finds a circle when there is one (the check itself works)', () => {
    const edges = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
    ]);
    expect(cycles(edges)).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('has no file over 250 lines', () => {
    const long = SOURCES.map((f) => ({ f, lines: readFileSync(f, 'utf8').trimEnd().split('\n').length })).filter((x) => x.lines > 250);
    expect(long).toEqual([]);
  });
});

describe('lint boundaries', () => {
  const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: boundaries });
  async function messages(filePath: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath });
    return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
  }

  it.each([
    ['the decision core may not import the wording', 'src/engine/decision/evaluate.ts', "import { x } from '../text/describe.ts';"],
    [
      'the decision core may not import the wording through the alias',
      'src/engine/decision/rules.ts',
      "import { x } from '#src/engine/text/describe.ts';",
    ],
    ['the records may not import the respondents', 'src/engine/records/record.ts', "import { x } from '../respondents/combine.ts';"],
    ['a leaf may not import upwards', 'src/engine/words.ts', "import { x } from './decision/evaluate.ts';"],
    ['the engine may not import node:', 'src/engine/history/history.ts', "import { readFileSync } from 'node:fs';"],
    ['the engine may not import another package', 'src/engine/text/describe.ts', "import x from 'astro';"],
    [
      'the engine may not import zod but through src/engine/zod.ts (its eval off)',
      'src/engine/records/record.ts',
      "import { z } from 'zod';",
    ],
    ['the engine may not import src/node', 'src/engine/records/record.ts', "import { x } from '#src/node/records.ts';"],
    ['a browser module may not import node:', 'src/components/assessment/status.ts', "import { readFileSync } from 'node:fs';"],
    [
      'a browser module may not import src/node',
      'src/components/assessment/status.ts',
      "import { loadRecord } from '#src/node/records.ts';",
    ],
  ])('%s', async (_name, filePath, code) => {
    expect((await messages(filePath, code)).join('\n')).toMatch(/^no-restricted-imports: /);
  });

  it('refuses a DOM global in the engine', async () => {
    expect(await messages('src/engine/text/describe.ts', 'export const w = window.innerWidth;')).toEqual([
      "no-restricted-globals: Unexpected use of 'window'. src/engine and src/render are pure: no DOM or Node globals.",
    ]);
  });

  it.each([
    ['the wording may import the decision core', 'src/engine/text/describe.ts', "import { x } from '../decision/rules.ts';"],
    ['history may import respondents', 'src/engine/history/history.ts', "import { x } from '../respondents/assessment.ts';"],
    ['the engine may import zod through src/engine/zod.ts', 'src/engine/framework/schema.ts', "import { z } from '../zod.ts';"],
    [
      'a browser module may import the engine',
      'src/components/assessment/status.ts',
      "import { x } from '#src/engine/decision/evaluate.ts';",
    ],
  ])('allows what is fine: %s', async (_name, filePath, code) => {
    expect(await messages(filePath, code)).toEqual([]);
  });
});

describe('the tests', () => {
  // Tests of the code run on tests/fixtures; only the content checks (content-*, guide*) and the
  // build's own test read the shipped content, so editing it as the README says keeps them green.
  // tests/dora checks the shipped DORA benchmark data against DORA's own files: data a fork never edits.
  const MAY_READ_CONTENT = /^tests\/(content-|guide|build\.test|helpers\.ts|architecture\/|dora\/)/;
  it('read content/ and assessments/ only in the content checks', () => {
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'tests'], { encoding: 'utf8' })
      .split('\n')
      .filter((f) => f.endsWith('.ts') && !MAY_READ_CONTENT.test(f));
    const reading = files.filter((f) => /['"`](\.\/)?(content\/|assessments\b)/.test(readFileSync(f, 'utf8')));
    expect(reading).toEqual([]);
  });
});
