import { type CheckInStatus, CreateCheckInBody } from '../../../contract/check-ins.js';
import type { KeyResultView } from '../../../contract/key-results.js';
import { contractValidator } from '../forms/contract-validator.js';

/** What the check-in form holds: a value per key result, keyed by its condition. */
export interface CheckInValues {
  values: Record<string, string | boolean>;
  confidence: number | string;
  status: CheckInStatus;
  note: string;
  blockers: string;
}

type ValueInput = { conditionId: string; value: string } | { conditionId: string; done: boolean };

/** Only what the performer touched goes in: a typed value, or a milestone ticked or unticked. */
export function toValueInputs(keyResults: KeyResultView[], values: CheckInValues['values']): ValueInput[] {
  return keyResults.flatMap((kr): ValueInput[] => {
    const value = values[kr.conditionId];
    if (typeof value === 'boolean') {
      return kr.definition.kind === 'milestone' && value !== (kr.current === true)
        ? [{ conditionId: kr.conditionId, done: value }]
        : [];
    }
    const text = value?.trim() ?? '';
    return text === '' ? [] : [{ conditionId: kr.conditionId, value: text }];
  });
}

/** The request the form's values make; an emptied confidence is left out, so the contract asks for it. */
export function toCheckInBody(keyResults: KeyResultView[], values: CheckInValues) {
  return {
    values: toValueInputs(keyResults, values.values),
    confidence: values.confidence === '' ? undefined : Number(values.confidence),
    status: values.status,
    note: values.note,
    blockers: values.blockers,
  };
}

/**
 * The request names a value by its place in the list sent (`values.0.value`); the form shows it by
 * that key result's input (`values.<conditionId>`). For the server's issues as well as the contract's.
 */
export function checkInFieldOf(inputs: readonly ValueInput[]) {
  return (path: string): string | null => {
    const index = /^values\.(\d+)/.exec(path)?.[1];
    if (index === undefined) return path;
    const input = inputs[Number(index)];
    return input ? `values.${input.conditionId}` : null;
  };
}

export function validateCheckIn(keyResults: KeyResultView[], values: CheckInValues): Record<string, string> {
  const inputs = toValueInputs(keyResults, values.values);
  return contractValidator(
    CreateCheckInBody,
    (checkIn: CheckInValues) => toCheckInBody(keyResults, checkIn),
    checkInFieldOf(inputs),
  )(values);
}
