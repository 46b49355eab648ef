import type { z } from 'zod';
import type { Terms, TermsChangeInput as TermsChangeInputSchema } from '../../../contract/promises.js';
import { isSameData } from '../../../core/promises/same-data.js';
import { type ConditionDraft, draftOf, toConditionInput } from './condition-draft.js';

/** New terms as the counter and renegotiate dialogs hold them. */
export interface TermsDraft {
  title: string;
  description: string;
  dueDate: string;
  conditions: ConditionDraft[];
}

export type TermsChangeInput = z.input<typeof TermsChangeInputSchema>;

export function termsDraftOf(terms: Terms): TermsDraft {
  return {
    title: terms.title,
    description: terms.description,
    dueDate: terms.dueDate,
    conditions: terms.conditions.map(draftOf),
  };
}

/**
 * Only what differs from the terms on the table, so the proposal reads as what it changes. Kept
 * conditions carry their ids: the other side then sees "changed", not "removed and added".
 */
export function changesFrom(onTable: Terms, draft: TermsDraft): TermsChangeInput {
  const changes: TermsChangeInput = {};
  if (draft.title.trim() !== onTable.title) changes.title = draft.title.trim();
  if (draft.description !== onTable.description) changes.description = draft.description;
  if (draft.dueDate !== onTable.dueDate) changes.dueDate = draft.dueDate;
  const conditions = draft.conditions.map(toConditionInput);
  const current = onTable.conditions.map(({ id, text, keyResult }) => ({ id, text, keyResult }));
  if (!isSameData(conditions, current)) changes.conditions = conditions;
  return changes;
}
