import { type Horizon, type HorizonLength, longestHorizon, nominalDays } from '../horizon.js';
import { distinctIds, type Finding, type FindingOptions, idLabels } from './finding.js';

export interface ContributingPromise {
  id: string;
  horizon: Horizon;
  performerTeamId: string | null;
}

export interface Contribution {
  /** The contributing promise. */
  from: string;
  /** The promise it serves. */
  to: string;
}

export interface ContributionOptions extends FindingOptions {
  /**
   * The horizon whose promises need no target. Default: the longest horizon among `promises`.
   * Pass it when checking a subset (one team's promises) whose longest horizon is not the top.
   */
  topHorizon?: HorizonLength;
}

/**
 * Promises below the top horizon that contribute to no other promise. Contributions do not nest
 * strictly (a quarter promise may serve another quarter promise), so any target counts; pass only
 * contributions whose target is still alive, since serving a withdrawn promise serves nothing.
 * A warning: the work may be right (engineering investment) but nobody has said what it serves.
 */
export function findPromisesContributingToNothing(
  promises: readonly ContributingPromise[],
  contributions: readonly Contribution[],
  { labels = idLabels, topHorizon }: ContributionOptions = {},
): Finding<'contributes-to-nothing'>[] {
  const top = topHorizon ?? longestHorizon(promises.map((promise) => promise.horizon));
  if (top === null) return [];
  const topDays = nominalDays(top);
  const contributing = new Set(contributions.filter((c) => c.from !== c.to).map((c) => c.from));
  return promises
    .filter((promise) => nominalDays(promise.horizon) < topDays && !contributing.has(promise.id))
    .map((promise) => ({
      code: 'contributes-to-nothing',
      severity: 'warning',
      key: `contributes-to-nothing:${promise.id}`,
      promiseIds: [promise.id],
      teamIds: distinctIds([promise.performerTeamId]),
      message:
        `${labels.promise(promise.id)} (${promise.horizon.name}) contributes to no other promise. ` +
        'Link it to the promise it serves, or ask whether it is needed this cycle.',
    }));
}
