/**
 * <pf-assessment>: switches the server-rendered questionnaire on. Every change re-evaluates with
 * the same src/engine functions the CLI uses, and the answers are kept in the URL and localStorage.
 */
import { isIsoDate, localIsoDate } from '#src/engine/dates.ts';
import { evaluateAssessment, type AssessmentResult } from '#src/engine/assessment.ts';
import { evaluate, type Result } from '#src/engine/evaluate.ts';
import type { Framework } from '#src/engine/framework-schema.ts';
import { NUMBER_FIELDS } from '#src/engine/inputs.ts';
import { parseFields, type FieldError } from '#src/engine/parse-fields.ts';
import { MULTI_SCHEMA_VERSION, SCHEMA_VERSION, withDistinctNames, type AssessmentRecord, type Respondent } from '#src/engine/record.ts';
import { recordToYaml } from '#src/engine/record-yaml.ts';
import { reviewIcs } from '#src/engine/review-ics.ts';
import { answerFields, fromQuery, isEmpty, loadStored, readForm, store, toQuery, writeForm, type RawState } from './form-state.ts';
import { h, Html, join } from '#src/render/html.ts';
import { respondentsHtml } from '#src/render/respondents-html.ts';
import { resultHtml, waitingHtml } from '#src/render/result-html.ts';
import { loadRespondents, storeRespondents } from './respondents-store.ts';
import { saveFile } from './save-file.ts';

class PfAssessment extends HTMLElement {
  #framework!: Framework;
  #form!: HTMLFormElement;
  #region!: HTMLElement;
  #result: Result | null = null;
  #assessment: AssessmentResult | null = null;
  #respondents: Respondent[] = [];
  #lastHtml = '';

