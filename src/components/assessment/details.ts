/**
 * The result's detail sections (everything after the summary card), loaded on first need so a
 * keystroke's JavaScript carries only the card: the same assessmentSections() the record pages use.
 * DORA's section needs zod to read its answers, so it loads on demand from here, apart again.
 */
import type { Result } from '#src/engine/decision/evaluate.ts';
import type { Framework } from '#src/engine/framework/schema.ts';
import type { Answers } from '#src/engine/inputs/fields.ts';
import type { DoraInputs } from '#src/engine/inputs/dora-answers.ts';
import type { AssessmentResult } from '#src/engine/respondents/assessment.ts';
import { assessmentSections } from '#src/render/assessment-sections.ts';
import type { Section } from '#src/render/card-html.ts';
import type { RawState } from './form-state.ts';
import { lazy } from './lazy.ts';

export { morph } from './morph.ts';

/** What DORA's section reads: the page (its fields and embedded benchmarks), the form's state, the answers. */
export interface DoraContext {
  root: HTMLElement;
  state: RawState;
  answers: Answers | null;
  /** Draws the result again, once DORA's code has arrived. */
  redraw: () => void;
}

let redraw = () => {};
const dora = lazy(
  () => import('./dora-details.ts'),
  () => redraw(),
);

/**
 * The DORA answers typed in the form, once DORA's code is here (undefined until then, and when
 * none is given): the page adds them to the person's own answers before anyone is combined, so
 * the result, the download and the comparison all count them as the record does.
 */
export function doraOf(root: HTMLElement, state: RawState, then: () => void): DoraInputs | undefined {
  redraw = then;
  return dora()?.doraAnswersOf(root, state);
}

export function detailSections(r: Result, framework: Framework, assessment: AssessmentResult | null, context?: DoraContext): Section[] {
  const sections = assessmentSections(r, framework, assessment ?? undefined).filter((s) => s.key !== 'card');
  if (!context) return sections;
  redraw = context.redraw;
  return [...sections, ...(dora()?.doraSections(context.root, context.state, context.answers) ?? [])];
}

/** "Start from the last record" switches on with the detail sections; its code loads when a file is chosen. */
export function wireStart(root: HTMLElement, framework: Framework, today: () => string): void {
  const input = root.querySelector<HTMLInputElement>('#pf-start');
  const start = () => {
    const file = input?.files?.[0];
    if (file) void import('./start-from-file.ts').then((m) => m.startFromFile(root, file, framework, today()));
  };
  input?.addEventListener('change', start);
  start();
}

/**
 * "Compare with a previous assessment" switches on with the detail sections (they load when the
 * page is idle); the comparison's own code loads when a file is chosen. A file chosen before this
 * code arrived (a slow connection, a quick hand) is compared as soon as it does.
 */
export function wireCompare(
  root: HTMLElement,
  framework: Framework,
  now: () => { result: Result | null; answers: Answers | null },
): () => void {
  const input = root.querySelector<HTMLInputElement>('#pf-compare');
  if (!input) return () => {};
  const compare = (quiet = false) => void import('./compare.ts').then((m) => m.compareWithFile(root, input, framework, now(), quiet));
  input.addEventListener('change', () => compare());
  if (input.files?.length) compare();
  // Called when the answers or the respondents change: a comparison on screen is worked out again, never left stale.
  return () => {
    if (input.files?.length) compare(true);
  };
}
