import type { CalendarDate } from '../calendar-date.js';
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

/** A promise and its tags, for the investment rule. */
export interface TaggedPromise {
  id: string;
  performerTeamId: string | null;
  tags: readonly string[];
}

/** The tag that marks engineering investment (platform, debt, tooling): compared ignoring case. */
export const INVESTMENT_TAG = 'investment';

/**
 * Investments that contribute to no promise: time taken from customer work with nothing said about
 * what it buys. A warning, and its own kind, because an investment is exactly the promise that most
 * needs to say which customer promise it makes faster, cheaper or possible.
 */
export function findInvestmentsWithoutJustification(
  promises: readonly TaggedPromise[],
  contributions: readonly Contribution[],
  { labels = idLabels }: FindingOptions = {},
): Finding<'investment-without-justification'>[] {
  const contributing = new Set(contributions.filter((c) => c.from !== c.to).map((c) => c.from));
  return promises
    .filter((promise) => promise.tags.some((tag) => tag.trim().toLowerCase() === INVESTMENT_TAG))
    .filter((promise) => !contributing.has(promise.id))
    .map((promise) => ({
      code: 'investment-without-justification',
      severity: 'warning',
      key: `investment-without-justification:${promise.id}`,
      promiseIds: [promise.id],
      teamIds: distinctIds([promise.performerTeamId]),
      message:
        `${labels.promise(promise.id)} is an investment that contributes to no other promise, so nothing says what it ` +
        'buys. Link it to the promise it makes faster, cheaper or possible, or ask its customer whether it is still worth it.',
    }));
}

/** A longer-horizon promise, and the day drafts were due in the shorter cycles nested in its cycle. */
export interface CoverablePromise {
  id: string;
  horizon: Horizon;
  performerTeamId: string | null;
  /** The earliest drafts-due day among the shorter cycles nested in its cycle, or null if none. */
  shorterDraftsDueOn: CalendarDate | null;
}

export interface CoverageOptions extends FindingOptions {
  today: CalendarDate;
  /** The horizon of every promise that may contribute, by id. */
  horizonOf: (promiseId: string) => Horizon | undefined;
}

/**
 * Longer-horizon promises that no shorter-horizon promise contributes to, once the shorter cycles'
 * drafts are due: the year promise no quarter supports will not happen by itself. Before the drafts
 * are due it is too early to say. A problem: nobody is working on it.
 */
export function findUncoveredPromises(
  promises: readonly CoverablePromise[],
  contributions: readonly Contribution[],
  { today, horizonOf, labels = idLabels }: CoverageOptions,
): Finding<'uncovered-promise'>[] {
  const coveredBy = new Map<string, string[]>();
  for (const { from, to } of contributions) {
    if (from === to) continue;
    const contributors = coveredBy.get(to);
    if (contributors) contributors.push(from);
    else coveredBy.set(to, [from]);
  }
  return promises
    .filter((promise) => promise.shorterDraftsDueOn !== null && promise.shorterDraftsDueOn < today)
    .filter((promise) => {
      const days = nominalDays(promise.horizon);
      return !(coveredBy.get(promise.id) ?? []).some((from) => {
        const horizon = horizonOf(from);
        return horizon !== undefined && nominalDays(horizon) < days;
      });
    })
    .map((promise) => ({
      code: 'uncovered-promise',
      severity: 'problem',
      key: `uncovered-promise:${promise.id}`,
      promiseIds: [promise.id],
      teamIds: distinctIds([promise.performerTeamId]),
      message:
        `No shorter promise contributes to ${labels.promise(promise.id)} (${promise.horizon.name}), and drafts for the ` +
        `shorter cycles were due on ${promise.shorterDraftsDueOn}. Ask a team for a promise that serves it, ` +
        'or replan it.',
    }));
}