  connectedCallback(): void {
    this.#framework = JSON.parse(this.querySelector('#pf-framework')?.textContent ?? '{}') as Framework;
    this.#form = this.querySelector('form') as HTMLFormElement;
    this.#region = this.querySelector('.pf-result') as HTMLElement;
    for (const el of this.querySelectorAll('[data-needs-js]')) el.removeAttribute('hidden');
    this.#respondents = loadRespondents();
    this.#wireImport();
    // A shared link wins over what this browser remembered: it is what the person just opened.
    const initial = fromQuery(location.search) ?? loadStored();
    if (initial) writeForm(this.#form, initial);
    if (!this.#dateInput.value) this.#dateInput.value = localIsoDate(new Date());
    this.#form.addEventListener('input', () => this.#update());
    this.#form.addEventListener('change', () => this.#update());
    this.#form.addEventListener('submit', (e) => e.preventDefault());
    this.addEventListener('click', (e) => this.#onAction(e));
    this.#update();
  }

  get #dateInput(): HTMLInputElement {
    return this.#form.elements.namedItem('date') as HTMLInputElement;
  }

  #update(): void {
    const state = readForm(this.#form);
    const fields = answerFields(state);
    const { answers, errors } = parseFields(
      fields,
      this.#framework.trap.signs.map((s) => s.id),
    );
    const date = state.date?.trim() || localIsoDate(new Date());
    // Empty required answers are "not yet", not "wrong": only say so in the summary.
    const shown = errors.filter((e) => (fields[e.flag] ?? '').trim() !== '');
    if (!isIsoDate(date))
      shown.push({
        flag: 'date',
        message: 'must be a calendar date written YYYY-MM-DD',
      });
    this.#markFields(shown, state);
    const ownEmpty = NUMBER_FIELDS.every((f) => !(fields[f.flag] ?? '').trim());
    const everyone = withDistinctNames([...(answers ? [{ name: state.by?.trim() || 'You', answers }] : []), ...this.#respondents]);
    const ready = shown.length === 0 && everyone.length > 0 && (answers !== null || (ownEmpty && this.#respondents.length > 0));
    this.#assessment = ready && everyone.length > 1 ? evaluateAssessment(everyone, this.#framework, { assessedOn: date }) : null;
    this.#result = this.#assessment?.result ?? (ready && answers ? evaluate(answers, this.#framework, { assessedOn: date }) : null);
    this.#render(ownEmpty && this.#respondents.length > 0 ? [] : errors, shown);
    this.#renderRespondentList();
    this.#persist(state);
  }

  #markFields(errors: FieldError[], state: RawState): void {
    for (const p of this.querySelectorAll<HTMLElement>('.pf-error')) {
      const flag = p.id.replace(/^pf-/, '').replace(/-error$/, '');
      const error = errors.find((e) => e.flag === flag);
      const weeks = flag === 'onboarding-days' && state['onboarding-unit'] === 'weeks';
      p.textContent = error ? (weeks ? 'Must be a number of weeks from 0 to 52.' : `${capitalise(error.message)}.`) : '';
      p.hidden = !error;
      const input = this.querySelector<HTMLElement>(`[name="${flag}"]:not([type="radio"]):not([type="checkbox"])`);
      if (input) {
        if (error) input.setAttribute('aria-invalid', 'true');
        else input.removeAttribute('aria-invalid');
      }
    }
  }

  #render(errors: FieldError[], shown: FieldError[]): void {
    const body = this.#region.querySelector('[data-part="body"]') as HTMLElement;
    const r = this.#result;
    this.#region.dataset.recommendation = r?.recommendation ?? '';
    this.#region.dataset.score = r ? String(r.score.value) : '';
    this.#region.dataset.decidedBy = r?.decidedBy.ruleId ?? '';
    const label = (flag: string) => NUMBER_FIELDS.find((f) => f.flag === flag)?.label.toLowerCase() ?? flag;
    const missing = errors.filter((e) => !shown.includes(e)).map((e) => label(e.flag));
    // Every text in this markup is escaped by h(); nothing typed or linked is parsed as HTML.
    const several = this.#assessment ? respondentsHtml(this.#assessment, this.#framework).value : '';
    const next = r
      ? resultHtml(r).value + several
      : waitingHtml(
          missing,
          shown.map((e) => label(e.flag)),
        ).value;
    // Replace only when something changed, so screen readers are not re-read the same result.
    if (next !== this.#lastHtml) {
      body.innerHTML = next;
      this.#lastHtml = next;
    }
    const jump = this.querySelector<HTMLAnchorElement>('[data-part="jump"]');
    if (jump) {
      jump.hidden = !r;
      jump.textContent = r ? `Result: ${r.label}, pressure ${r.score.value}/100. See why ↓` : '';
    }
    this.#fillPrintSummary();
  }

  #persist(state: RawState): void {
    const empty = isEmpty({ ...state, date: '' });
    store(empty ? null : state);
    const query = empty ? '' : toQuery(state);
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
  }

  /** The answers as a table that only print shows, so a printed result says what it was based on. */
  #fillPrintSummary(): void {
    let table = this.querySelector('.pf-print-answers');
    if (!table) {
      table = document.createElement('table');
      table.className = 'pf-print-answers';
      this.#region.before(table);
    }
    const unit = readForm(this.#form)['onboarding-unit'] ?? 'days';
    const rows: Html[] = [];
    for (const [name, value] of new FormData(this.#form)) {
      if (typeof value !== 'string' || !value.trim() || name === 'onboarding-unit') continue;
      const control = this.#form.querySelector(`[name="${name}"]`);
      const label =
        control?.closest('fieldset.pf-radios, fieldset.pf-checks')?.querySelector('legend')?.textContent ??
        this.querySelector(`label[for="${control?.id}"]`)?.textContent ??
        name;
      const shown = name === 'onboarding-days' ? `${value} ${unit}` : value;
      rows.push(h('tr', {}, h('th', { scope: 'row' }, label), h('td', {}, shown)));
    }
    table.innerHTML = join([h('caption', {}, 'Answers'), h('tbody', {}, join(rows))]).value;
  }

  #say(text: string): void {
    const status = this.querySelector('[data-part="action-status"]');
    if (status) status.textContent = text;
  }

  #onAction(event: Event): void {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    const action = button.dataset.action;
    if (action === 'start-over') return this.#startOver();
    if (action === 'print') return window.print();
    if (action === 'copy-link') return void this.#copyLink(location.href, 'Link copied.');
    if (action === 'copy-respondent-link') return void this.#copyLink(this.#blankLink(), 'Blank link copied: send it to a respondent.');
    if (action === 'remove-respondent') return this.#removeRespondent(Number(button.dataset.index));
    if (!this.#result) return this.#say('Complete the answers first: there is no result to save yet.');
    if (action === 'download-yaml') this.#downloadYaml(this.#result);
    if (action === 'download-ics') this.#downloadIcs(this.#result);
  }

  async #copyLink(link: string, done: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(link);
      this.#say(done);
    } catch {
      this.#say(`Copy this link: ${link}`);
    }
  }

  /** The page with only the record fields filled in: each respondent answers for themselves. */
  #blankLink(): string {
    const state = readForm(this.#form);
    const params = new URLSearchParams();
    for (const key of ['org', 'unit', 'date'] as const) if (state[key]?.trim()) params.set(key, state[key].trim());
    return new URL(`${location.pathname}${params.size ? `?${params}` : ''}`, location.href).href;
  }

  #wireImport(): void {
    const input = this.querySelector<HTMLInputElement>('#pf-import');
    const drop = this.querySelector<HTMLElement>('[data-part="drop"]');
    input?.addEventListener('change', () => {
      void this.#import([...(input.files ?? [])]);
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
      void this.#import([...(e.dataTransfer?.files ?? [])]);
    });
  }

