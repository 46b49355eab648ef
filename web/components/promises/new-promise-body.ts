import type { CalendarDate } from '../../../contract/common.js';
import { CreatePromiseBody } from '../../../contract/promises.js';
import { contractValidator } from '../forms/contract-validator.js';
import { conditionErrors, toConditionInput } from './condition-draft.js';
import type { NewPromiseValues } from './new-promise-values.js';
import { partyOfValue } from './party-options.js';
import { replyByProblem } from './reply-by.js';

/**
 * The request the new-promise form's values make. A choice not made yet is left out, so the contract
 * says it is required.
 */
export function toCreatePromiseBody(values: NewPromiseValues, directionVersionId: string | null = null) {
  return {
    cycleId: values.cycleId ?? undefined,
    customer: (values.customer && partyOfValue(values.customer)) ?? undefined,
    performers: values.performers.flatMap((value) => partyOfValue(value) ?? []),
    title: values.title,
    description: values.description,
    conditions: values.conditions.map(toConditionInput),
    dueDate: values.dueDate || undefined,
    tags: values.tags,
    open: values.open,
    ...(values.open === 'draft' ? { draftedBy: values.draftedBy } : {}),
    ...(values.open !== 'draft' && values.replyBy ? { replyBy: values.replyBy } : {}),
    ...(directionVersionId ? { directionVersionId } : {}),
  };
}

/** A party, a list or a tag shows its issue on the whole input; a key result's are core's to say. */
function fieldOf(path: string): string | null {
  if (/^conditions\.\d+\.keyResult/.test(path)) return null;
  const [field] = path.split('.');
  return field === 'conditions' ? path : (field ?? path);
}

const contractErrors = contractValidator(CreatePromiseBody, toCreatePromiseBody, fieldOf);

/**
 * The contract's rules for the request, then the scoring rules for each key result, then the
 * reply-by day against the reader's `today` (the server checks it again against its own).
 */
export function validateNewPromise(values: NewPromiseValues, today: CalendarDate): Record<string, string> {
  const late = values.open === 'draft' ? null : replyByProblem(values.replyBy, today);
  return {
    ...conditionErrors(values.conditions, 'conditions.'),
    ...(late ? { replyBy: late } : {}),
    ...contractErrors(values),
  };
}
