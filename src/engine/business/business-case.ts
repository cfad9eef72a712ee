/**
 * The business case, from the same answers: the operational tax in engineers (and money when a
 * cost is given), what a platform team of S people costs, and how much of the tax it must win back
 * to pay for itself (S / tax). Every assumption comes from the framework or the person's answers,
 * and is returned with the figures so each face can show it. Pure; money is never invented.
 */
import type { Framework } from '../framework/schema.ts';
import type { Answers } from '../inputs/fields.ts';

export interface BusinessCase {
  /** Full-time engineers' worth of time spent on infrastructure: team size x share. */
  taxFte: number;
  /** taxFte x engineer cost a year, or null when no cost was given. */
  taxMoney: number | null;
  engineerCost: number | null;
  currency: string | null;
  /** The platform team the case is made for: the current one, or the framework's starting size. */
  teamSize: number;
  teamSizeBasis: 'current' | 'suggested';
  teamMoney: number | null;
  /** S / taxFte: the share of the tax the team must win back to pay for itself; null when there is no tax. */
  breakEvenShare: number | null;
  /** The assumed share of the tax a platform team wins back, 0..1. */
  recoveryShare: number;
  recoveryBasis: 'framework' | 'answer';
  recoveryRationale: string;
  /** taxFte x recoveryShare. */
  winBackFte: number;
  winBackMoney: number | null;
  /** The largest whole team that the assumed recovery still pays for: floor(taxFte x recovery). */
  maxTeamSize: number;
  /** True when the assumed recovery covers the team; null when there is no tax to win back. */
  paysForItself: boolean | null;
  guide: string;
}

const tenth = (n: number) => Math.round(n * 10) / 10;
const money = (n: number) => Math.round(n);

/** True when the organisation has a platform team: said so, or gave its size without saying no. */
export function hasPlatformTeam(answers: Answers): boolean {
  return answers.hasPlatformTeam === true || (answers.hasPlatformTeam === undefined && answers.platformTeamSize !== undefined);
}

export function businessCase(answers: Answers, framework: Framework): BusinessCase {
  const config = framework.businessCase;
  const tax = (answers.teamSize * answers.infraTimeShare) / 100;
  const current = hasPlatformTeam(answers) ? answers.platformTeamSize : undefined;
  const teamSize = current ?? config.startingTeamSize;
  const recoveryPercent = answers.expectedRecoveryPercent ?? config.expectedRecoveryPercent;
  const recoveryShare = recoveryPercent / 100;
  const cost = answers.engineerCost ?? null;
  const winBack = tax * recoveryShare;
  return {
    taxFte: tenth(tax),
    taxMoney: cost === null ? null : money(tax * cost),
    engineerCost: cost,
    currency: cost === null ? null : (answers.currency ?? null),
    teamSize,
    teamSizeBasis: current === undefined ? 'suggested' : 'current',
    teamMoney: cost === null ? null : money(teamSize * cost),
    breakEvenShare: tax > 0 ? teamSize / tax : null,
    recoveryShare,
    recoveryBasis: answers.expectedRecoveryPercent === undefined ? 'framework' : 'answer',
    recoveryRationale: config.recoveryRationale,
    winBackFte: tenth(winBack),
    winBackMoney: cost === null ? null : money(winBack * cost),
    // A hair of tolerance so 52.5 x 0.4 = 20.999999 still allows a team of 21.
    maxTeamSize: Math.floor(winBack + 1e-9),
    paysForItself: tax > 0 ? teamSize <= winBack + 1e-9 : null,
    guide: config.guide,
  };
}
