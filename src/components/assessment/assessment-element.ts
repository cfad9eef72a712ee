/**
 * <pf-assessment>: switches the server-rendered questionnaire on. Every change re-evaluates with the CLI's src/engine
 * functions; the view replaces only what changed; the URL and localStorage are written a moment later. This file is
 * the element's lifecycle and actions; each concern lives in its own module.
 */
import type { AssessmentResult } from '#src/engine/respondents/assessment.ts';
import { localIsoDate } from '#src/engine/calendar/dates.ts';
import { dateRule, inDateRange } from '#src/engine/calendar/date-range.ts';
import { describeCard } from '#src/engine/text/describe-card.ts';
import { evaluate, type Result } from '#src/engine/decision/evaluate.ts';
import type { Framework } from '#src/engine/framework/schema.ts';
import { NUMBER_FIELDS, type Answers } from '#src/engine/inputs/fields.ts';
import { parseFieldsKeepingResult, type FieldError } from '#src/engine/inputs/parse-fields.ts';
import type { Respondent } from '#src/engine/records/record.ts';
import { cardSection, sectionKeys, waitingHtml } from '#src/render/card-html.ts';
import { lazy } from './lazy.ts';
import { markFields } from './field-errors.ts';
import { answerFields, readForm, STORAGE_KEY, toQuery, writeForm, type RawState } from './form-state.ts';
import { OTHER_TAB, showStatus } from './status.ts';
import { PrintTable } from './print-table.ts';
import { RespondentsPanel } from './respondents-panel.ts';
import { RESPONDENTS_KEY } from './respondents-store.ts';
import { ResultView } from './result-view.ts';
import { TabStore } from './tab-store.ts';

/** Writes to storage and the address wait this long after the last keystroke. */
const PERSIST_DELAY_MS = 400;
const today = () => localIsoDate(new Date());
const LOAD = {
  details: () => import('./details.ts'),
  combine: () => import('#src/engine/respondents/assessment.ts'),
  people: () => import('#src/engine/inputs/parse-number.ts'),
};
/** Until the number reader has loaded (it loads with the first 180,000 typed), the page waits a moment. */
const WAIT = { ok: false, message: 'reading the number…' } as const;

