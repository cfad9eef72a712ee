/**
 * The guides as the guide tests read them: every .mdx in content/guides (including guides added
 * later), their code fences, and their prose with code, frontmatter and import lines blanked out.
 * Blanking keeps line numbers, so a failure can say `file:line`.
 */
import { readdirSync, readFileSync } from 'node:fs';

const GUIDE_DIR = 'content/guides';

export function guideFiles(): string[] {
  return readdirSync(GUIDE_DIR)
    .filter((f) => f.endsWith('.mdx'))
    .sort();
}

export function guideSource(file: string): string {
  return readFileSync(`${GUIDE_DIR}/${file}`, 'utf8');
}

export interface Fence {
  /** The language after the opening backticks: "sh", "yaml", "" ... */
  lang: string;
  /** Whatever follows the language on the opening line, e.g. `title="a.yaml"`. */
  meta: string;
  code: string;
  /** 1-based line of the opening backticks. */
  line: number;
}

const FENCE = /^```([\w-]*)([^\n]*)\n([\s\S]*?)^```[ \t]*$/gm;

export function fences(text: string): Fence[] {
  return [...text.matchAll(FENCE)].map((m) => ({
    lang: m[1] ?? '',
    meta: (m[2] ?? '').trim(),
    code: m[3] ?? '',
    line: text.slice(0, m.index).split('\n').length,
  }));
}

const blank = (s: string) => s.replace(/[^\n]/g, '');

/**
 * What a reader reads: frontmatter, code fences and `import` lines replaced by empty lines, and
 * link targets (`](/faq/#anchor)`, `href="..."`) dropped, since an address is not prose.
 */
export function prose(text: string): string {
  return text
    .replace(/^---\n[\s\S]*?\n---\n/, blank)
    .replace(FENCE, blank)
    .replace(/^import .*$/gm, '')
    .replace(/\]\([^)\s]*\)/g, ']()')
    .replace(/\b(href|link)="[^"]*"/g, '$1=""');
}

/** `title="x"` from a fence's meta, or undefined. */
export function fenceTitle(f: Fence): string | undefined {
  return /\btitle="([^"]*)"/.exec(f.meta)?.[1];
}
