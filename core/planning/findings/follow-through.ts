import { type CalendarDate, daysBetween } from '../calendar-date.js';
import { distinctIds, type Finding, type FindingOptions, idLabels, plural } from './finding.js';

/** A promise being executed (state promised), with its latest check-in precomputed by the caller. */
export interface CheckInFacts {
  promiseId: string;
  performerTeamId: string | null;
  /** When the promise was made: the clock for check-ins starts there. */
  promisedOn: CalendarDate;
  lastCheckInOn: CalendarDate | null;
}

export interface StaleCheckInOptions extends FindingOptions {
  today: CalendarDate;
  /** Check-ins are weekly; two missed weeks is stale. */
  staleAfterDays?: number;
}

/** Promises in execution whose last check-in (or promise, if none yet) is more than N days old. */
export function findStaleCheckIns(
  promises: readonly CheckInFacts[],
  { today, staleAfterDays = 14, labels = idLabels }: StaleCheckInOptions,
): Finding<'stale-check-in'>[] {
  return promises.flatMap((promise): Finding<'stale-check-in'>[] => {
    const since = promise.lastCheckInOn ?? promise.promisedOn;
    const age = daysBetween(since, today);
    if (age <= staleAfterDays) return [];
    const what =
      promise.lastCheckInOn === null
        ? `has had no check-in since it was promised on ${since}, ${plural(age, 'day')} ago`
        : `has had no check-in for ${plural(age, 'day')}, since ${since}`;
    const who = promise.performerTeamId === null ? 'its performer' : labels.team(promise.performerTeamId);
    return [
      {
        code: 'stale-check-in',
        severity: 'warning',
        key: `stale-check-in:${promise.promiseId}`,
        promiseIds: [promise.promiseId],
        teamIds: distinctIds([promise.performerTeamId]),
        message: `${labels.promise(promise.promiseId)} ${what}. Ask ${who} for a check-in: values, confidence and blockers.`,
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
