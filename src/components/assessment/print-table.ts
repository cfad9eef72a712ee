/**
 * The answers table only print shows. Its code (print-summary.ts) loads when printing is near: the
 * Print button, Ctrl or Cmd pressed (Ctrl+P's P is still to come), print media or beforeprint;
 * never before. From then on the table is kept filled as the answers change, because a print
 * preview fires no beforeprint event in every browser.
 */
import type { Answers } from '#src/engine/inputs/fields.ts';
import { lazy } from './lazy.ts';

export class PrintTable {
  #near = false;
  readonly #code = lazy(
    () => import('./print-summary.ts'),
    () => this.fill(),
  );
  readonly #root: HTMLElement;
  readonly #form: HTMLFormElement;
  readonly #region: HTMLElement;
  /** Runs before each fill: the result's deferred sections are written first. */
  readonly #before: () => void;
  /** The answers as the engine read them, so a number prints as read (180,000, not 180k). */
  readonly #answers: () => Answers | null;

  constructor(root: HTMLElement, form: HTMLFormElement, region: HTMLElement, before: () => void, answers: () => Answers | null) {
    this.#root = root;
    this.#form = form;
    this.#region = region;
    this.#before = before;
    this.#answers = answers;
    const near = () => ((this.#near = true), this.fill());
    window.addEventListener('beforeprint', near);
    matchMedia('print').addEventListener('change', (e) => e.matches && near());
    window.addEventListener('keydown', (e) => !this.#near && (e.key === 'Control' || e.key === 'Meta') && near());
  }

  /** Fills the table when printing is near and its code is here; loads the code when it is near. */
  fill(): void {
    if (!this.#near) return;
    const code = this.#code();
    if (!code) return;
    this.#before();
    code.fillPrintTable(this.#root, this.#form, this.#region, this.#answers());
  }

  /** The Print button: waits for the table's code, fills the table, then opens the print dialog. */
  async print(): Promise<void> {
    this.#near = true;
    const { fillPrintTable } = await import('./print-summary.ts');
    this.#before();
    fillPrintTable(this.#root, this.#form, this.#region, this.#answers());
    window.print();
  }
}
