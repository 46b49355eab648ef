import type { CheckInStatus } from '../../contract/check-ins.js';
import type { KeyResultView } from '../../contract/key-results.js';
import { addDays } from '../../core/planning/index.js';
import type { Status } from '../../core/promises/index.js';
import {
  checkInStanding,
  type RecordedValue,
  scoreConditions,
  timeUsedAt,
} from '../../core/scoring/index.js';
import * as checkIns from '../store/check-ins.js';
import type { CheckInValuesTable, CyclesTable } from '../store/schema.js';
import { iso, type ServiceContext } from './context.js';
import { groupBy } from './group-by.js';
import type { PromiseRecord } from './promises/records.js';

export interface PromiseProgress {
  score: number | null;
  keyResults: KeyResultView[];
  lastCheckIn: { at: string; status: CheckInStatus; confidence: number } | null;
  confidence: Array<{ at: string; confidence: number; status: CheckInStatus }>;
  nextCheckInDue: string | null;
  isStale: boolean;
  /** When the terms were last agreed; null before. */
  agreedAt: string | null;
}

/**
 * The share of its time a kept promise has used at `now`, counted from its agreement when that came
 * after its cycle's start; null for a promise not being kept (nothing to pace).
 */
export function timeUsedOf(
  promise: { status: Status; agreedAt: string | null; cycleStart: string; dueDate: string },
  now: string,
): number | null {
  if (promise.status !== 'promised' || promise.agreedAt === null) return null;
  return timeUsedAt(
    { cycleStart: promise.cycleStart, agreedAt: promise.agreedAt, dueEnd: addDays(promise.dueDate, 1) },
    now,
  );
}

/** Check-in values as the store returns them (a metric's decimal, or a milestone's done flag), as values. */
export function recordedValues(
  rows: ReadonlyArray<Pick<CheckInValuesTable, 'condition_id' | 'value' | 'done'> & { at: string }>,
): RecordedValue[] {
  return rows.map((row) => ({
    conditionId: row.condition_id,
    at: row.at,
    value: row.value !== null ? String(row.value) : row.done === 1,
  }));
}

/**
 * Everything the progress of a set of promises needs, loaded in a few queries: their check-ins,
 * values and when each was agreed. Check-ins are due, at the cycle's cadence, from the later of
 * the agreement and the cycle's start, while a promise is being kept.
 *
 * With `at`, the progress as it stood then: only the check-ins made by then count, staleness is
 * judged at that moment, and the records given are expected to hold their state (terms) at `at`.
 */
export async function loadProgress(
  ctx: ServiceContext,
  organizationId: string,
  records: readonly PromiseRecord[],
  cycleOf: (id: string) => Pick<CyclesTable, 'start_date' | 'check_in_cadence'> | undefined,
  at?: string,
): Promise<Map<string, PromiseProgress>> {
  const ids = records.map((r) => r.row.id);
  const [rows, values, agreed] = await Promise.all([
    checkIns.listCheckIns(ctx.db, organizationId, ids, at),
    checkIns.listValues(ctx.db, organizationId, ids, at),
    checkIns.agreedAt(ctx.db, organizationId, ids, at),
  ]);
  const now = at ?? iso(ctx.now());
  const rowsOf = groupBy(rows, (r) => r.promise_id);
  const valuesOf = groupBy(values, (v) => v.promise_id);
  const result = new Map<string, PromiseProgress>();
  for (const record of records) {
    const id = record.row.id;
    const own = rowsOf.get(id) ?? [];
    const ownValues = recordedValues(valuesOf.get(id) ?? []);
    const seriesOf = groupBy(ownValues, (v) => v.conditionId);
    const { score, keyResults } = scoreConditions(record.state.terms.conditions, ownValues);
    const last = own.at(-1);
    const cycle = cycleOf(record.row.cycle_id);
    const standing = cycle
      ? checkInStanding(
          {
            status: record.state.status,
            agreedAt: agreed.get(id) ?? null,
            cycleStart: cycle.start_date,
            cadence: cycle.check_in_cadence,
            lastCheckInAt: last?.at ?? null,
          },
          now,
        )
      : { nextCheckInDue: null, isStale: false };
    result.set(id, {
      score,
      keyResults: keyResults.map(({ condition, current, progress }) => ({
        conditionId: condition.id,
        text: condition.text,
        definition: condition.keyResult,
        current,
        progress,
        series: (seriesOf.get(condition.id) ?? []).map((v) => ({ at: v.at, value: v.value })),
      })),
      lastCheckIn: last ? { at: last.at, status: last.status, confidence: last.confidence } : null,
      confidence: own.map((r) => ({ at: r.at, confidence: r.confidence, status: r.status })),
      nextCheckInDue: standing.nextCheckInDue,
      isStale: standing.isStale,
      agreedAt: agreed.get(id) ?? null,
    });
  }
  return result;
}
