import type { KeyResultDefinition } from '../../../contract/key-results.js';
import type { Condition } from '../../../contract/promises.js';
import type { Terms, TermsChange } from '../../../core/promises/index.js';
import { conditionsFollowingKeyResults, refuseKeyResult } from '../../../core/scoring/index.js';
import { AppError } from '../../errors.js';
import type { ServiceContext } from '../context.js';

export interface ConditionInput {
  id?: string | undefined;
  text: string;
  keyResult?: KeyResultDefinition | null | undefined;
}

/** A key result is checked for sense (a target, a band, a weight) before anyone can promise it. */
export function toCondition(id: string, input: ConditionInput): Condition {
  const keyResult = input.keyResult ?? null;
  if (keyResult) {
    const refusal = refuseKeyResult(keyResult);
    if (refusal)
      throw new AppError('validation_failed', `${input.text}: ${refusal.message}`, {
        kind: 'key-result-refused',
        refusal: refusal.code,
      });
  }
  return { id, text: input.text, keyResult };
}

export interface TermsChangeInput {
  title?: string | undefined;
  description?: string | undefined;
  conditions?: ConditionInput[] | undefined;
  dueDate?: string | undefined;
}

/**
 * Proposed changes as the core wants them: new conditions get ids, kept ones must be conditions
 * already on the table, and the due date must fall within the promise's cycle.
 */
export function toTermsChange(
  ctx: ServiceContext,
  input: TermsChangeInput,
  onTable: Terms<Condition>,
  cycle: { name: string; startDate: string; endDate: string },
): TermsChange<Condition> {
  const changes: { -readonly [K in keyof TermsChange<Condition>]: TermsChange<Condition>[K] } = {};
  if (input.title !== undefined) changes.title = input.title;
  if (input.description !== undefined) changes.description = input.description;
  if (input.dueDate !== undefined) {
    requireWithinCycle(input.dueDate, cycle);
    changes.dueDate = input.dueDate;
  }
  if (input.conditions !== undefined) {
    const known = new Set(onTable.conditions.map((c) => c.id));
    const seen = new Set<string>();
    const proposed = input.conditions.map((condition): Condition => {
      if (condition.id === undefined) return toCondition(ctx.newId(), condition);
      if (!known.has(condition.id) || seen.has(condition.id)) {
        throw new AppError(
          'validation_failed',
          `Condition ${condition.id} is not on the table; leave out the id to add a new condition`,
        );
      }
      seen.add(condition.id);
      return toCondition(condition.id, condition);
    });
    // A kept condition whose key result moved reads its new figures (unless the proposer reworded it).
    changes.conditions = conditionsFollowingKeyResults(onTable.conditions, proposed);
  }
  return changes;
}

export function requireWithinCycle(
  dueDate: string,
  cycle: { name: string; startDate: string; endDate: string },
) {
  if (dueDate < cycle.startDate || dueDate > cycle.endDate) {
    throw new AppError(
      'validation_failed',
      `The due date ${dueDate} is outside ${cycle.name} (${cycle.startDate} to ${cycle.endDate}); pick a date within it`,
    );
  }
}
