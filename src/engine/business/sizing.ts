/**
 * The team size the net over the horizon favours. Below the size that reaches everyone, the value,
 * the dip and the move all grow in step with the team, so the net is a straight line in its size;
 * beyond it only the cost grows (staffing aside, which lets a larger team reach everyone sooner):
 * so the best size sits at 1 or near full reach, found by climbing from those, and the sizes that
 * pay back form one run around it, found by halving. A few dozen runs of the timeline in all.
 */
import { netWithin, type TimelineInput } from './timeline.ts';

export interface TeamSizing {
  /** The size with the largest net over the horizon (the smallest such size on a tie). */
  best: number;
  /** Its net over the horizon, in the case's unit. */
  bestNet: number;
  /** The smallest team that reaches the whole organisation. */
  fullReach: number;
  /** The sizes that pay back within the horizon, smallest and largest; null when none does. */
  paysBack: { from: number; to: number } | null;
}

/** The largest team searched: far past full reach, and never beyond the answers' own limit. */
const MAX_TEAM = 10_000;

export function teamSizing(input: TimelineInput): TeamSizing {
  const cache = new Map<number, number>();
  const net = (n: number) => {
    let v = cache.get(n);
    if (v === undefined) cache.set(n, (v = netWithin({ ...input, pricedTeamSize: n })));
    return v;
  };
  const fullReach = Math.max(1, Math.min(MAX_TEAM, Math.ceil(input.teamSize / input.developersPerPlatformEngineer - 1e-9)));
  const starts = [...new Set([1, Math.max(1, fullReach - 1), fullReach, Math.max(1, input.runningTeamSize)])].filter((n) => n <= MAX_TEAM);
  let best = starts.reduce((a, b) => (net(b) > net(a) ? b : a));
  // Climb while a neighbour nets more: the net past full reach rises (if at all) and then falls.
  for (;;) {
    const up = best < MAX_TEAM && net(best + 1) > net(best) ? best + 1 : null;
    const down = best > 1 && net(best - 1) >= net(best) ? best - 1 : null;
    if (up !== null) best = up;
    else if (down !== null) best = down;
    else break;
  }
  const bestNet = net(best);
  // The sizes that pay back cost a score of runs more than the best size: a history of thousands of
  // records never prints them, so they are worked out the first time a face reads them.
  let range: TeamSizing['paysBack'] | undefined;
  return {
    best,
    bestNet,
    fullReach,
    get paysBack() {
      return (range ??= bestNet < 0 ? null : paysBackRange(net, best));
    },
  };
}

/** The net only falls away from the best size on either side: halve for the last size that pays. */
function paysBackRange(net: (n: number) => number, best: number): { from: number; to: number } {
  const edge = (inside: number, outside: number) => {
    let [a, b] = [inside, outside];
    while (Math.abs(b - a) > 1) {
      const mid = Math.round((a + b) / 2);
      if (net(mid) >= 0) a = mid;
      else b = mid;
    }
    return a;
  };
  const from = net(1) >= 0 ? 1 : edge(best, 1);
  const to = net(MAX_TEAM) >= 0 ? MAX_TEAM : edge(best, MAX_TEAM);
  return { from, to };
}
