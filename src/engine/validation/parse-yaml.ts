/**
 * Parses YAML text strictly and validates it against a zod schema, reporting every problem with
 * the line it is on. Pure (no fs), so the browser can use it on an imported file too.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from '../zod.ts';
import { fastYaml } from './fast-yaml.ts';
import { issuesToProblems, joinPath, type PathKey, type Problem } from './problems.ts';

/** Records and the framework need no aliases; this many already means someone is being clever. */
const MAX_ALIASES = 50;

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

function lineFinder(doc: Document, counter: LineCounter): (path: readonly PathKey[]) => number | undefined {
  const lineAt = (node: { range?: [number, number, number] | null | undefined } | null | undefined): number | undefined =>
    node?.range ? counter.linePos(node.range[0]).line : undefined;
  return (path) => {
    let node: unknown = doc.contents;
    let line = lineAt(doc.contents);
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => {
          const k = p.key as { value?: unknown } | null;
          return k !== null && typeof k === 'object' && String(k.value) === String(key);
        });
        if (!pair) break;
        line = lineAt(pair.key as Node) ?? line;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as Node | undefined;
        if (!item) break;
        line = lineAt(item) ?? line;
        node = item;
      } else break;
    }
    return line;
  };
}

/** The line a dotted path (`answers.dora.industry`) is on in some YAML text, for a message about a valid file. */
export function lineOfPath(text: string, path: string): number | undefined {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, schema: 'core' });
  return lineFinder(doc, counter)(path.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)));
}

export function parseYaml<T>(text: string, file: string, schema: z.ZodType<T>): Parsed<T> {
  // The shape platform-fit writes, read fast; anything else, or anything the schema refuses, goes
  // through the full parser below, which finds the lines for the messages.
  const fast = fastYaml(text);
  if (fast !== undefined) {
    const result = schema.safeParse(fast);
    if (result.success) return { ok: true, value: result.data };
  }
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, schema: 'core', prettyErrors: false });
  const syntax = [...doc.errors, ...doc.warnings];
  if (syntax.length > 0) {
    return {
      ok: false,
      problems: syntax.map((e) =>
        e.code === 'DUPLICATE_KEY'
          ? {
              file,
              line: counter.linePos(e.pos[0]).line,
              path: /^[^:\n]*/.exec(text.slice(e.pos[0]))?.[0]?.trim() ?? '',
              message: 'appears twice in the same mapping; keep one',
            }
          : {
              file,
              line: counter.linePos(e.pos[0]).line,
              path: '',
              // The yaml package's first sentence names the fault; the rest repeats the source.
              message: `YAML: ${e.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`,
            },
      ),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ file, line: 1, path: '', message: `YAML: rejected (${reason}); aliases are limited to ${MAX_ALIASES}` }],
    };
  }
  if (data === null || data === undefined) {
    return { ok: false, problems: [{ file, line: 1, path: '', message: 'the file is empty' }] };
  }
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  const lineOf = lineFinder(doc, counter);
  return {
    ok: false,
    problems: issuesToProblems(result.error.issues, data).map((p) => ({
      file,
      line: lineOf(p.path),
      path: joinPath(p.path),
      message: p.message,
    })),
  };
}
