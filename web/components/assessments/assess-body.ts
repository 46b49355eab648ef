import { MoveBody } from '../../../contract/promises.js';
import { contractValidator } from '../forms/contract-validator.js';

/** What the assess form holds when the customer gives their word. */
export interface AssessValues {
  satisfied: boolean;
  note: string;
}

/**
 * The move an assessment is, as useAssess sends it: satisfied with an optional note, or
 * dissatisfied with a reason (the protocol needs one, and the contract's Reason says it cannot be
 * empty).
 */
export function toAssessMoveBody(version: number, values: AssessValues): MoveBody {
  return values.satisfied
    ? { act: 'declare-satisfied', version, ...(values.note.trim() ? { text: values.note } : {}) }
    : { act: 'declare-dissatisfied', version, reason: { text: values.note } };
}

/** The note is the move's text or its reason's: either way it shows under the one box. */
const fieldOf = (path: string) => (path === 'text' || path.startsWith('reason') ? 'note' : path);

export function validateAssessment(version: number, values: AssessValues): Record<string, string> {
  return contractValidator(MoveBody, (v: AssessValues) => toAssessMoveBody(version, v), fieldOf)(values);
}
