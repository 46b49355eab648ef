import { type Cadence, type CheckInFacts, checkInStanding } from '../../scoring/check-in-cadence.js';
import { type IsoInstant, instantMs } from '../../scoring/instant.js';
import { type CalendarDate, calendarDateOfInstant, daysBetween } from '../calendar-date.js';
import { distinctIds, type Finding, type FindingOptions, idLabels, plural } from './finding.js';

/** A promise with what the staleness rule needs, and who performs it. */
export interface StaleCheckInFacts extends CheckInFacts {
  promiseId: string;
  performerTeamId: string | null;
}

export interface StaleCheckInOptions extends FindingOptions {
  now: IsoInstant;
}

const cadenceWords: Readonly<Record<Cadence, string>> = {
  weekly: 'every week',
  biweekly: 'every two weeks',
  monthly: 'every month',
};

function everyCadence(cadence: Cadence | number): string {
  if (typeof cadence !== 'number') return cadenceWords[cadence];
  return cadence === 1 ? 'every day' : `every ${plural(cadence, 'day')}`;
}

const dayOf = (instant: IsoInstant): CalendarDate => calendarDateOfInstant(new Date(instantMs(instant)));

/**
 * Promises being kept whose check-in is overdue, by the one staleness rule (`checkInStanding`): no
 * check-in within the cycle's cadence, the clock starting at the later of the agreement and the
 * cycle's start. The message says since when, and when the check-in was due.
 */
export function findStaleCheckIns(
  promises: readonly StaleCheckInFacts[],
  { now, labels = idLabels }: StaleCheckInOptions,
): Finding<'stale-check-in'>[] {
  return promises.flatMap((promise): Finding<'stale-check-in'>[] => {
    const { isStale, startedAt, nextCheckInDue } = checkInStanding(promise, now);
    if (!isStale || startedAt === null || nextCheckInDue === null) return [];
    const last = promise.lastCheckInAt;
    // A check-in from before the clock started (last cycle's) does not count, so it is not named.
    const hasCheckedIn = last !== null && instantMs(last) >= instantMs(startedAt);
    const since = hasCheckedIn
      ? dayOf(last)
      : startedAt === promise.agreedAt
        ? `it was promised on ${dayOf(startedAt)}`
        : `its cycle started on ${dayOf(startedAt)}`;
    const who = promise.performerTeamId === null ? 'its performer' : labels.team(promise.performerTeamId);
    return [
      {
        code: 'stale-check-in',
        severity: 'warning',
        key: `stale-check-in:${promise.promiseId}`,
        promiseIds: [promise.promiseId],
        teamIds: distinctIds([promise.performerTeamId]),
        message:
          `${labels.promise(promise.promiseId)} has had no check-in since ${since}; its cycle asks for one ` +
          `${everyCadence(promise.cadence)}, and one was due on ${dayOf(nextCheckInDue)}. ` +
          `Ask ${who} for a check-in: values, confidence and blockers.`,
      },
    ];
  });
}

/** A promise reported complete (state reported) and not yet assessed by its customer. */
export interface CompletionFacts {
  promiseId: string;
  customerTeamId: string | null;
  performerTeamId: string | null;
  reportedOn: CalendarDate;
}

export interface UnassessedCompletionOptions extends FindingOptions {
  today: CalendarDate;
  assessAfterDays?: number;
}

/**
 * Completions the customer has left unassessed for more than N days (default 7). Customership is
 * active work: until the customer declares satisfied or dissatisfied, the promise is not closed.
 */
export function findUnassessedCompletions(
  completions: readonly CompletionFacts[],
  { today, assessAfterDays = 7, labels = idLabels }: UnassessedCompletionOptions,
): Finding<'unassessed-completion'>[] {
  return completions.flatMap((completion): Finding<'unassessed-completion'>[] => {
    const age = daysBetween(completion.reportedOn, today);
    if (age <= assessAfterDays) return [];
    const customer =
      completion.customerTeamId === null ? 'its customer' : labels.team(completion.customerTeamId);
    return [
      {
        code: 'unassessed-completion',
        severity: 'warning',
        key: `unassessed-completion:${completion.promiseId}`,
        promiseIds: [completion.promiseId],
        teamIds: distinctIds([completion.customerTeamId, completion.performerTeamId]),
        message:
          `${labels.promise(completion.promiseId)} was reported complete on ${completion.reportedOn}, ` +
          `${plural(age, 'day')} ago, and ${customer} has not assessed it. ` +
          'Declare it satisfied, or dissatisfied with a reason.',
      },
    ];
  });
}
