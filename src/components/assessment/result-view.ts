/**
 * The result region: keyed sections (card, steps, rules...) replaced only when their markup
 * changed. On a keystroke only the summary card is written at once; the detail sections follow
 * when typing pauses, so a keystroke costs about one small section's layout, not the page's.
 * Every string in the markup was escaped by render/html.ts; nothing typed is parsed as HTML.
 */
import type { Html } from '#src/render/html.ts';
import type { Section } from '#src/render/result-html.ts';

const PAUSE_MS = 250;

export class ResultView {
  readonly #body: HTMLElement;
  readonly #last = new Map<string, string>();
  #rest: (() => Section[]) | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(body: HTMLElement) {
    this.#body = body;
  }

  /**
   * `keys` are the sections in order; the card is written now, and `rest` (which builds the
   * detail sections' markup) runs only when typing pauses, or at once when the set of sections changed.
   */
  show(keys: readonly string[], card: Section, rest: () => Section[]): void {
    const joined = keys.join(' ');
    clearTimeout(this.#timer);
    if (this.#body.dataset.sections !== joined) {
      // A different set of sections: rebuild the containers once, then fill them all now.
      this.#body.replaceChildren(
        ...keys.map((key) => {
          const div = document.createElement('div');
          div.dataset.section = key;
          return div;
        }),
      );
      this.#body.dataset.sections = joined;
      this.#last.clear();
      this.#write(card);
      for (const s of rest()) this.#write(s);
      this.#rest = null;
      return;
    }
    this.#write(card);
    this.#rest = rest;
    this.#timer = setTimeout(() => this.flush(), PAUSE_MS);
  }

  /** Writes the deferred sections now (before printing, or when typing pauses). */
  flush(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const rest = this.#rest;
    this.#rest = null;
    if (rest) for (const s of rest()) this.#write(s);
  }

  wait(message: Html): void {
    clearTimeout(this.#timer);
    this.#rest = null;
    if (this.#body.dataset.sections === 'waiting' && this.#last.get('waiting') === message.value) return;
    this.#body.innerHTML = message.value;
    this.#body.dataset.sections = 'waiting';
    this.#last.clear();
    this.#last.set('waiting', message.value);
  }

  #write(s: Section): void {
    if (this.#last.get(s.key) === s.html.value) return;
    const container = this.#body.querySelector<HTMLElement>(`[data-section="${s.key}"]`);
    if (container) morph(container, s.html.value);
    this.#last.set(s.key, s.html.value);
  }
}

/**
 * Replaces only the parts of a section that changed: when the new markup has the same outer
 * element, each of its children is swapped only if its markup differs. A keystroke that moves the
 * tax changes one paragraph of the card, so only that paragraph is styled and laid out again.
 */
function morph(container: HTMLElement, html: string): void {
  const template = document.createElement('template');
  template.innerHTML = html;
  const next = template.content.firstElementChild;
  const current = container.firstElementChild;
  const same =
    next && current && template.content.childElementCount === 1 && container.childElementCount === 1 && next.tagName === current.tagName;
  const sameShape = same && next.className === current.className && next.childElementCount === current.childElementCount;
  if (!sameShape) {
    container.replaceChildren(template.content);
    return;
  }
  const old = Array.from(current.children);
  Array.from(next.children).forEach((child, i) => {
    if (old[i]!.outerHTML !== child.outerHTML) old[i]!.replaceWith(child);
  });
}
