import { type CalendarDate, daysBetween } from '../calendar-date.js';
import { distinctIds, type Finding, type FindingOptions, idLabels, plural } from './finding.js';

/** An ask its performer declined, and what its asker has done since. */
export interface DeclinedAsk {
  promiseId: string;
  /** The asker (the customer) when it is a team, and the team that declined. */
  askerTeamId: string | null;
  declinedByTeamId: string | null;
  declinedOn: CalendarDate;
  /** Whether the decline gave capacity as its reason. */
  isForCapacity: boolean;
  /** The day the asker last opened an ask (a request) to anyone, or null. */
  askerLastAskedOn: CalendarDate | null;
  /** The promises that depended on the declined one, and the day each last changed. */
  dependents: readonly { promiseId: string; changedOn: CalendarDate }[];
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
    const age = daysBetween(ask.declinedOn, today);
    if (age <= replanWithinDays) return [];
    const hasAskedAgain = ask.askerLastAskedOn !== null && ask.askerLastAskedOn >= ask.declinedOn;
    const hasChangedDependent = ask.dependents.some((dependent) => dependent.changedOn >= ask.declinedOn);
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
          `${labels.promise(ask.promiseId)} was declined by ${decliner} for capacity on ${ask.declinedOn}, ` +
          `${plural(age, 'day')} ago. ${asker} has not asked anyone else since nor changed what relied on it. ` +
          'Ask another team, or replan the promise that needed it.',
      },
    ];
  });
}
