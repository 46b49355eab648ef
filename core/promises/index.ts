/**
 * The promise protocol: a conversation for action between a customer and a performer.
 * Pure functions over plain data; the move log is the promise and its state is the fold.
 */
export { allowedMoves } from './allowed-moves.js';
export { applyLoggedMove, applyMove, endAtClose } from './apply-move.js';
export {
  AWAITED_ANSWERS,
  type AwaitedAnswer,
  awaitedAnswerOf,
  INBOX_ITEM_KINDS,
  type InboxItemKind,
} from './awaited-answer.js';
export {
  answeringPerformer,
  awaitedPerformers,
  everyPerformerIn,
  hasSeveralPerformers,
  partyKey,
  performerKeys,
  SOLE_PERFORMER,
} from './consent.js';
export { diffTerms, type TermsDifference } from './diff-terms.js';
export { type FoldResult, foldMoves, stateAt, termsOverTime } from './fold-moves.js';
export {
  compareInboxItems,
  INBOX_GROUPS,
  INBOX_SORTS,
  type InboxGroup,
  type InboxSort,
  type InboxStanding,
  inboxGroupOf,
  inboxItemKey,
  onePerPromiseAndReason,
} from './inbox-groups.js';
// The names web/ used before the vocabulary was renamed; removed once its callers use the new ones.
export {
  ACTS,
  type Act,
  DECLINE_REASON_CODES,
  DECLINE_REASON_CODES as declineReasonCodes,
  type DeclineReasonCode,
  type Move,
  otherSide,
  PARTICIPANTS,
  type Participant,
  type Reason,
  SIDES,
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
export { PHASES, PHASES as phases, type Phase, phaseLabels, phaseOf } from './phase.js';
export { type PhaseStep, phaseSteps } from './phase-steps.js';
export { type Situation, situationOf } from './protocol.js';
export {
  describeSituation,
  type MoveResult,
  type Refusal,
  type RefusalCode,
  refusalCodes,
} from './refusal.js';
export {
  CONVERSATION_OPENING_ACTS,
  type ConversationOpeningAct,
  opensConversation,
  replyByDateRefusal,
  replyByRefusal,
} from './reply-by.js';
export { reviseDraft } from './revise-draft.js';
export {
  isAwaiting,
  type LastMove,
  newDraft,
  type PerformerAnswer,
  type PromiseState,
  type Proposal,
  STATUSES,
  STATUSES as statuses,
  type Status,
  termsOnTheTable,
} from './state.js';
export {
  AGREED_STATUSES,
  type AgreedStatus,
  ENDED_STATUSES,
  type EndedStatus,
  FINAL_STATUSES,
  type FinalStatus,
  isAgreed,
  isEnded,
  isFinal,
  isLive,
  isProposed,
  isStillSettling,
  isUnsettled,
  LIVE_STATUSES,
  type LiveStatus,
  MAY_RETROSPECT_STATUSES,
  type MayRetrospectStatus,
  mayRetrospect,
  NEVER_PROMISED_STATUSES,
  type NeverPromisedStatus,
  PROPOSED_STATUSES,
  type ProposedStatus,
  UNSETTLED_STATUSES,
  type UnsettledStatus,
  wasNeverPromised,
} from './status-groups.js';
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
export { awaitsPerformerOf, movesOfViewer, performerKeyOf, performersActedFor } from './viewer-moves.js';
