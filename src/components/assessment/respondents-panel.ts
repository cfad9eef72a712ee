/**
 * Imported respondents: the file picker and drop zone, the list with Remove buttons, and keeping
 * them in storage. The list is re-rendered only when the respondents change, never on a keystroke.
 */
import type { Framework } from '#src/engine/framework/schema.ts';
import type { Respondent } from '#src/engine/records/record.ts';
import { loadRespondents, storeRespondents } from './respondents-store.ts';

export class RespondentsPanel {
  list: Respondent[] = [];
  /** The person at the keyboard, so importing their own download does not count them twice. */
  own: Respondent | null = null;
  readonly #root: HTMLElement;
  readonly #framework: Framework;
  readonly #changed: (message: string) => void;
  readonly #today: () => string;
  /** Imports run one after another, so a file dropped twice in a hurry is still seen as a duplicate. */
  #importing: Promise<void> = Promise.resolve();

  constructor(root: HTMLElement, framework: Framework, today: () => string, changed: (message: string) => void) {
    this.#root = root;
    this.#framework = framework;
    this.#today = today;
    this.#changed = changed;
    const input = root.querySelector<HTMLInputElement>('#pf-import');
    const drop = root.querySelector<HTMLElement>('[data-part="drop"]');
    input?.addEventListener('change', () => {
      this.#enqueue([...(input.files ?? [])]);
      input.value = '';
    });
    drop?.addEventListener('dragover', (e) => {
      e.preventDefault();
      drop.classList.add('pf-dragging');
    });
    drop?.addEventListener('dragleave', () => drop.classList.remove('pf-dragging'));
    drop?.addEventListener('drop', (e) => {
      e.preventDefault();
      drop.classList.remove('pf-dragging');
      this.#enqueue([...(e.dataTransfer?.files ?? [])]);
    });
  }

  #enqueue(files: File[]): void {
    this.#importing = this.#importing.then(() => this.#import(files));
  }

  /** Loads what this browser kept, validated; says so when something stored was not a respondent. */
  async restore(): Promise<void> {
    const { respondents, dropped } = await loadRespondents(this.#framework);
    this.set(respondents, dropped > 0 ? `${dropped} stored respondent(s) were not valid and were dropped; import their files again.` : '');
  }

  /** Another tab changed the stored respondents: keep both tabs' people, each once. */
  async mergeFromStorage(): Promise<void> {
    const { respondents } = await loadRespondents(this.#framework);
    const added = (await import('./import-records.ts')).notAmong(respondents, this.list);
    if (added.length > 0) this.set([...this.list, ...added], `${added.length} respondent(s) imported in another tab were added here too.`);
  }

  set(list: Respondent[], message = ''): void {
    this.list = list;
    storeRespondents(list);
    this.#render();
    this.#changed(message);
  }

  remove(index: number): void {
    const gone = this.list[index];
    this.set(
      this.list.filter((_, i) => i !== index),
      gone ? `Removed ${gone.name}.` : '',
    );
  }

  async #import(files: File[]): Promise<void> {
    if (files.length === 0) return;
    const { importOnPage } = await import('./import-records.ts');
    const known = [...(this.own ? [this.own] : []), ...this.list];
    const { respondents, message } = await importOnPage(this.#root, files, this.#framework, known, this.#today());
    this.set([...this.list, ...respondents], message);
  }

  /** The list's table loads with the first respondent: most people never import one. */
  #render(): void {
    const target = this.#root.querySelector<HTMLElement>('[data-part="respondent-list"]');
    if (!target) return;
    if (this.list.length === 0) return void (target.innerHTML = '');
    const list = this.list;
    void import('./respondent-list.ts').then((m) => {
      if (this.list === list) target.innerHTML = m.respondentList(list, this.#framework, this.#today()).value;
    });
  }
}
