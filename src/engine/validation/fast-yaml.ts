/**
 * A fast path for the YAML that platform-fit writes (recordToYaml): block mappings and lists of
 * `key: value` lines, JSON-quoted strings, plain numbers, true/false, [] and lower-case ids. On a
 * portfolio of 10,000 records the full YAML parser is most of a check's time; this reads such a
 * file in a fraction of it. It returns exactly what the full parser (core schema) would, or
 * `undefined` for anything outside that small shape (comments after a value, anchors, tags, flow
 * collections, other quoting, tabs, duplicate keys...), and the caller then uses the full parser.
 * Never a different answer, only sometimes no answer: tests hold it to the yaml package.
 */

type Value = string | number | boolean | null | Value[] | { [key: string]: Value };

const KEY = /^([A-Za-z_][A-Za-z0-9_]*):(?: (.*))?$/;
const NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/;
const PLAIN = /^(?:[a-z][a-z0-9-]*|\d{4}-\d{2}-\d{2})$/;
const QUOTED = /^"(?:[^"\\]|\\.)*"$/;

/** A scalar as the core schema reads it, or undefined when it is not one of the few forms taken. */
function scalar(text: string): Value | undefined {
  if (QUOTED.test(text)) {
    try {
      return JSON.parse(text) as string;
    } catch {
      return undefined;
    }
  }
  if (NUMBER.test(text)) return Number(text);
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (text === '[]') return [];
  if (PLAIN.test(text) && text !== 'null') return text;
  return undefined;
}

interface Line {
  indent: number;
  text: string;
}

class Reader {
  #i = 0;
  readonly lines: Line[];
  constructor(lines: Line[]) {
    this.lines = lines;
  }

  peek(): Line | undefined {
    return this.lines[this.#i];
  }

  next(): void {
    this.#i++;
  }

  done(): boolean {
    return this.#i >= this.lines.length;
  }
}

/** A block at `indent`: a mapping or a list, whichever its first line is. */
function block(r: Reader, indent: number): Value | undefined {
  const first = r.peek();
  if (!first || first.indent !== indent) return undefined;
  return first.text.startsWith('- ') ? list(r, indent) : mapping(r, indent, undefined);
}

function mapping(r: Reader, indent: number, firstText: string | undefined): Value | undefined {
  const out: Record<string, Value> = {};
  let text = firstText;
  for (;;) {
    if (text === undefined) {
      const line = r.peek();
      if (!line || line.indent < indent) break;
      if (line.indent > indent || line.text.startsWith('- ')) return undefined;
      text = line.text;
      r.next();
    }
    const m = KEY.exec(text);
    text = undefined;
    if (!m) return undefined;
    const key = m[1]!;
    if (key === '__proto__' || Object.hasOwn(out, key)) return undefined;
    if (m[2] !== undefined) {
      const value = scalar(m[2]);
      if (value === undefined) return undefined;
      out[key] = value;
      continue;
    }
    // `key:` and nothing else: a nested block, more indented (a list may sit at the same indent).
    const child = r.peek();
    if (!child) return undefined;
    const childIndent = child.text.startsWith('- ') && child.indent === indent ? indent : child.indent;
    if (childIndent <= indent && !(childIndent === indent && child.text.startsWith('- '))) return undefined;
    const value = block(r, childIndent);
    if (value === undefined) return undefined;
    out[key] = value;
  }
  return out;
}

function list(r: Reader, indent: number): Value | undefined {
  const out: Value[] = [];
  for (;;) {
    const line = r.peek();
    if (!line || line.indent < indent || !line.text.startsWith('- ')) break;
    if (line.indent > indent) return undefined;
    r.next();
    const rest = line.text.slice(2);
    if (KEY.test(rest)) {
      // `- key: value` opens a mapping whose other keys are indented past the dash.
      const value = mapping(r, indent + 2, rest);
      if (value === undefined) return undefined;
      out.push(value);
    } else {
      const value = scalar(rest);
      if (value === undefined) return undefined;
      out.push(value);
    }
  }
  return out;
}

export function fastYaml(text: string): unknown {
  if (/[\t\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(text)) return undefined;
  const lines: Line[] = [];
  for (const raw of text.split('\n')) {
    if (raw.trim() === '' || /^#/.test(raw)) continue;
    if (raw.endsWith(' ')) return undefined;
    const indent = raw.length - raw.trimStart().length;
    lines.push({ indent, text: raw.slice(indent) });
  }
  if (lines.length === 0) return undefined;
  const reader = new Reader(lines);
  const value = block(reader, 0);
  if (value === undefined || !reader.done() || Array.isArray(value)) return undefined;
  return value;
}
