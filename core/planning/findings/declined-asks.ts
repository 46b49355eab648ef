import { type CalendarDate, daysBetween } from '../calendar-date.js';
import { distinctIds, type Finding, type FindingOptions, idLabels, plural } from './finding.js';

/** An ask its performer declined, and what its asker has done since. */
export interface DeclinedAsk {
  promiseId: string;
  /** The asker (the customer) when it is a team, and the team that declined. */
  askerTeamId: string | null;
  declinedByTeamId: string | null;
  /** When it was declined (an ISO instant): what the asker did after it counts, not before. */
  declinedAt: string;
  /** Whether the decline gave capacity as its reason. */
  isForCapacity: boolean;
  /** When the asker last opened an ask (a request) to anyone, or null. */
  askerLastAskedAt: string | null;
  /** The promises that depended on the declined one, and when each last changed. */
  dependents: readonly { promiseId: string; changedAt: string }[];
}

export interface DeclinedAskOptions extends FindingOptions {
  today: CalendarDate;
  /** How long the asker has to replan before it is a finding. Default 7 days. */
  replanWithinDays?: number;
}

/**
 * Asks declined for capacity whose asker has neither asked anyone else nor changed a promise that
 * relied on the ask, within N days. The decline was the right answer; the plan that needed it now has
 * a hole nobody is filling. A warning: the asker may have found another way outside Accord.
 */
export function findDeclinedNotReplanned(
  asks: readonly DeclinedAsk[],
  { today, replanWithinDays = 7, labels = idLabels }: DeclinedAskOptions,
): Finding<'declined-not-replanned'>[] {
  return asks.flatMap((ask): Finding<'declined-not-replanned'>[] => {
    if (!ask.isForCapacity) return [];
    const declinedOn = ask.declinedAt.slice(0, 10);
    const age = daysBetween(declinedOn, today);
    if (age <= replanWithinDays) return [];
    // ISO instants compare as text; the ask that was declined was made before, so it never counts.
    const hasAskedAgain = ask.askerLastAskedAt !== null && ask.askerLastAskedAt > ask.declinedAt;
    const hasChangedDependent = ask.dependents.some((dependent) => dependent.changedAt > ask.declinedAt);
    if (hasAskedAgain || hasChangedDependent) return [];
    const asker = ask.askerTeamId === null ? 'Its asker' : labels.team(ask.askerTeamId);
    const decliner = ask.declinedByTeamId === null ? 'its performer' : labels.team(ask.declinedByTeamId);
    return [
      {
        code: 'declined-not-replanned',
        severity: 'warning',
        key: `declined-not-replanned:${ask.promiseId}`,
        promiseIds: [ask.promiseId, ...ask.dependents.map((dependent) => dependent.promiseId)],
        teamIds: distinctIds([ask.askerTeamId, ask.declinedByTeamId]),
        message:
          `${labels.promise(ask.promiseId)} was declined by ${decliner} for capacity on ${declinedOn}, ` +
          `${plural(age, 'day')} ago. ${asker} has not asked anyone else since nor changed what relied on it. ` +
          'Ask another team, or replan the promise that needed it.',
      },
    ];
  });
}
