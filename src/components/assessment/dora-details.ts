/**
 * DORA's answers on the page, loaded on demand (the card never needs them): reads the DORA fields,
 * marks a bad one with what it allows, and builds the DORA detail section from the same report
 * and sentences the CLI and the record pages use.
 */
import type { DoraInputs } from '#src/engine/inputs/dora-answers.ts';
import { DORA_FLAGS, parseDoraFields } from '#src/engine/inputs/dora-flags.ts';
import { leadTimeFromMinutes, optionsFor } from '#src/engine/inputs/dora-questions.ts';
import type { DoraBenchmarks } from '#src/engine/dora/benchmarks.ts';
import { benchmarkChoiceLists } from '#src/engine/dora/benchmark-rows.ts';
import { doraReport } from '#src/engine/dora/report.ts';
import type { Answers } from '#src/engine/inputs/fields.ts';
import { describeDora } from '#src/engine/text/describe-dora.ts';
import { doraHtml } from '#src/render/dora-html.ts';
import type { Section } from '#src/render/card-html.ts';
import type { RawState } from './form-state.ts';

const cache = new WeakMap<HTMLElement, DoraBenchmarks>();
const seen = new WeakSet<HTMLElement>();

/** The benchmarks the build embedded (validated there) as inert JSON. */
function benchmarksOf(root: HTMLElement): DoraBenchmarks {
  let b = cache.get(root);
  if (!b) {
    b = JSON.parse(root.querySelector('#pf-dora')?.textContent ?? '{}') as DoraBenchmarks;
    cache.set(root, b);
  }
  return b;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function mark(root: HTMLElement, errors: readonly { flag: string; message: string }[]): void {
  for (const message of root.querySelectorAll<HTMLElement>('[data-dora-error-for]')) {
    const flag = message.dataset.doraErrorFor ?? '';
    const error = errors.find((e) => e.flag === flag);
    const text = error ? `${capitalise(error.message)}.` : '';
    if (message.textContent !== text) message.textContent = text;
    message.hidden = !error;
    const control = root.querySelector<HTMLElement>(`[name="${flag}"]`);
    if (error) control?.setAttribute('aria-invalid', 'true');
    else control?.removeAttribute('aria-invalid');
  }
}

function parsed(root: HTMLElement, state: RawState) {
  const b = benchmarksOf(root);
  return { b, ...parseDoraFields(state, benchmarkChoiceLists(b)) };
}

/** The valid DORA answers in the form, for the record; undefined when none is given. */
export function doraAnswersOf(root: HTMLElement, state: RawState): DoraInputs | undefined {
  const { b, dora } = parsed(root, state);
  return dora ? { ...dora, edition: b.edition } : undefined;
}

/**
 * A link's pick that is not one of a list's choices (an old bookmark, a hand-edited link) would
 * vanish into an empty list; it is kept as a marked choice instead, so its message shows.
 */
function keepLinkedPicks(root: HTMLElement): RawState {
  const kept: RawState = {};
  const linked = new URLSearchParams(location.search);
  for (const select of root.querySelectorAll<HTMLSelectElement>('.pf-dora-fields select')) {
    const value = linked.get(select.name)?.slice(0, 200);
    if (!value || Array.from(select.options).some((o) => o.value === value)) continue;
    select.add(new Option(`${value} (not a choice)`, value, true, true));
    kept[select.name] = value;
  }
  return kept;
}

/** Asked once: with a commit-to-production time, the lead-time list says what follows from it until overridden. */
function showLeadTimeFollows(root: HTMLElement, answers: Answers | null): void {
  const minutes = answers?.metrics?.commitToProductionMinutes;
  const label = minutes === undefined ? null : optionsFor('leadTime').find((o) => o.value === leadTimeFromMinutes(minutes))?.label;
  const text = label ? `From commit to production: ${label.toLowerCase()}` : 'Not answered';
  const unanswered = root.querySelector<HTMLOptionElement>(`select[name="${DORA_FLAGS.leadTime}"] option[value=""]`);
  if (unanswered && unanswered.textContent !== text) unanswered.textContent = text;
}

/** The DORA section for these answers, none when no DORA answer is given (bad ones are marked). */
export function doraSections(root: HTMLElement, given: RawState, answers: Answers | null): Section[] {
  const state = seen.has(root) ? given : { ...given, ...keepLinkedPicks(root) };
  const { b, dora, errors } = parsed(root, state);
  mark(root, errors);
  showLeadTimeFollows(root, answers);
  // Answers that arrived with the page (a link, a reload) are shown: the fold opens once, then stays as the person leaves it.
  if (!seen.has(root) && (dora || errors.length > 0)) root.querySelector('details.pf-dora-fields')?.setAttribute('open', '');
  seen.add(root);
  // The answers that decide already hold DORA's (the person's own, or everyone's combined); the form's are the fallback.
  const scored = answers?.dora ?? (dora ? { ...dora, edition: b.edition } : undefined);
  const report = scored && answers ? doraReport({ ...answers, dora: scored }, b) : null;
  return report ? [{ key: 'dora', html: doraHtml(describeDora(report)) }] : [];
}