  async #import(files: File[]): Promise<void> {
    if (files.length === 0) return;
    const { importRecords } = await import('./import-records.ts');
    const { respondents, errors } = await importRecords(files, this.#framework);
    const list = this.querySelector<HTMLElement>('[data-part="import-errors"]')!;
    list.innerHTML = errors.map((e) => h('li', {}, e).value).join('');
    list.hidden = errors.length === 0;
    this.#respondents = [...this.#respondents, ...respondents];
    storeRespondents(this.#respondents);
    this.#say(
      `Imported ${respondents.length} respondent(s)${errors.length ? `; ${errors.length} problem(s) listed below the import` : ''}.`,
    );
    this.#update();
  }

  #removeRespondent(index: number): void {
    this.#respondents = this.#respondents.filter((_, i) => i !== index);
    storeRespondents(this.#respondents);
    this.#update();
  }

  #renderRespondentList(): void {
    const target = this.querySelector<HTMLElement>('[data-part="respondent-list"]');
    if (!target) return;
    const alone = (r: Respondent) =>
      this.#framework.recommendations[evaluate(r.answers, this.#framework, { assessedOn: '2000-01-01' }).recommendation].label;
    const html = this.#respondents.length
      ? h(
          'section',
          {
            class: 'pf-table-scroll',
            tabindex: 0,
            'aria-label': 'Imported respondents (scrolls sideways)',
          },
          h(
            'table',
            {},
            h('caption', {}, `Imported respondents (${this.#respondents.length})`),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                h('th', { scope: 'col' }, 'Respondent'),
                h('th', { scope: 'col' }, 'Alone they would get'),
                h('th', { scope: 'col' }, h('span', { class: 'sr-only' }, 'Remove')),
              ),
            ),
            h(
              'tbody',
              {},
              join(
                this.#respondents.map((r, i) =>
                  h(
                    'tr',
                    {},
                    h('th', { scope: 'row' }, r.name),
                    h('td', {}, alone(r)),
                    h(
                      'td',
                      {},
                      h(
                        'button',
                        {
                          type: 'button',
                          'data-action': 'remove-respondent',
                          'data-index': i,
                          'aria-label': `Remove ${r.name}`,
                        },
                        'Remove',
                      ),
                    ),
                  ),
                ),
              ),
            ),
          ),
        ).value
      : '';
    if (target.innerHTML !== html) target.innerHTML = html;
  }

  #downloadYaml(result: Result): void {
    const state = readForm(this.#form);
    const org = state.org?.trim();
    const orgError = this.querySelector('#pf-org-error') as HTMLElement;
    const orgInput = this.querySelector('#pf-org') as HTMLInputElement;
    if (!org) {
      orgError.textContent = 'Needed for the record: the organisation it belongs to.';
      orgError.hidden = false;
      orgInput.setAttribute('aria-invalid', 'true');
      orgInput.focus();
      return this.#say('Add the organisation to download a record.');
    }
    orgError.hidden = true;
    orgInput.removeAttribute('aria-invalid');
    const answers = parseFields(
      answerFields(state),
      this.#framework.trap.signs.map((s) => s.id),
    ).answers;
    const base = {
      organization: org,
      unit: state.unit?.trim() || undefined,
      assessedOn: result.assessedOn,
      assessedBy: state.by?.trim() || undefined,
      notes: state.notes?.trim() || undefined,
      frameworkVersion: this.#framework.version,
    };
    const record: AssessmentRecord | null = this.#assessment
      ? {
          ...base,
          schemaVersion: MULTI_SCHEMA_VERSION,
          respondents: this.#assessment.respondents.map((r) => ({
            name: r.name,
            answers: r.answers,
          })),
        }
      : answers
        ? { ...base, schemaVersion: SCHEMA_VERSION, answers }
        : null;
    if (!record) return;
    const text = recordToYaml(record);
    saveFile(`${result.assessedOn}.yaml`, 'application/yaml', text);
    this.#say(`Downloaded ${result.assessedOn}.yaml: commit it under assessments/.`);
  }

  #downloadIcs(result: Result): void {
    const text = reviewIcs({
      reviewOn: result.nextReviewOn,
      createdAt: new Date().toISOString(),
      summary: 'Re-run the platform-fit assessment',
      description: `Last result (${result.assessedOn}): ${result.label}. Re-run the assessment and commit the new record.`,
      url: new URL('/assessment/', location.href).href,
    });
    saveFile(`platform-fit-review-${result.nextReviewOn}.ics`, 'text/calendar', text);
    this.#say(`Calendar event for ${result.nextReviewOn} downloaded.`);
  }

  #startOver(): void {
    this.#respondents = [];
    storeRespondents([]);
    writeForm(this.#form, {});
    this.#dateInput.value = localIsoDate(new Date());
    store(null);
    this.#update();
    this.#say('Cleared.');
    (this.#form.elements.namedItem('team-size') as HTMLInputElement | null)?.focus();
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

customElements.define('pf-assessment', PfAssessment);