class PfAssessment extends HTMLElement {
  #framework!: Framework;
  #form!: HTMLFormElement;
  #region!: HTMLElement;
  #jump: HTMLAnchorElement | null = null;
  #live: HTMLElement | null = null;
  #view!: ResultView;
  #panel!: RespondentsPanel;
  #result: Result | null = null;
  /** Code loaded on first need (details, several respondents, print); the result is drawn again when it arrives. */
  readonly #redraw = () => (this.#update(), this.#view.flush());
  readonly #details = lazy(LOAD.details, (m) => {
    // "What changed" compares what the page shows (everyone's combined answers) and follows every change.
    this.#refresh = m.wireDetails(this, this.#framework, () => ({ result: this.#result, answers: this.#answers }), this.#redraw);
    this.#redraw();
  });
  #refresh = () => {};
  readonly #combine = lazy(LOAD.combine, () => this.#update());
  readonly #people = lazy(LOAD.people, () => this.#update());
  #printTable!: PrintTable;
  /** The person's answers, and those that decide (everyone's combined, or the person's). */
  #own: Answers | null = null;
  #answers: Answers | null = null;
  #everyone: Respondent[] = [];
  #persistTimer: ReturnType<typeof setTimeout> | undefined;
  #undo: { state: RawState; respondents: Respondent[] } | null = null;
  readonly #tab = new TabStore();

  connectedCallback(): void {
    this.#framework = JSON.parse(this.querySelector('#pf-framework')?.textContent ?? '{}') as Framework;
    this.#form = this.querySelector('form') as HTMLFormElement;
    this.#region = this.querySelector('.pf-result') as HTMLElement;
    this.#jump = this.querySelector<HTMLAnchorElement>('[data-part="jump"]');
    this.#live = this.querySelector<HTMLElement>('[data-part="live"]');
    this.#view = new ResultView(this.#region.querySelector('[data-part="body"]') as HTMLElement);
    this.#printTable = new PrintTable(
      this,
      this.#form,
      this.#region,
      () => this.#view.flush(),
      () => this.#own,
    );
    for (const el of this.querySelectorAll('[data-needs-js]')) el.removeAttribute('hidden');
    this.#panel = new RespondentsPanel(this, this.#framework, today, (message) => {
      if (message) showStatus(this, message);
      this.#update();
    });
    // A re-run is today's run: a stored date counts only on the day it was set (the reminder link has none).
    const initial = this.#tab.open(this, location.search, today());
    if (initial) writeForm(this.#form, initial);
    if (!this.#dateInput.value) this.#dateInput.value = today();
    for (const type of ['input', 'change'])
      this.#form.addEventListener(type, (e) => {
        this.#tab.edit(e.target);
        this.#update();
      });
    this.#form.addEventListener('submit', (e) => e.preventDefault());
    this.addEventListener('click', (e) => this.#onAction(e));
    // "Start from the last record" works on an empty page too: its code loads when a file is chosen (or was, before this ran).
    const start = this.querySelector<HTMLInputElement>('#pf-start');
    const startFrom = (file = start?.files?.[0]) =>
      file && void import('./start-from-file.ts').then((m) => m.startFromFile(this, file, this.#framework, today()));
    start?.addEventListener('change', () => startFrom());
    startFrom();
    window.addEventListener('storage', (e) => this.#onStorage(e));
    // Leaving or reloading before the delayed write: write now, so no keystroke is lost.
    window.addEventListener('pagehide', () => this.#flush());
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && this.#flush());
    this.#update();
    void this.#panel.restore();
  }

  get #dateInput(): HTMLInputElement {
    return this.#form.elements.namedItem('date') as HTMLInputElement;
  }

  #update(): void {
    const state = readForm(this.#form);
    const fields = answerFields(state);
    const ids = this.#framework.trap.signs.map((s) => s.id);
    const { answers, errors } = parseFieldsKeepingResult(fields, ids, (text) => this.#people()?.readPeopleNumber(text) ?? WAIT);
    // A 180,000 typed before the number reader is here: the page stays as it is until it arrives (and draws again).
    if (errors.some((e) => e.message === WAIT.message)) return;
    const date = state.date?.trim() || today();
    // Empty required answers are "not yet", not "wrong": only say so in the summary.
    const shown: FieldError[] = errors.filter((e) => (fields[e.flag] ?? '').trim() !== '');
    if (!inDateRange(date, today())) shown.push({ flag: 'date', message: dateRule(today()) });
    markFields(this, shown, state);
    const imported = this.#panel.list;
    const ownEmpty = NUMBER_FIELDS.every((f) => !(fields[f.flag] ?? '').trim());
    // The person's answers as the record stores them: DORA's (read by DORA's code once here) and no trap sign ticked as `[]`.
    const dora = answers ? this.#details()?.doraOf(this, state, this.#redraw) : undefined;
    const own = answers && { ...answers, trapSigns: answers.trapSigns ?? [], ...(dora ? { dora } : {}) };
    this.#own = own;
    this.#panel.own = own ? { name: state.by?.trim() || 'You', answers: own } : null;
    // Imported respondents wait a moment (once) for the combining code: one person's result is never shown as theirs.
    const combine = imported.length > 0 ? this.#combine() : undefined;
    if (imported.length > 0 && !combine) return;
    this.#everyone = combine ? combine.everyoneOnce(this.#panel.own, imported) : this.#panel.own ? [this.#panel.own] : [];
    // With answers, what is left are business-case slips: marked, left to their defaults, not blocking.
    const ready = shown.every((e) => answers && e.flag !== 'date') && (answers !== null || (ownEmpty && imported.length > 0));
    const several = ready && this.#everyone.length > 1;
    const assessment = several && combine ? combine.evaluateAssessment(this.#everyone, this.#framework, { assessedOn: date }) : null;
    const alone = ready && !several ? this.#everyone[0]?.answers : undefined;
    this.#result = assessment?.result ?? (alone ? evaluate(alone, this.#framework, { assessedOn: date }) : null);
    this.#answers = this.#result ? (assessment?.answers ?? alone ?? null) : null;
    this.#render(assessment, ownEmpty && imported.length > 0 ? [] : errors, shown, state);
    this.#schedulePersist();
  }

  #render(assessment: AssessmentResult | null, errors: FieldError[], shown: FieldError[], state: RawState): void {
    const r = this.#result;
    const data = { recommendation: r?.recommendation ?? '', score: r ? String(r.score.value) : '', decidedBy: r?.decidedBy.ruleId ?? '' };
    for (const [name, value] of Object.entries(data)) if (this.#region.dataset[name] !== value) this.#region.dataset[name] = value;
    const labels = (list: FieldError[]) => list.map((e) => NUMBER_FIELDS.find((f) => f.flag === e.flag)?.label.toLowerCase() ?? e.flag);
    if (r) {
      // The card's words now; the rest (DORA's part too, empty when unanswered) only when typing pauses.
      const dora = { root: this, state, answers: this.#answers, redraw: this.#redraw };
      this.#view.show(
        [...sectionKeys(r, assessment !== null), 'dora'],
        cardSection(describeCard(r, this.#framework, assessment ?? undefined)),
        () => this.#details()?.detailSections(r, this.#framework, assessment, dora) ?? [],
      );
    } else {
      this.#view.wait(waitingHtml(labels(errors.filter((e) => !shown.includes(e))), labels(shown)));
    }
    const text = r ? `Result: ${r.headline}. See why ↓` : '';
    if (this.#jump && this.#jump.textContent !== text) Object.assign(this.#jump, { textContent: text, hidden: !r });
    const said = r ? `Recommendation: ${r.headline}.` : '';
    if (this.#live && this.#live.textContent !== said) this.#live.textContent = said;
  }

  /** Storage and the address are written after typing pauses: they cost more than the result does. */
  #schedulePersist(): void {
    clearTimeout(this.#persistTimer);
    this.#persistTimer = setTimeout(() => this.#persist(), PERSIST_DELAY_MS);
  }

  #flush(): void {
    if (this.#persistTimer === undefined) return;
    clearTimeout(this.#persistTimer);
    this.#persist();
  }

  #persist(): void {
    this.#persistTimer = undefined;
    const state = readForm(this.#form);
    this.#tab.write(state, today());
    const query = toQuery(state, today());
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
    this.#printTable.fill();
    this.#refresh();
  }

  #onStorage(event: StorageEvent): void {
    if (event.key === RESPONDENTS_KEY) void this.#panel.mergeFromStorage();
    if (event.key === STORAGE_KEY) showStatus(this, OTHER_TAB);
  }

  #onAction(event: Event): void {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    const action = button.dataset.action;
    if (action === 'start-over') return this.#startOver();
    if (action === 'undo') return this.#restore();
    if (action === 'print') return void this.#printTable.print();
    if (action === 'copy-link' || action === 'copy-respondent-link') return void this.#copyLink(action);
    if (action === 'remove-respondent') return this.#panel.remove(Number(button.dataset.index));
    if (!this.#result) return showStatus(this, 'Complete the answers first: there is no result to save yet.');
    if (action === 'download-yaml' || action === 'download-ics') void this.#download(action, this.#result);
  }

  /** The sharing code loads on first use (the click's permission to copy outlasts the load). */
  async #copyLink(action: string): Promise<void> {
    const { blankLink, copyLink, linkCopiedText } = await import('./share-links.ts');
    if (action === 'copy-respondent-link')
      return showStatus(this, await copyLink(blankLink(readForm(this.#form)), 'Blank link copied: send it to a respondent.'));
    this.#persist();
    showStatus(this, await copyLink(location.href, linkCopiedText(this.#panel.list.length)));
  }

  /** The writers load on first use: a person who never downloads never pays for them. */
  async #download(action: string, result: Result): Promise<void> {
    const { download } = await import('./record-export.ts');
    const context = { framework: this.#framework, own: this.#own, answers: this.#answers, everyone: this.#everyone, today: today() };
    showStatus(this, await download(this, readForm(this.#form), action, result, context));
  }

  #startOver(): void {
    this.#undo = { state: readForm(this.#form), respondents: this.#panel.list };
    writeForm(this.#form, {});
    this.#dateInput.value = today();
    this.#tab.clear();
    this.#panel.set([]);
    this.#persist();
    showStatus(this, 'Cleared: answers, notes and imported respondents.', { name: 'undo', label: 'Undo' });
    (this.#form.elements.namedItem('team-size') as HTMLInputElement | null)?.focus();
  }

  #restore(): void {
    if (!this.#undo) return;
    writeForm(this.#form, this.#undo.state);
    this.#tab.editAll(this.#undo.state);
    this.#panel.set(this.#undo.respondents);
    this.#undo = null;
    this.#persist();
    showStatus(this, 'Restored everything that was cleared.');
  }
}

customElements.define('pf-assessment', PfAssessment);
