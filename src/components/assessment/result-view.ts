/**
 * The result region: keyed sections (card, steps, rules...), each written only when its markup
 * changed, and then only in the parts that changed. On a keystroke only the summary card is
 * written at once, usually as new words in one or two of its slots; the detail sections follow
 * when typing pauses. So a keystroke re-lays out a line or two of text, not the page.
 * Every string in the markup was escaped by render/html.ts; slots are written as text; nothing
 * typed is parsed as HTML.
 */
import type { Html } from '#src/render/html.ts';
import type { Section, SlottedSection } from '#src/render/result-html.ts';

const PAUSE_MS = 250;

export class ResultView {
  readonly #body: HTMLElement;
  readonly #last = new Map<string, string>();
  readonly #containers = new Map<string, HTMLElement>();
  /** For sections written with slots: their shape, slot elements and texts as last written. */
  readonly #slotted = new Map<string, { shape: string; elements: Map<string, HTMLElement>; texts: Readonly<Record<string, string>> }>();
  #rest: (() => Section[]) | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(body: HTMLElement) {
    this.#body = body;
  }

  /**
   * `keys` are the sections in order; the card is written now, and `rest` (which builds the
   * detail sections' markup) runs only when typing pauses, or at once when the set of sections changed.
   */
  show(keys: readonly string[], card: SlottedSection, rest: () => Section[]): void {
    const joined = keys.join(' ');
    clearTimeout(this.#timer);
    if (this.#body.dataset.sections !== joined) {
      // A different set of sections: rebuild the containers once, then fill them all now.
      this.#last.clear();
      this.#containers.clear();
      this.#slotted.clear();
      this.#body.replaceChildren(
        ...keys.map((key) => {
          const div = document.createElement('div');
          div.dataset.section = key;
          this.#containers.set(key, div);
          return div;
        }),
      );
      this.#body.dataset.sections = joined;
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
    this.#containers.clear();
    this.#slotted.clear();
    this.#last.set('waiting', message.value);
  }

  #write(s: Section | SlottedSection): void {
    if (this.#last.get(s.key) === s.html.value) return;
    const container = this.#containers.get(s.key);
    if (!container) return;
    this.#last.set(s.key, s.html.value);
    if ('shape' in s && this.#writeSlots(s)) return;
    // A section whose words changed is written whole: the card when its shape changes, a detail
    // section when typing pauses (never during a keystroke).
    container.innerHTML = s.html.value;
    if ('shape' in s) {
      const elements = new Map(Array.from(container.querySelectorAll<HTMLElement>('[data-slot]'), (el) => [el.dataset.slot ?? '', el]));
      this.#slotted.set(s.key, { shape: s.shape, elements, texts: s.slots });
    }
  }

  /** Same shape as last time: only the slots whose words changed are written, as text. */
  #writeSlots(s: SlottedSection): boolean {
    const last = this.#slotted.get(s.key);
    if (!last || last.shape !== s.shape) return false;
    for (const [name, text] of Object.entries(s.slots)) {
      const el = last.elements.get(name);
      if (!el || last.texts[name] === text) continue;
      const only = el.firstChild;
      if (only && only === el.lastChild && only.nodeType === Node.TEXT_NODE) only.nodeValue = text;
      else el.textContent = text;
    }
    this.#slotted.set(s.key, { ...last, texts: s.slots });
    return true;
  }
}
