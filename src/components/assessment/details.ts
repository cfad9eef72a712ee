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
import type { DoraInputs } from '#src/engine/inputs/dora-answers.ts';
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
  // Anyone's DORA answer counts: an imported respondent's shows the section although the organiser left it blank.
  doraWanted ||= doraInUse(context.root, context.state) || context.answers?.dora !== undefined;
  if (!doraWanted) return sections;
  return [...sections, ...(dora()?.doraSections(context.root, context.state, context.answers) ?? [])];
}

/**
 * The DORA answers typed in the form, once DORA's code is here (undefined until then, and when
 * none is given): the page adds them to the person's own answers before anyone is combined, so
 * the result, the download and the comparison all count them as the record does. Asking never
 * loads DORA's code on its own: only an open fold or a DORA answer does.
 */
export function doraOf(root: HTMLElement, state: RawState, then: () => void): DoraInputs | undefined {
  redraw = then;
  doraWanted ||= doraInUse(root, state);
  return doraWanted ? dora()?.doraAnswersOf(root, state) : undefined;
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
 * hand) is compared as soon as it does. Returns what to call when the answers or the respondents
 * change: a comparison on screen is worked out again, never left stale.
 */
export function wireDetails(
  root: HTMLElement,
  framework: Framework,
  now: () => { result: Result | null; answers: Answers | null },
  draw: () => void,
): () => void {
  root.querySelector('details.pf-dora-fields')?.addEventListener('toggle', draw);
  const input = root.querySelector<HTMLInputElement>('#pf-compare');
  if (!input) return () => {};
  const compare = (quiet = false) => void import('./compare.ts').then((m) => m.compareWithFile(root, input, framework, now(), quiet));
  input.addEventListener('change', () => compare());
  if (input.files?.length) compare();
  return () => {
    if (input.files?.length) compare(true);
  };
}
