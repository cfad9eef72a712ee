/**
 * The one verdict on the economics, for every face (page, print, CLI, records, guides): whether the
 * platform-team advice stands, judged on the team the case prices with each assumption at the
 * person's entry where it is more cautious than the framework's default, and at the default
 * otherwise. So an optimistic entry (a longer horizon, a higher win-back, a shorter dip) never turns
 * a no into a yes, while a cautious one can turn a yes into a no; and the verdict names the
 * assumption that decided. The advice, its steps and the card's sentence all follow from here.
 */
import { paybackWith, type Assumption, type BusinessCase } from '../business/business-case.ts';
import type { PaybackStatus } from '../business/timeline.ts';
import { CAUTIOUS_END, type Answers } from '../inputs/fields.ts';
import type { Recommendation } from '../framework/schema.ts';

export interface AssumptionEntry {
  key: Assumption['key'];
  label: string;
  unit: string;
  /** The person's entry. */
  entered: number;
  /** The framework's default. */
  framework: number;
}

export interface Verdict {
  /**
   * - `pays`: a platform team is advised and the case judged pays back within the horizon;
   * - `does-not-pay`: a platform team is advised, but the case judged does not pay back: the advice is replaced;
   * - `not-asked`: the rules advise no platform team, so the economics change nothing.
   */
  outcome: 'pays' | 'does-not-pay' | 'not-asked';
  adviceChanged: boolean;
  /** The team the case prices, and the size that nets most. */
  teamSize: number;
  bestTeamSize: number;
  /** The case judged: the priced team at the assumptions the verdict counts. */
  judged: { paybackStatus: PaybackStatus; paybackMonth: number | null; horizonMonths: number };
  /** The person's entries more optimistic than the framework's: shown in the case, not counted here. */
  setAside: AssumptionEntry[];
  /**
   * What decided a no: a cautious entry of the person's without which the case would pay
   * (`cautious`), or, when the person's own case pays, an optimistic entry that alone would have
   * made it pay (`set-aside`). Null when the framework's own assumptions decide, or the answer is yes.
   */
  decidedBy: (AssumptionEntry & { kind: 'cautious' | 'set-aside' }) | null;
}

const entry = (a: Assumption): AssumptionEntry => ({
  key: a.key,
  label: a.label,
  unit: a.unit,
  entered: a.value,
  framework: a.frameworkDefault,
});

/** An entry beyond the framework's default on the side that makes a case easier to pay back. */
function isOptimistic(a: Assumption): boolean {
  if (a.basis !== 'answer') return false;
  return CAUTIOUS_END[a.key] === 'lower' ? a.value > a.frameworkDefault : a.value < a.frameworkDefault;
}

const atDefault = (a: Assumption): Assumption => ({ ...a, value: a.frameworkDefault });

export function verdict(answers: Answers, c: BusinessCase, recommendation: Recommendation): Verdict {
  const counted = c.assumptions.map((a) => (isOptimistic(a) ? atDefault(a) : a));
  const judge = (list: readonly Assumption[]) => paybackWith(answers, list, c.teamSize, c.input.runningTeamSize);
  const pays = (t: { paybackStatus: PaybackStatus }) => t.paybackStatus !== 'not-within-horizon';
  const setAside = c.assumptions.filter(isOptimistic).map(entry);
  // With nothing set aside the case judged is the person's own case.
  const judged = setAside.length === 0 ? c.timeline : judge(counted);
  const base = {
    teamSize: c.teamSize,
    bestTeamSize: c.sizing.best,
    judged: { paybackStatus: judged.paybackStatus, paybackMonth: judged.paybackMonth, horizonMonths: judged.horizonMonths },
    setAside,
  };
  if (recommendation !== 'platform-team') return { ...base, outcome: 'not-asked', adviceChanged: false, decidedBy: null };
  if (pays(judged)) return { ...base, outcome: 'pays', adviceChanged: false, decidedBy: null };
  // Which entry decided the no: a cautious one without which it pays, else an optimistic one set aside.
  const cautious = counted.find(
    (a, i) => a.basis === 'answer' && a.value !== a.frameworkDefault && pays(judge(counted.map((b, j) => (j === i ? atDefault(b) : b)))),
  );
  const optimistic = pays(c.timeline)
    ? c.assumptions.find((a, i) => isOptimistic(a) && pays(judge(counted.map((b, j) => (j === i ? a : b)))))
    : undefined;
  const decidedBy = cautious
    ? { ...entry(cautious), kind: 'cautious' as const }
    : optimistic
      ? { ...entry(optimistic), kind: 'set-aside' as const }
      : null;
  return { ...base, outcome: 'does-not-pay', adviceChanged: true, decidedBy };
}
