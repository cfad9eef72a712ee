/**
 * The result region: keyed sections (card, steps, rules...) replaced only when their markup
 * changed. On a keystroke only the summary card is written at once; the detail sections follow
 * when typing pauses, so a keystroke costs about one small section's layout, not the page's.
 * Every string in the markup was escaped by render/html.ts; nothing typed is parsed as HTML.
 */
import type { Html } from '#src/render/html.ts';
import type { Section } from '#src/render/result-html.ts';

/** The sections a person reads while typing; the rest wait for a pause. */
const AT_ONCE = new Set(['card']);
const PAUSE_MS = 250;

export class ResultView {
  readonly #body: HTMLElement;
  readonly #last = new Map<string, string>();
  #pending: Section[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(body: HTMLElement) {
    this.#body = body;
  }

  show(sections: readonly Section[]): void {
    const keys = sections.map((s) => s.key).join(' ');
    const rebuilt = this.#body.dataset.sections !== keys;
    if (rebuilt) {
      // A different set of sections: rebuild the containers once, then fill them all now.
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
    this.#pending = rebuilt ? [] : sections.filter((s) => !AT_ONCE.has(s.key));
    for (const s of rebuilt ? sections : sections.filter((s) => AT_ONCE.has(s.key))) this.#write(s);
    clearTimeout(this.#timer);
    this.#timer = this.#pending.length ? setTimeout(() => this.flush(), PAUSE_MS) : undefined;
  }

  /** Writes the deferred sections now (before printing, or when typing pauses). */
  flush(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    for (const s of this.#pending) this.#write(s);
    this.#pending = [];
  }

  wait(message: Html): void {
    clearTimeout(this.#timer);
    this.#pending = [];
    if (this.#body.dataset.sections === 'waiting' && this.#last.get('waiting') === message.value) return;
    this.#body.innerHTML = message.value;
    this.#body.dataset.sections = 'waiting';
    this.#last.clear();
    this.#last.set('waiting', message.value);
  }

  #write(s: Section): void {
    if (this.#last.get(s.key) === s.html.value) return;
    const container = this.#body.querySelector<HTMLElement>(`[data-section="${s.key}"]`);
    if (container) container.innerHTML = s.html.value;
    this.#last.set(s.key, s.html.value);
  }
}
