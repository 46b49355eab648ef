import type { Status } from '../promises/state.js';
import type { CheckInStatus } from './check-in.js';
import { type Cadence, checkInSchedule, nextCheckInDue } from './check-in-cadence.js';
import { type MeasurableCondition, type RecordedValue, scoreConditions } from './condition-score.js';
import { type IsoInstant, instantMs } from './instant.js';

/**
 * What reads need of a promise's progress without its history: the score on the latest values, the
 * latest check-in, and when the next one is due. Kept beside the promise and rewritten by every write
 * that changes it; staleness is `now > nextCheckInDue`, decided by the reader at its own `now`.
 */
export interface PromiseStanding {
  readonly score: number | null;
  readonly lastCheckIn: { id: string; at: IsoInstant; status: CheckInStatus; confidence: number } | null;
  readonly agreedAt: IsoInstant | null;
  /** Null when the promise owes no check-in (it is not being kept, or was never agreed). */
  readonly nextCheckInDue: IsoInstant | null;
}

/** One check-in of a promise's log, in the order the log keeps them (time, then id). */
export interface LoggedCheckIn {
  readonly id: string;
  readonly at: IsoInstant;
  readonly status: CheckInStatus;
  readonly confidence: number;
}

/** The score a promise had from `at` until its next point: what its weekly chart reads. */
export interface StandingPoint {
  /**
   * The check-in that set it; '' for the score the promise was made with, `terms:<n>` for the n-th
   * change of its terms.
   */
  readonly checkInId: string;
  readonly at: IsoInstant;
  readonly score: number | null;
}

/** When the next check-in is due, from the facts a standing keeps and its cycle's schedule. */
export function nextDueOf(
  facts: { status: Status; agreedAt: IsoInstant | null; lastCheckInAt: IsoInstant | null },
  cycle: { start: IsoInstant; cadence: Cadence | number },
): IsoInstant | null {
  const schedule = checkInSchedule({
    status: facts.status,
    agreedAt: facts.agreedAt,
    cycleStart: cycle.start,
    cadence: cycle.cadence,
    lastCheckInAt: facts.lastCheckInAt,
  });
  return schedule === null ? null : nextCheckInDue(schedule);
}

/**
 * A promise's score after each of its check-ins, each scored against the terms in force when it was
 * made: the points its chart is read from. A change of terms is a point too (the same values, scored
 * anew from then on), so a past week keeps the score it had. `terms` are the terms over time, oldest
 * first, the first from the making of the promise (its `at` is ignored). A point is never earlier than
 * the promise itself (the chart counts a promise from then on), and `values` are in the order of the log.
 */
export function scorePointsOf(
  promise: {
    createdAt: IsoInstant;
    terms: ReadonlyArray<{ at: IsoInstant | null; conditions: readonly MeasurableCondition[] }>;
  },
  checkIns: readonly LoggedCheckIn[],
  values: ReadonlyArray<RecordedValue & { checkInId: string }>,
): StandingPoint[] {
  const atOrAfterCreation = (at: IsoInstant) =>
    instantMs(at) < instantMs(promise.createdAt) ? promise.createdAt : at;
  const [first, ...changes] = promise.terms;
  let conditions = first?.conditions ?? [];
  const points: StandingPoint[] = [
    { checkInId: '', at: promise.createdAt, score: scoreConditions(conditions, []).score },
  ];
  const valuesOf = new Map<string, RecordedValue[]>();
  for (const value of values) {
    const list = valuesOf.get(value.checkInId) ?? [];
    list.push(value);
    valuesOf.set(value.checkInId, list);
  }
  // Check-ins and changes of terms in the order they happened (a change first at the same instant).
  const events = [
    ...changes.map((change, index) => ({
      kind: 'terms' as const,
      at: atOrAfterCreation(change.at ?? promise.createdAt),
      index,
      change,
    })),
    ...checkIns.map((checkIn) => ({ kind: 'check-in' as const, at: atOrAfterCreation(checkIn.at), checkIn })),
  ].sort(
    (a, b) => instantMs(a.at) - instantMs(b.at) || (a.kind === b.kind ? 0 : a.kind === 'terms' ? -1 : 1),
  );
  const recorded: RecordedValue[] = [];
  for (const event of events) {
    if (event.kind === 'terms') {
      conditions = event.change.conditions;
      points.push({
        checkInId: `terms:${event.index + 1}`,
        at: event.at,
        score: scoreConditions(conditions, recorded).score,
      });
      continue;
    }
    recorded.push(...(valuesOf.get(event.checkIn.id) ?? []));
    points.push({
      checkInId: event.checkIn.id,
      at: event.at,
      score: scoreConditions(conditions, recorded).score,
    });
  }
  return points;
}

/** The staleness rule on a kept due instant: stale strictly after it; never when nothing is owed. */
export function isStaleAt(nextCheckInDue: IsoInstant | null, now: IsoInstant): boolean {
  return nextCheckInDue !== null && instantMs(now) > instantMs(nextCheckInDue);
}
