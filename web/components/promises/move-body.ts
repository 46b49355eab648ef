import type { CalendarDate } from '../../../contract/common.js';
import { MoveBody, type Terms } from '../../../contract/promises.js';
import type { Act } from '../../../contract/protocol.js';
import { type DeclineReasonCode, opensConversation } from '../../../core/promises/index.js';
import { contractValidator } from '../forms/contract-validator.js';
import { conditionErrors } from './condition-draft.js';
import type { MoveNeed } from './move-needs.js';
import { replyByProblem } from './reply-by.js';
import { changesFrom, type TermsDraft } from './terms-change.js';

/** What the move dialog holds; it sends only what the move needs. */
export interface MoveValues {
  reasonCode: DeclineReasonCode | null;
  reason: string;
  text: string;
  terms: TermsDraft;
  /** The day the other side is asked to answer by ('' for none): only a move that opens a conversation. */
  replyBy: string;
}

/** The move, the version it is made against, the terms on the table and what the move must carry. */
export interface MoveContext {
  act: Act;
  version: number;
  onTable: Terms;
  need: MoveNeed;
}

/**
 * The request the dialog's values make. An empty reason or text is left out: whether the move needs
 * one is the protocol's rule (a decline needs a reason), and the server's refusal says why.
 */
export function toMoveBody(move: MoveContext, values: MoveValues): MoveBody {
  const body: MoveBody = { act: move.act, version: move.version };
  if (move.need === 'changes') body.changes = changesFrom(move.onTable, values.terms);
  if (move.need === 'reason' && values.reason.trim()) {
    const code = move.act === 'decline' ? values.reasonCode : null;
    body.reason = { text: values.reason, ...(code ? { code } : {}) };
  }
  if (values.text.trim()) body.text = values.text;
  if (opensConversation(move.act) && values.replyBy) body.replyBy = values.replyBy;
  return body;
}

/** A reason shows under its text; a key result's problems are core's to say (see conditionErrors). */
function moveFieldOf(path: string): string | null {
  if (/^changes\.conditions\.\d+\.keyResult/.test(path)) return null;
  return path.startsWith('reason') ? 'reason' : path;
}

/**
 * The contract's rules for the move, then the scoring rules for each proposed key result, then the
 * reply-by day against the reader's `today` (the server checks it again against its own).
 */
export function validateMove(
  move: MoveContext,
  values: MoveValues,
  today: CalendarDate,
): Record<string, string> {
  const conditions =
    move.need === 'changes' ? conditionErrors(values.terms.conditions, 'changes.conditions.') : {};
  const contract = contractValidator(MoveBody, (v: MoveValues) => toMoveBody(move, v), moveFieldOf);
  const late = opensConversation(move.act) ? replyByProblem(values.replyBy, today) : null;
  return { ...conditions, ...(late ? { replyBy: late } : {}), ...contract(values) };
}
