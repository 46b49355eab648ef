import type { Act } from './move.js';

/** The moves that open a conversation, and so may ask for an answer by a date. */
export const CONVERSATION_OPENING_ACTS = ['request', 'offer', 'counter', 'renegotiate'] as const;
export type ConversationOpeningAct = (typeof CONVERSATION_OPENING_ACTS)[number];

export function opensConversation(act: Act): act is ConversationOpeningAct {
  return (CONVERSATION_OPENING_ACTS as readonly Act[]).includes(act);
}

/**
 * Why a reply-by date cannot go with a move, or null when it can: only a move that opens a
 * conversation asks for an answer, and the answer cannot be asked for by a day already gone.
 * Dates are `YYYY-MM-DD`, so they compare as text.
 */
export function replyByRefusal(act: Act, replyBy: string | undefined, today: string): string | null {
  if (replyBy === undefined) return null;
  if (!opensConversation(act)) {
    return `Only a move that opens a conversation (${CONVERSATION_OPENING_ACTS.join(', ')}) may ask for a reply by a date; a ${act} answers one`;
  }
  return replyByDateRefusal(replyBy, today);
}

/**
 * Why a day cannot be asked to answer by, or null when it can: a day already gone. Asks other than
 * moves (a dependency asking its supplier) follow the same rule.
 */
export function replyByDateRefusal(replyBy: string | undefined, today: string): string | null {
  if (replyBy !== undefined && replyBy < today)
    return `The reply-by date ${replyBy} has passed: choose today (${today}) or a later day`;
  return null;
}
