import { type MoveResult, refuse } from './refusal.js';
import type { PromiseState, Status } from './state.js';
import { applyChanges, type ConditionOfSatisfaction, isSameTerms, type TermsChange } from './terms.js';

/** Why an opened promise's terms are not edited in place: said by `reviseDraft` and by the edit policy. */
export function notADraftMessage(status: Status): string {
  return `Cannot revise the terms of a ${status} promise: only drafts are edited directly; once opened, terms change by counter or renegotiate.`;
}

/**
 * Edit a draft's terms. Drafting happens before the conversation starts, so it is not a
 * move and leaves no trace in the log; the caller checks that the editor belongs to the
 * drafting side. The version still grows, so a request or offer made against a draft its
 * mover has not seen since it was revised is refused as stale.
 */
export function reviseDraft<C extends ConditionOfSatisfaction>(
  state: PromiseState<C>,
  changes: TermsChange<C>,
): MoveResult<C> {
  if (state.status !== 'draft') {
    return refuse('not-allowed-in-state', notADraftMessage(state.status));
  }
  const terms = applyChanges(state.terms, changes);
  if (isSameTerms(terms, state.terms)) {
    return refuse('changes-required', 'Cannot revise the draft without a change to its terms.');
  }
  return { ok: true, state: { ...state, terms, version: state.version + 1 } };
}
