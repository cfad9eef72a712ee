/**
 * The decision drawn: the framework's rules as a vertical flowchart, in the order the engine tries
 * them. Each rule is a question ("Team size ≤ 20 engineers?"); yes leads right to its
 * recommendation, no leads down to the next rule, and the last no reaches the fallback. Everything
 * drawn comes from the framework, so a changed threshold redraws the chart at the next build.
 *
 * The same steps are written out by decisionText(): the page shows them as a list, the SVG carries
 * only a short name and description, so a screen reader hears the rules once.
 */
import { conditionText } from '#src/engine/text/describe.ts';
import { nounFor, numberWord } from '#src/engine/words.ts';
import type { Fallback, Recommendation, Rule } from '#src/engine/framework/schema.ts';
import { NUMBER_FIELDS } from '#src/engine/inputs/fields.ts';
import { h, join, type Html } from './html.ts';
import { charsThatFit, wrapText } from './wrap-text.ts';

/** What the diagram reads from a framework: the rules, the fallback and each outcome's label. */
export interface DecisionFramework {
  rules: readonly Rule[];
  fallback: Fallback;
  recommendations: Record<Recommendation, { label: string }>;
}

interface DecisionStep {
  title: string;
  /** "Team size ≤ 20 engineers?" */
  question: string;
  recommendation: Recommendation;
  outcome: string;
  /** A rule on an optional input is skipped when the input was not answered. */
  optional: boolean;
}

/** "Team size ≤ 20 engineers?" wraps before the operator, never inside "≤ 20 engineers?". */
const keepThresholdTogether = (question: string) =>
  question.replace(/ ([<>≤≥=]) (.*)$/u, (_m, op: string, rest: string) => `\u00a0${op}\u00a0${rest.replaceAll(' ', '\u00a0')}`);

const isOptional = (rule: Rule) => NUMBER_FIELDS.find((f) => f.key === rule.input)?.required !== true;

function decisionSteps(fw: DecisionFramework): DecisionStep[] {
  return fw.rules.map((r) => ({
    title: r.title,
    question: `${conditionText(r.input, r.op, r.threshold)}?`,
    recommendation: r.recommendation,
    outcome: fw.recommendations[r.recommendation].label,
    optional: isOptional(r),
  }));
}

/** The flowchart in words, one sentence a step, the fallback last: the diagram's text equivalent. */
export function decisionText(fw: DecisionFramework): string[] {
  const steps = decisionSteps(fw);
  return [
    ...steps.map((s, i) => `${s.title}: ${s.question} Yes: ${s.outcome}. No${s.optional ? ', or not answered' : ''}: go to step ${i + 2}.`),
    `${fw.fallback.title}: ${fw.recommendations[fw.fallback.recommendation].label}.`,
  ];
}

// Layout, in SVG user units: drawn at 1:1 on a wide screen, scaled down to a phone's width.
const W = 420;
const DECISION_W = 244;
const OUTCOME_X = 290;
const OUTCOME_W = W - OUTCOME_X - 1;
const TIP = 12; // how far a decision's pointed ends reach out
const PAD = { x: 10, y: 9 };
const TEXT = { size: 14, line: 18 };
const SMALL = { size: 12.5, line: 16 };
const ARROW = 40; // the vertical gap a "no" arrow crosses
const HEAD = 6;

interface Line {
  text: string;
  small: boolean;
}

const lines = (text: string, small: boolean, width: number): Line[] =>
  wrapText(text, charsThatFit(width, small ? SMALL.size : TEXT.size)).map((t) => ({ text: t, small }));
const blockHeight = (ls: readonly Line[]) => ls.reduce((sum, l) => sum + (l.small ? SMALL.line : TEXT.line), 0) + 2 * PAD.y;

/** Lines of text centred on x, starting at top. */
function textBlock(ls: readonly Line[], x: number, top: number, cls: string): Html {
  let y = top + PAD.y;
  return join(
    ls.map((l) => {
      const style = l.small ? SMALL : TEXT;
      y += style.line;
      // The baseline sits a quarter line above the line's bottom, so descenders stay inside.
      return h(
        'text',
        { class: l.small ? 'pf-dd-note' : cls, x, y: y - style.line / 4, 'font-size': style.size, 'text-anchor': 'middle' },
        l.text,
      );
    }),
  );
}

