import type { CheckInStatus } from '../../contract/check-ins.js';
import type { KeyResultDefinition, KeyResultView } from '../../contract/key-results.js';
import type { Condition } from '../../contract/promises.js';
import {
  isCheckInStale,
  type KeyResultReading,
  nextCheckInDue,
  progressOf,
  scorePromise,
} from '../../core/scoring/index.js';
import * as checkIns from '../store/check-ins.js';
import type { CyclesTable } from '../store/schema.js';
import { iso, type ServiceContext } from './context.js';
import type { PromiseRecord } from './promises/records.js';

type Value = string | boolean;

export interface PromiseProgress {
  score: number | null;
  keyResults: KeyResultView[];
  lastCheckIn: { at: string; status: CheckInStatus; confidence: number } | null;
  confidence: Array<{ at: string; confidence: number; status: CheckInStatus }>;
  nextCheckInDue: string | null;
  isStale: boolean;
}

function reading(definition: KeyResultDefinition, current: Value | null): KeyResultReading {
  return definition.kind === 'milestone'
    ? { keyResult: definition, current: typeof current === 'boolean' ? current : null }
    : { keyResult: definition, current: typeof current === 'string' ? current : null };
}

export function progressOfCondition(definition: KeyResultDefinition, current: Value | null): number {
  return definition.kind === 'milestone'
    ? progressOf(definition, typeof current === 'boolean' ? current : null)
    : progressOf(definition, typeof current === 'string' ? current : null);
}

/** The key results of a set of conditions, scored on their latest checked-in values. */
export function scoreConditions(
  conditions: readonly Condition[],
  latest: (conditionId: string) => Value | null,
) {
  const measured = conditions.filter(
    (c): c is Condition & { keyResult: KeyResultDefinition } => c.keyResult !== null,
  );
  const score = scorePromise(measured.map((c) => reading(c.keyResult, latest(c.id))));
  return { measured, score };
}

/**
 * Everything the progress of a set of promises needs, loaded in a few queries: their check-ins,
 * values and when each was agreed. Check-ins are due, at the cycle's cadence, from the later of
 * the agreement and the cycle's start, while a promise is being kept.
 */
export async function loadProgress(
  ctx: ServiceContext,
  organizationId: string,
  records: readonly PromiseRecord[],
  cycleOf: (id: string) => Pick<CyclesTable, 'start_date' | 'check_in_cadence'> | undefined,
): Promise<Map<string, PromiseProgress>> {
  const ids = records.map((r) => r.row.id);
  const [rows, values, agreed] = await Promise.all([
    checkIns.listCheckIns(ctx.db, organizationId, ids),
    checkIns.listValues(ctx.db, organizationId, ids),
    checkIns.agreedAt(ctx.db, organizationId, ids),
  ]);
  const now = iso(ctx.now());
  const result = new Map<string, PromiseProgress>();
  for (const record of records) {
    const id = record.row.id;
    const own = rows.filter((r) => r.promise_id === id);
    const ownValues = values.filter((v) => v.promise_id === id);
    const seriesOf = (conditionId: string) =>
      ownValues
        .filter((v) => v.condition_id === conditionId)
        .map((v) => ({ at: v.at, value: v.value !== null ? String(v.value) : v.done === 1 }));
    const latest = (conditionId: string) => seriesOf(conditionId).at(-1)?.value ?? null;
    const { measured, score } = scoreConditions(record.state.terms.conditions, latest);
    const last = own.at(-1);
    const cycle = cycleOf(record.row.cycle_id);
    const agreedOn = agreed.get(id);
    let due: string | null = null;
    let isStale = false;
    if (record.state.status === 'promised' && cycle && agreedOn) {
      const cycleStart = `${cycle.start_date}T00:00:00.000Z`;
      const schedule = {
        lastCheckInAt: last?.at ?? null,
        startedAt: agreedOn > cycleStart ? agreedOn : cycleStart,
        cadence: cycle.check_in_cadence,
      };
      due = nextCheckInDue(schedule);
      isStale = isCheckInStale({ ...schedule, now });
    }
    result.set(id, {
      score,
      keyResults: measured.map((condition) => ({
        conditionId: condition.id,
        text: condition.text,
        definition: condition.keyResult,
        current: latest(condition.id),
        progress: progressOfCondition(condition.keyResult, latest(condition.id)),
        series: seriesOf(condition.id),
      })),
      lastCheckIn: last ? { at: last.at, status: last.status, confidence: last.confidence } : null,
      confidence: own.map((r) => ({ at: r.at, confidence: r.confidence, status: r.status })),
      nextCheckInDue: due,
      isStale,
    });
  }
  return result;
}
