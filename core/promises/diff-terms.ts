import { isSameData } from './same-data.js';
import type { ConditionOfSatisfaction, Terms, TermsChange } from './terms.js';

/** One line of the side-by-side "what changes" view. */
export type TermsDifference<C extends ConditionOfSatisfaction = ConditionOfSatisfaction> =
  | { readonly field: 'title' | 'description' | 'dueDate'; readonly before: string; readonly after: string }
  | {
      readonly field: 'conditions';
      readonly change: 'added';
      readonly id: string;
      readonly before: null;
      readonly after: C;
    }
  | {
      readonly field: 'conditions';
      readonly change: 'removed';
      readonly id: string;
      readonly before: C;
      readonly after: null;
    }
  | {
      readonly field: 'conditions';
      readonly change: 'changed';
      readonly id: string;
      readonly before: C;
      readonly after: C;
    }
  | {
      readonly field: 'conditions';
      readonly change: 'reordered';
      /** Ids of the conditions kept on both sides, in their old and new order. */
      readonly before: readonly string[];
      readonly after: readonly string[];
    };

/**
 * What `changes` would change in `agreed`, field by field, in a stable order: title,
 * description, due date, then conditions matched by id (removed and changed ones in their
 * old order, added ones in their new order, and finally a reordering if the kept conditions
 * moved). Fields a proposal repeats unchanged are left out, so an empty list means "no change".
 */
export function diffTerms<C extends ConditionOfSatisfaction>(
  agreed: Terms<C>,
  changes: TermsChange<C>,
): TermsDifference<C>[] {
  const differences: TermsDifference<C>[] = [];
  for (const field of ['title', 'description', 'dueDate'] as const) {
    const after = changes[field];
    if (after !== undefined && after !== agreed[field]) {
      differences.push({ field, before: agreed[field], after });
    }
  }
  if (changes.conditions !== undefined) {
    differences.push(...diffConditions(agreed.conditions, changes.conditions));
  }
  return differences;
}

function diffConditions<C extends ConditionOfSatisfaction>(
  before: readonly C[],
  after: readonly C[],
): TermsDifference<C>[] {
  const afterById = new Map(after.map((condition) => [condition.id, condition]));
  const beforeIds = new Set(before.map((condition) => condition.id));
  const differences: TermsDifference<C>[] = [];
  for (const old of before) {
    const updated = afterById.get(old.id);
    if (updated === undefined) {
      differences.push({ field: 'conditions', change: 'removed', id: old.id, before: old, after: null });
    } else if (!isSameData(old, updated)) {
      differences.push({ field: 'conditions', change: 'changed', id: old.id, before: old, after: updated });
    }
  }
  for (const added of after) {
    if (!beforeIds.has(added.id)) {
      differences.push({ field: 'conditions', change: 'added', id: added.id, before: null, after: added });
    }
  }
  const keptBefore = before.map((c) => c.id).filter((id) => afterById.has(id));
  const keptAfter = after.map((c) => c.id).filter((id) => beforeIds.has(id));
  if (!isSameData(keptBefore, keptAfter)) {
    differences.push({ field: 'conditions', change: 'reordered', before: keptBefore, after: keptAfter });
  }
  return differences;
}