function arrowHead(x: number, y: number, direction: 'down' | 'right'): Html {
  const points =
    direction === 'down'
      ? [`${x - HEAD},${y - HEAD * 1.5}`, `${x + HEAD},${y - HEAD * 1.5}`, `${x},${y}`]
      : [`${x - HEAD * 1.5},${y - HEAD}`, `${x - HEAD * 1.5},${y + HEAD}`, `${x},${y}`];
  return h('polygon', { class: 'pf-dd-head', points: points.join(' ') });
}

/** A recommendation's box, as tall as its text, centred on `mid`; coloured by recommendation. */
function outcomeBox(recommendation: Recommendation, ls: readonly Line[], x: number, width: number, mid: number): Html {
  const height = blockHeight(ls);
  return join([
    h('rect', { class: `pf-dd-outcome pf-dd-${recommendation}`, x, y: mid - height / 2, width, height, rx: 8 }),
    textBlock(ls, x + width / 2, mid - height / 2, 'pf-dd-label'),
  ]);
}

export interface DiagramOptions {
  /** Prefix for the ids that name the SVG: unique on the page. */
  id: string;
}

export function decisionDiagram(fw: DecisionFramework, options: DiagramOptions): Html {
  const steps = decisionSteps(fw);
  const questionWidth = DECISION_W - 2 * TIP - 2 * PAD.x;
  const outcomeText = OUTCOME_W - 2 * PAD.x;
  const cx = DECISION_W / 2;
  const parts: Html[] = [];
  let top = 1;
  steps.forEach((s, i) => {
    const ls = [...lines(`${i + 1} · ${s.title}`, true, questionWidth), ...lines(keepThresholdTogether(s.question), false, questionWidth)];
    const outcomeLines = lines(s.outcome, false, outcomeText);
    const height = Math.max(blockHeight(ls), blockHeight(outcomeLines));
    const mid = top + height / 2;
    const bottom = top + height;
    parts.push(
      h('polygon', {
        class: 'pf-dd-decision',
        points: [
          [1, mid],
          [1 + TIP, top],
          [DECISION_W - TIP, top],
          [DECISION_W, mid],
          [DECISION_W - TIP, bottom],
          [1 + TIP, bottom],
        ].join(' '),
      }),
      textBlock(ls, cx, top + (height - blockHeight(ls)) / 2, 'pf-dd-question'),
      h('line', { class: 'pf-dd-arrow', x1: DECISION_W, y1: mid, x2: OUTCOME_X - 1, y2: mid }),
      arrowHead(OUTCOME_X, mid, 'right'),
      h(
        'text',
        { class: 'pf-dd-branch', x: (DECISION_W + OUTCOME_X) / 2, y: mid - 6, 'font-size': SMALL.size, 'text-anchor': 'middle' },
        'yes',
      ),
      outcomeBox(s.recommendation, outcomeLines, OUTCOME_X, OUTCOME_W, mid),
      h('line', { class: 'pf-dd-arrow', x1: cx, y1: bottom, x2: cx, y2: bottom + ARROW - 1 }),
      arrowHead(cx, bottom + ARROW, 'down'),
      h(
        'text',
        { class: 'pf-dd-branch', x: cx + 8, y: bottom + ARROW / 2 + 4, 'font-size': SMALL.size },
        s.optional ? 'no, or not answered' : 'no',
      ),
    );
    top = bottom + ARROW;
  });
  const fallbackLabel = fw.recommendations[fw.fallback.recommendation].label;
  const fallbackWidth = DECISION_W - 2 * PAD.x;
  const fallbackLines = [
    ...lines(`${steps.length + 1} · ${fw.fallback.title}`, true, fallbackWidth),
    ...lines(fallbackLabel, false, fallbackWidth),
  ];
  const fallbackHeight = blockHeight(fallbackLines);
  parts.push(outcomeBox(fw.fallback.recommendation, fallbackLines, 1, DECISION_W - 1, top + fallbackHeight / 2));
  const height = Math.ceil(top + fallbackHeight + 1);

  const titleId = `${options.id}-title`;
  const descId = `${options.id}-desc`;
  const count = numberWord(steps.length);
  return h(
    'svg',
    {
      class: 'pf-dd',
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${W} ${height}`,
      width: W,
      height,
      role: 'img',
      'aria-labelledby': titleId,
      'aria-describedby': descId,
    },
    h('title', { id: titleId }, 'The decision as a flowchart'),
    h(
      'desc',
      { id: descId },
      `${count[0]?.toUpperCase()}${count.slice(1)} ${nounFor(steps.length, 'rule')}, tried from the top: the first that applies decides. ` +
        `When none applies: ${fallbackLabel}. The steps are written out after the diagram.`,
    ),
    join(parts),
  );
}
