/**
 * The promise protocol: a conversation for action between a customer and a performer.
 * Pure functions over plain data; the move log is the promise and its state is the fold.
 */
export { allowedMoves } from './allowed-moves.js';
export { applyMove } from './apply-move.js';
export { diffTerms, type TermsDifference } from './diff-terms.js';
export { type FoldResult, foldMoves, stateAt } from './fold-moves.js';
export {
  type Act,
  acts,
  type DeclineReasonCode,
  declineReasonCodes,
  type Move,
  otherSide,
  type Participant,
  participants,
  type Reason,
  type Side,
} from './move.js';
export {
  actsFor,
  belongsTo,
  type Participation,
  type PartyIdentity,
  type PartyViewer,
  type PromiseParties,
  participation,
  sidesOf,
} from './participation.js';
export { type Phase, phaseLabels, phaseOf, phases } from './phase.js';
export { type Situation, situationOf } from './protocol.js';
export {
  describeSituation,
  type MoveResult,
  type Refusal,
  type RefusalCode,
  refusalCodes,
} from './refusal.js';
export { reviseDraft } from './revise-draft.js';
export {
  type FinalStatus,
  finalStatuses,
  isAwaiting,
  isFinalStatus,
  type LastMove,
  newDraft,
  type PromiseState,
  type Proposal,
  type Status,
  statuses,
  termsOnTheTable,
} from './state.js';
export {
  applyChanges,
  type ConditionOfSatisfaction,
  changesBetween,
  isEmptyChange,
  isSameTerms,
  type Terms,
  type TermsChange,
  type TermsField,
  termsFields,
} from './terms.js';
