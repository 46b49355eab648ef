import type { PromiseDetail } from '../../../contract/promises.js';
import type { Act } from '../../../contract/protocol.js';
import type { PromiseState } from '../../../core/promises/index.js';
import { ruleFor } from '../../../core/promises/protocol.js';

export type MoveNeed = 'reason' | 'changes' | 'text' | null;

/** What the protocol reads of a promise as the server presented it. */
export type PromiseAsPresented = Pick<
  PromiseDetail,
  'status' | 'awaiting' | 'draftedBy' | 'openedBy' | 'terms' | 'proposal' | 'version' | 'lastReason'
>;

/** The protocol's state of a promise as the server presented it: enough to read the rule table. */
function stateOf(promise: PromiseAsPresented): PromiseState {
  return {
    status: promise.status,
    awaiting: promise.awaiting,
    draftedBy: promise.draftedBy,
    openedBy: promise.openedBy,
    terms: promise.terms,
    proposal: promise.proposal && {
      by: promise.proposal.by,
      kind: promise.proposal.kind,
      changes: promise.proposal.changes,
    },
    version: promise.version,
    lastReason: promise.lastReason,
    lastMove: null,
    // Who has answered does not change what a move must carry.
    performers: [],
    promisedBy: [],
    agreedBy: [],
    reportedBy: [],
  };
}

/**
 * What a move must carry besides its act, read from the protocol's rule table (the one the server
 * applies): a reason to decline, revoke, withdraw a kept promise or declare dissatisfaction; changes
 * to counter or renegotiate; text to comment.
 */
export function needOf(promise: PromiseAsPresented, act: Act): MoveNeed {
  if (act === 'comment') return 'text';
  return ruleFor(stateOf(promise), act)?.needs ?? null;
}
