/** What each input of the business case is called in a sentence: the tornado, the belief sentence and the verdict. */
import type { AssumptionKey as TimelineKey } from '../business/sensitivity.ts';

/** What each input the sensitivity moves is called in a sentence. */
export const ASSUMPTION_WORDS: Record<TimelineKey | 'horizonMonths', string> = {
  horizonMonths: 'the horizon',
  infraTimeShare: 'the infrastructure share',
  expectedRecoveryPercent: 'the win-back',
  developersPerPlatformEngineer: 'the developers one platform engineer serves',
  staffingMonths: 'the months to staff the team',
  rampDelayMonths: 'the months before any value',
  rampMonths: 'the ramp',
  dipPercent: 'the adoption dip',
  dipMonths: 'how long the dip lasts',
  moveEngineerMonths: 'the cost of the move',
  moveBoughtCost: 'help bought for the move',
  toolingPerMonth: 'tooling',
  toolingPerDeveloperPerMonth: 'tooling per developer',
  discountRatePercent: 'the discount rate',
  teamSize: 'the head-count',
  pricedTeamSize: 'the team size',
  runningTeamSize: 'the team running today',
  movedFromProductTeams: 'the people moved from product teams',
};
