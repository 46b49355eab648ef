import type { Condition } from '../contract/promises.js';
import type { RecordedValue } from '../core/scoring/index.js';
import { finalScores } from '../server/services/assessments.js';
import type {
  AssessmentsTable,
  CheckInAnswersTable,
  CheckInsTable,
  CheckInValuesTable,
} from '../server/store/schema.js';
import type { BuiltPromise } from './synthetic-promises.js';

type CheckInStatusValue = CheckInsTable['status'];

export interface CheckInRows {
  checkIns: CheckInsTable[];
  values: CheckInValuesTable[];
  answers: CheckInAnswersTable[];
  assessments: AssessmentsTable[];
}

/** A value of `condition` once `fraction` of the way through its cycle, for a team performing at `pace`. */
function valueAt(
  condition: Condition,
  fraction: number,
  pace: number,
  noise: number,
): Omit<CheckInValuesTable, 'organization_id' | 'check_in_id' | 'promise_id' | 'condition_id'> {
  const keyResult = condition.keyResult!;
  if (keyResult.kind === 'milestone') return { value: null, done: fraction * pace > 0.85 ? 1 : 0 };
  const decimals = keyResult.unitKind === 'percent' ? 1 : 0;
  const start = Number(keyResult.start);
  let value: number;
  if (keyResult.direction === 'stay-within') {
    const low = Number(keyResult.band.low);
    const high = Number(keyResult.band.high);
    value = Math.min(high, low - 0.2 + (high - low + 0.2) * (0.3 + 0.7 * noise));
  } else {
    const target = Number(keyResult.target);
    value = start + (target - start) * Math.min(1.2, fraction * pace * (0.95 + 0.1 * noise));
  }
  const text = value.toFixed(decimals);
  return { value: text.startsWith('-0') && Number(text) === 0 ? text.slice(1) : text, done: null };
}

/**
 * `count` check-ins spread over the weeks the promise was kept (from its agreement until it was
 * reported, ended or now), each with a value for every key result that moves toward the target at
 * the promise's pace; a quarter of them acknowledged by the customer; and the assessment kept with
 * each declaration, scored by core from the values checked in before it.
 */
export function checkInsOf(
  built: BuiltPromise,
  input: {
    count: number;
    cycle: { start: string; end: string };
    checkInPeople: readonly string[];
    customerPerson: string;
    now: string;
    random: () => number;
    newId: () => string;
  },
): CheckInRows {
  const rows: CheckInRows = { checkIns: [], values: [], answers: [], assessments: [] };
  const { row, tracked } = built;
  const conditions = built.state.terms.conditions.filter((c) => c.keyResult !== null);
  const recorded: RecordedValue[] = [];
  if (tracked && input.count > 0) {
    const from = Date.parse(tracked.from);
    const until = Date.parse(tracked.until);
    const cycleStart = Date.parse(`${input.cycle.start}T00:00:00Z`);
    const cycleEnd = Date.parse(`${input.cycle.end}T23:59:59Z`);
    const pace = 0.55 + input.random() * 0.6;
    for (let i = 0; i < input.count; i += 1) {
      const at = new Date(from + ((until - from) * (i + 0.3 + 0.4 * input.random())) / input.count);
      const iso = at.toISOString();
      const fraction = Math.max(0, (at.getTime() - cycleStart) / (cycleEnd - cycleStart));
      const status: CheckInStatusValue = pace > 0.85 ? 'on-track' : pace > 0.7 ? 'at-risk' : 'off-track';
      const checkInId = input.newId();
      rows.checkIns.push({
        organization_id: row.organization_id,
        id: checkInId,
        promise_id: row.id,
        person_id: input.checkInPeople[i % input.checkInPeople.length]!,
        at: iso,
        confidence: Math.max(1, Math.min(10, Math.round(pace * 9 + input.random() * 2 - 1))),
        status,
        note: `Check-in ${i + 1}: ${status === 'on-track' ? 'moving as planned' : 'slower than planned'}.`,
        blockers: status === 'off-track' ? 'Waiting on another team' : '',
      });
      for (const condition of conditions) {
        const value = valueAt(condition, fraction, pace, input.random());
        rows.values.push({
          organization_id: row.organization_id,
          check_in_id: checkInId,
          promise_id: row.id,
          condition_id: condition.id,
          ...value,
        });
        recorded.push({
          conditionId: condition.id,
          at: iso,
          value: value.value ?? value.done === 1,
        });
      }
      const answeredAt = new Date(at.getTime() + 3_600_000).toISOString();
      if (input.random() < 0.25 && answeredAt <= input.now) {
        rows.answers.push({
          organization_id: row.organization_id,
          id: input.newId(),
          check_in_id: checkInId,
          promise_id: row.id,
          person_id: input.customerPerson,
          kind: 'acknowledge',
          text: 'Thanks, noted.',
          at: answeredAt,
        });
      }
    }
  }
  for (const declaration of built.declarations) {
    rows.assessments.push({
      organization_id: row.organization_id,
      id: input.newId(),
      promise_id: row.id,
      satisfied: declaration.satisfied ? 1 : 0,
      note: declaration.note,
      ...finalScores(
        built.state.terms.conditions,
        recorded.filter((v) => v.at <= declaration.at),
      ),
      person_id: declaration.personId,
      at: declaration.at,
    });
  }
  return rows;
}
