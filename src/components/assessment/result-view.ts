/**
 * The result region: keyed sections (card, steps, rules...) that are replaced only when their
 * markup changed, so a keystroke that moves one figure re-lays out one section, not the page.
 * Every string in the markup was escaped by render/html.ts; nothing typed is parsed as HTML.
 */
import type { Html } from '#src/render/html.ts';
import type { Section } from '#src/render/result-html.ts';

export class ResultView {
  readonly #body: HTMLElement;
  readonly #last = new Map<string, string>();

  constructor(body: HTMLElement) {
    this.#body = body;
  }

  show(sections: readonly Section[]): void {
    const keys = sections.map((s) => s.key).join(' ');
    if (this.#body.dataset.sections !== keys) {
      // A different set of sections: rebuild the containers once, then fill them.
      this.#body.replaceChildren(
        ...sections.map((s) => {
          const div = document.createElement('div');
          div.dataset.section = s.key;
          return div;
        }),
      );
      this.#body.dataset.sections = keys;
      this.#last.clear();
    }
    for (const s of sections) {
      if (this.#last.get(s.key) === s.html.value) continue;
      const container = this.#body.querySelector<HTMLElement>(`[data-section="${s.key}"]`);
      if (container) container.innerHTML = s.html.value;
      this.#last.set(s.key, s.html.value);
    }
  }

  wait(message: Html): void {
    if (this.#body.dataset.sections === 'waiting' && this.#last.get('waiting') === message.value) return;
    this.#body.innerHTML = message.value;
    this.#body.dataset.sections = 'waiting';
    this.#last.clear();
    this.#last.set('waiting', message.value);
  }
}
