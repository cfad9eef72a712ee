/**
 * A tiny HTML builder whose text is always escaped. The same markup is rendered at build time
 * (history pages) and in the browser (the assessment page), so there is one result view, not two.
 */
export class Html {
  readonly value: string;
  constructor(value: string) {
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

export function h(tag: string, attrs: Record<string, string | number | undefined> = {}, ...children: Child[]): Html {
  const attributes = Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeHtml(String(v))}"`)
    .join('');
  return new Html(`<${tag}${attributes}>${children.map(render).join('')}</${tag}>`);
}

export function join(parts: readonly Child[]): Html {
  return new Html(parts.map(render).join(''));
}
