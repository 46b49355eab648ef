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
  /** The check-in that set it; '' for the score the promise was made with. */
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
 * A promise's score after each of its check-ins, on its current terms: the points its chart is read
 * from. A point is never earlier than the promise itself (the chart counts a promise from then on),
 * and `values` are in the order of the log.
 */
export function scorePointsOf(
  promise: { createdAt: IsoInstant; conditions: readonly MeasurableCondition[] },
  checkIns: readonly LoggedCheckIn[],
  values: ReadonlyArray<RecordedValue & { checkInId: string }>,
): StandingPoint[] {
  const atOrAfterCreation = (at: IsoInstant) =>
    instantMs(at) < instantMs(promise.createdAt) ? promise.createdAt : at;
  const points: StandingPoint[] = [
    { checkInId: '', at: promise.createdAt, score: scoreConditions(promise.conditions, []).score },
  ];
  const valuesOf = new Map<string, RecordedValue[]>();
  for (const value of values) {
    const list = valuesOf.get(value.checkInId) ?? [];
    list.push(value);
    valuesOf.set(value.checkInId, list);
  }
  const recorded: RecordedValue[] = [];
  for (const checkIn of checkIns) {
    recorded.push(...(valuesOf.get(checkIn.id) ?? []));
    points.push({
      checkInId: checkIn.id,
      at: atOrAfterCreation(checkIn.at),
      score: scoreConditions(promise.conditions, recorded).score,
    });
  }
  return points;
}

/** The staleness rule on a kept due instant: stale strictly after it; never when nothing is owed. */
export function isStaleAt(nextCheckInDue: IsoInstant | null, now: IsoInstant): boolean {
  return nextCheckInDue !== null && instantMs(now) > instantMs(nextCheckInDue);
}
