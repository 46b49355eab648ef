import { isSameData } from './same-data.js';

/**
 * One condition of satisfaction: what the customer will check to call the promise kept.
 * `id` is stable for the life of the promise and unique within it, so proposals can say
 * "this condition changed" rather than "the list changed". Richer conditions (key results
 * with metrics and targets) extend this type through the `C` parameter of `Terms`.
 */
export interface ConditionOfSatisfaction {
  readonly id: string;
  readonly text: string;
}

/** What is promised: the concern, how the customer will judge it, and by when. */
export interface Terms<C extends ConditionOfSatisfaction = ConditionOfSatisfaction> {
  readonly title: string;
  /** Markdown: why it matters to the customer. */
  readonly description: string;
  readonly conditions: readonly C[];
  /** Calendar date, `YYYY-MM-DD`. */
  readonly dueDate: string;
}

/**
 * Proposed changes to terms. A field left out stays as it is; `conditions`, when present,
 * is the whole new list (ids say which conditions are kept, changed, added or removed).
 */
export type TermsChange<C extends ConditionOfSatisfaction = ConditionOfSatisfaction> = Partial<Terms<C>>;

export const termsFields = [
  'title',
  'description',
  'conditions',
  'dueDate',
] as const satisfies readonly (keyof Terms)[];

export type TermsField = (typeof termsFields)[number];

/** The terms as they would stand with `changes` made. */
export function applyChanges<C extends ConditionOfSatisfaction>(
  terms: Terms<C>,
  changes: TermsChange<C>,
): Terms<C> {
  return {
    title: changes.title ?? terms.title,
    description: changes.description ?? terms.description,
    conditions: changes.conditions ?? terms.conditions,
    dueDate: changes.dueDate ?? terms.dueDate,
  };
}

export function isSameTerms<C extends ConditionOfSatisfaction>(a: Terms<C>, b: Terms<C>): boolean {
  return termsFields.every((field) => isSameData(a[field], b[field]));
}

/**
 * The smallest change that turns `from` into `to`: only the fields that differ.
 * Proposals are stored in this form so that an empty change always means "no change".
 */
export function changesBetween<C extends ConditionOfSatisfaction>(
  from: Terms<C>,
  to: Terms<C>,
): TermsChange<C> {
  const changes: { -readonly [F in TermsField]?: Terms<C>[F] } = {};
  if (from.title !== to.title) changes.title = to.title;
  if (from.description !== to.description) changes.description = to.description;
  if (!isSameData(from.conditions, to.conditions)) changes.conditions = to.conditions;
  if (from.dueDate !== to.dueDate) changes.dueDate = to.dueDate;
  return changes;
}

export function isEmptyChange<C extends ConditionOfSatisfaction>(changes: TermsChange<C>): boolean {
  return termsFields.every((field) => changes[field] === undefined);
}
