/**
 * The result's detail sections (everything after the summary card), loaded on first need so a
 * keystroke's JavaScript carries only the card: the same assessmentSections() the record pages use.
 * DORA's part loads apart again, when its fold is opened or the answers hold a DORA answer.
 */
import type { Result } from '#src/engine/decision/evaluate.ts';
import type { Framework } from '#src/engine/framework/schema.ts';
import type { Answers } from '#src/engine/inputs/fields.ts';
import type { AssessmentResult } from '#src/engine/respondents/assessment.ts';
import { assessmentSections } from '#src/render/assessment-sections.ts';
import type { Section } from '#src/render/card-html.ts';
import { DORA_FLAGS } from '#src/engine/inputs/dora-flag-names.ts';
import type { RawState } from './form-state.ts';
import { lazy } from './lazy.ts';

/** What DORA's section reads: the page (its fields and embedded benchmarks), the form's state, the answers. */
export interface DoraContext {
  root: HTMLElement;
  state: RawState;
  answers: Answers | null;
  /** Draws the result again, once DORA's code has arrived. */
  redraw: () => void;
}

let redraw = () => {};
let doraWanted = false;
const dora = lazy(
  () => import('./dora-details.ts'),
  () => redraw(),
);

export function detailSections(r: Result, framework: Framework, assessment: AssessmentResult | null, context?: DoraContext): Section[] {
  const sections = assessmentSections(r, framework, assessment ?? undefined).filter((s) => s.key !== 'card');
  if (!context) return sections;
  redraw = context.redraw;
  doraWanted ||= doraInUse(context.root, context.state);
  if (!doraWanted) return sections;
  return [...sections, ...(dora()?.doraSections(context.root, context.state, context.answers) ?? [])];
}

/** DORA's code is needed once its fold is open or a DORA answer is given (typed, linked or restored). */
function doraInUse(root: HTMLElement, state: RawState): boolean {
  if (root.querySelector<HTMLDetailsElement>('details.pf-dora-fields')?.open) return true;
  if (Object.values(DORA_FLAGS).some((flag) => (state[flag] ?? '').trim() !== '')) return true;
  const linked = new URLSearchParams(location.search);
  return Object.values(DORA_FLAGS).some((flag) => linked.has(flag));
}

/**
 * Switched on with the detail sections (they load with the first result): opening DORA's fold
 * draws again, which loads its code; "Compare with a previous assessment" loads the comparison's
 * code when a file is chosen. A file chosen before this code arrived (a slow connection, a quick
 * hand) is compared as soon as it does.
 */
export function wireDetails(
  root: HTMLElement,
  framework: Framework,
  now: () => { result: Result | null; answers: Answers | null },
  draw: () => void,
): void {
  root.querySelector('details.pf-dora-fields')?.addEventListener('toggle', draw);
  const input = root.querySelector<HTMLInputElement>('#pf-compare');
  if (!input) return;
  const compare = () => void import('./compare.ts').then((m) => m.compareWithFile(root, input, framework, now()));
  input.addEventListener('change', compare);
  if (input.files?.length) compare();
}
