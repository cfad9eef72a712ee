/**
 * Evaluates an assessment with one or more respondents: the combined answers decide, each
 * respondent is evaluated too, and where they would get different recommendations the result
 * names the rules, and so the inputs, on which their answers fall on different sides.
 */
import { combineAnswers, median, type Tie, type TrapVote } from './combine.ts';
import { evaluate, type EvaluateOptions, type Result } from '../decision/evaluate.ts';
import type { Framework, Recommendation } from '../framework/schema.ts';
import { labelOf, NUMBER_FIELDS, type Answers, type InputKey, type NumberInputKey } from '../inputs/fields.ts';
import type { Respondent } from '../records/record.ts';

/** The page loads this module for several respondents; it counts each person once with the record helper. */
export { everyoneOnce } from '../records/record.ts';
import { decide, type Decision } from '../decision/rules.ts';

export interface RespondentResult {
  name: string;
  answers: Answers;
  result: Result;
}

/** A rule that fires for some respondents and not for the others (who answered otherwise, or not at all). */
export interface Split {
  ruleId: string;
  ruleTitle: string;
  input: InputKey;
  label: string;
  fired: { name: string; value: number | boolean }[];
  notFired: { name: string; value: number | boolean }[];
  unanswered: string[];
}

export interface Spread {
  input: NumberInputKey;
  label: string;
  unit: string;
  values: { name: string; value: number | null }[];
  min: number | null;
  max: number | null;
  median: number | null;
}

export interface AssessmentResult {
  /** What the combined answers give: the assessment's result. */
  result: Result;
  answers: Answers;
  respondents: RespondentResult[];
  ties: Tie[];
  /** Each trap sign any respondent ticked, with how many did. */
  trapVotes: TrapVote[];
  /** How many respondents alone would get each recommendation, in the framework's order. */
  tally: { recommendation: Recommendation; count: number }[];
  /** True when every respondent alone would get the same recommendation. */
  agree: boolean;
  splits: Split[];
  spread: Spread[];
  /** Engineer costs in several currencies, with who gave each: then the money figures are left out. */
  currencies?: { currency: string; names: string[] }[];
}

function splits(names: readonly string[], decisions: readonly Decision[], framework: Framework): Split[] {
  return framework.rules.flatMap((rule, i): Split[] => {
    const verdicts = decisions.map((d, j) => ({ name: names[j]!, finding: d.findings[i]! }));
    const fired = verdicts.filter((v) => v.finding.outcome === 'fired');
    if (fired.length === 0 || fired.length === verdicts.length) return [];
    const notFired = verdicts.filter((v) => v.finding.outcome === 'not-fired');
    const unanswered = verdicts.filter((v) => v.finding.outcome === 'unanswered').map((v) => v.name);
    const pick = (list: typeof verdicts) => list.map((v) => ({ name: v.name, value: v.finding.value as number | boolean }));
    return [
      {
        ruleId: rule.id,
        ruleTitle: rule.title,
        input: rule.input,
        label: labelOf(rule.input),
        fired: pick(fired),
        notFired: pick(notFired),
        unanswered,
      },
    ];
  });
}

function spread(respondents: readonly Respondent[]): Spread[] {
  return NUMBER_FIELDS.map((f) => {
    const values = respondents.map((r) => ({ name: r.name, value: r.answers[f.key] ?? null }));
    const known = values.flatMap((v) => (v.value === null ? [] : [v.value]));
    return {
      input: f.key,
      label: f.label,
      unit: f.unit,
      values,
      min: known.length ? Math.min(...known) : null,
      max: known.length ? Math.max(...known) : null,
      median: median(known) ?? null,
    };
  });
}

export function evaluateAssessment(respondents: readonly Respondent[], framework: Framework, options: EvaluateOptions): AssessmentResult {
  const { answers, ties, trapVotes, currencies } = combineAnswers(respondents.map((r) => r.answers));
  // Each person's rules decide the tally and the splits; their full result (the business case over
  // time, the close calls) is worked out only when read: the page and the CLI show it for several
  // people, and a history of one-person records never reads it.
  const decisions = respondents.map((r) => decide(r.answers, framework));
  const each = respondents.map((r): RespondentResult => {
    let result: Result | undefined;
    return {
      name: r.name,
      answers: r.answers,
      get result() {
        return (result ??= evaluate(r.answers, framework, options));
      },
    };
  });
  const recommendations = new Set(decisions.map((d) => d.recommendation));
  return {
    result: evaluate(answers, framework, options),
    answers,
    respondents: each,
    ties,
    trapVotes,
    // In the framework's own order of recommendations (a value import of the schema would ship zod).
    tally: (Object.keys(framework.recommendations) as Recommendation[])
      .map((recommendation) => ({
        recommendation,
        count: decisions.filter((d) => d.recommendation === recommendation).length,
      }))
      .filter((t) => t.count > 0),
    agree: recommendations.size <= 1,
    splits: splits(
      respondents.map((r) => r.name),
      decisions,
      framework,
    ),
    spread: spread(respondents),
    ...(currencies ? { currencies: currencies.map((c) => ({ currency: c.currency, names: c.who.map((i) => respondents[i]!.name) })) } : {}),
  };
}
