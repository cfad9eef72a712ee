/**
 * A tiny HTML builder whose text is always escaped. The same markup is rendered at build time
 * (history pages) and in the browser (the assessment page), so there is one result view, not two.
 * An Html value can only come from h() or join(): nothing else can pass a string off as markup.
 */
const MADE_HERE = Symbol('html');

export class Html {
  readonly value: string;
  constructor(token: symbol, value: string) {
    if (token !== MADE_HERE) throw new TypeError('Html is made by h() and join() only');
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

export type Child = Html | string | number | null | undefined | false;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function render(child: Child): string {
  if (child === null || child === undefined || child === false) return '';
  return child instanceof Html ? child.value : escapeHtml(String(child));
}

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href']);

/** A script URL in a link is code, not a place: refused, whoever asks for it. */
function safeUrl(name: string, value: string): string {
  if (!URL_ATTRIBUTES.has(name)) return value;
  // Browsers ignore control characters and spaces inside the scheme ("java\tscript:").
  const scheme = value.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  if (/^(javascript|vbscript|data):/.test(scheme)) throw new RangeError(`h(): refusing a ${scheme.split(':')[0]}: URL in ${name}`);
  return value;
}

// Plain loops: a unit page of a large history makes tens of thousands of elements.
export function h(tag: string, attrs: Record<string, string | number | undefined> = {}, ...children: Child[]): Html {
  let attributes = '';
  for (const key of Object.keys(attrs)) {
    const value = attrs[key];
    if (value !== undefined) attributes += ` ${key}="${escapeHtml(safeUrl(key, String(value)))}"`;
  }
  let inner = '';
  for (const child of children) inner += render(child);
  return new Html(MADE_HERE, `<${tag}${attributes}>${inner}</${tag}>`);
}

export function join(parts: readonly Child[]): Html {
  let value = '';
  for (const part of parts) value += render(part);
  return new Html(MADE_HERE, value);
}
