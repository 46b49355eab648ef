import type { Condition } from '../../../contract/promises.js';
import type { Terms, TermsChange } from '../../../core/promises/index.js';
import { AppError } from '../../errors.js';
import type { ServiceContext } from '../context.js';

export interface TermsChangeInput {
  title?: string | undefined;
  description?: string | undefined;
  conditions?: Array<{ id?: string | undefined; text: string }> | undefined;
  dueDate?: string | undefined;
}

/**
 * Proposed changes as the core wants them: new conditions get ids, kept ones must be conditions
 * already on the table, and the due date must fall within the promise's cycle.
 */
export function toTermsChange(
  ctx: ServiceContext,
  input: TermsChangeInput,
  onTable: Terms,
  cycle: { name: string; startDate: string; endDate: string },
): TermsChange {
  const changes: { -readonly [K in keyof TermsChange]: TermsChange[K] } = {};
  if (input.title !== undefined) changes.title = input.title;
  if (input.description !== undefined) changes.description = input.description;
  if (input.dueDate !== undefined) {
    requireWithinCycle(input.dueDate, cycle);
    changes.dueDate = input.dueDate;
  }
  if (input.conditions !== undefined) {
    const known = new Set(onTable.conditions.map((c) => c.id));
    const seen = new Set<string>();
    changes.conditions = input.conditions.map((condition): Condition => {
      if (condition.id === undefined) return { id: ctx.newId(), text: condition.text };
      if (!known.has(condition.id) || seen.has(condition.id)) {
        throw new AppError(
          'validation_failed',
          `Condition ${condition.id} is not on the table; leave out the id to add a new condition`,
        );
      }
      seen.add(condition.id);
      return { id: condition.id, text: condition.text };
    });
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
