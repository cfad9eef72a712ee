/**
 * One funnel for every validation message a person reads: `file:line: field.path: message`.
 * The CLI, the build, the page and the tests all print Problems, never raw zod output.
 */
import type { z } from '../zod.ts';
import { countText } from '../words.ts';

export interface Problem {
  file?: string | undefined;
  line?: number | undefined;
  /** Dotted field path, e.g. `answers.infraTimeShare` or `rules.2.threshold`; empty for the whole file. */
  path: string;
  message: string;
  /** A warning is printed but does not fail `check` or the build. */
  severity?: 'error' | 'warning' | undefined;
}

export function formatProblem(p: Problem): string {
  const where = p.file ? `${p.file}${p.line ? `:${p.line}` : ''}: ` : '';
  const field = p.path ? `${p.path}: ` : '';
  return `${where}${p.severity === 'warning' ? 'warning: ' : ''}${field}${p.message}`;
}

export type PathKey = string | number;

export function joinPath(path: readonly PathKey[]): string {
  return path.map(String).join('.');
}

function valueAt(data: unknown, path: readonly PathKey[]): unknown {
  let here: unknown = data;
  for (const key of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<PathKey, unknown>)[key];
  }
  return here;
}

/** Shows what was given, short enough for one line; objects are described, not dumped. */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  const text =
    typeof value === 'string'
      ? JSON.stringify(value)
      : typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : typeof value;
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export interface LocatedProblem {
  path: PathKey[];
  message: string;
}

const plural = (n: number | bigint, one: string) => countText(n, one);

/**
 * A schema's own message, or plain words where zod's default ("Too small: expected number to be
 * >=1") would otherwise reach a person: every bound reads the same whichever schema set it.
 */
function plainMessage(issue: z.core.$ZodIssue): string {
  if (!/^(Too (small|big)|Invalid input): /.test(issue.message)) return issue.message;
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    const small = issue.code === 'too_small';
    const bound = small ? issue.minimum : issue.maximum;
    const exact = issue.inclusive !== false;
    if (issue.origin === 'array' || issue.origin === 'set') return `must list ${small ? 'at least' : 'at most'} ${plural(bound, 'item')}`;
    if (issue.origin === 'string') return `must be ${small ? 'at least' : 'at most'} ${plural(bound, 'character')}`;
    return `must be ${small ? (exact ? 'at least' : 'more than') : exact ? 'at most' : 'less than'} ${bound}`;
  }
  if (issue.code === 'invalid_type')
    return `must be ${issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'a mapping' : `a ${issue.expected}`}`;
  return issue.message;
}

/** Turns zod issues into problems at the exact key, adding what was given. */
export function issuesToProblems(issues: readonly z.core.$ZodIssue[], data: unknown): LocatedProblem[] {
  const out: LocatedProblem[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((k): k is PathKey => typeof k !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push({ path: [...path, key], message: issue.message });
      continue;
    }
    const message = plainMessage(issue);
    const value = valueAt(data, path);
    if (value === undefined && path.length > 0 && issue.code !== 'custom') {
      out.push({ path, message: `is missing; it ${message}` });
    } else if (issue.code === 'custom' || value === undefined || path.length === 0) {
      // The whole file is never quoted back: a symlink to /etc/passwd must not end up in a CI log.
      out.push({ path, message: message });
    } else {
      out.push({ path, message: `${message} (got ${describeValue(value)})` });
    }
  }
  return out;
}

/** One Error listing every problem, for callers that must stop (the build). */
export function problemsError(title: string, problems: readonly Problem[]): Error {
  return new Error(`${title}:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
}
