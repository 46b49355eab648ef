import type { Notification } from '../../../contract/notifications.js';
import type { Party } from '../../../contract/parties.js';
import type { Act, Move, PromiseState } from '../../../core/promises/index.js';

type State = PromiseState;

import * as links from '../../store/alignment.js';
import * as store from '../../store/promises.js';
import { whoIsConcerned } from '../concerned.js';
import type { ServiceContext } from '../context.js';
import { notify, peopleOfSides } from '../notifications.js';
import { loadRecords, type PromiseRecord } from './records.js';

interface Notice {
  kind: Notification['kind'];
  title: string;
}

/** Why, in a few words, when the move gives one. */
const because = (move: Move) => {
  const why = move.reason?.text ?? move.text;
  return why ? `: ${why.slice(0, 120)}` : '';
};

/**
 * What each move says to the sides that did not make it, in the bell and the email's subject.
 * Discarding a draft tells nobody (a draft is private to its side), nor does a comment.
 */
function noticeOf(move: Move, before: State, after: State): Notice | undefined {
  const title = after.terms.title;
  const wasRenegotiating = before.status === 'promised' && before.proposal !== null;
  switch (move.act) {
    case 'request':
      return { kind: 'ask-received', title: `Asked of you: ${title}` };
    case 'offer':
      return { kind: 'offer-received', title: `Offered to you: ${title}` };
    case 'counter':
      return { kind: 'counter-received', title: `Counter-proposal on ${title}` };
    case 'promise':
    case 'accept-offer':
      if (wasRenegotiating) return { kind: 'promise-agreed', title: `New terms agreed: ${title}` };
      if (after.status !== 'promised')
        return { kind: 'promise-agreed', title: `One performer promised: ${title}` };
      return {
        kind: 'promise-agreed',
        title: move.act === 'promise' ? `Promised: ${title}` : `Offer accepted: ${title}`,
      };
    case 'decline':
      return wasRenegotiating
        ? {
            kind: 'promise-declined',
            title: `Renegotiation declined, the terms stand: ${title}${because(move)}`,
          }
        : { kind: 'promise-declined', title: `Declined: ${title}${because(move)}` };
    case 'withdraw':
      return { kind: 'promise-ended', title: `Withdrawn: ${title}${because(move)}` };
    case 'revoke':
      return { kind: 'promise-ended', title: `Revoked: ${title}${because(move)}` };
    case 'end':
      return { kind: 'promise-ended', title: `Ended at the cycle's close: ${title}` };
    case 'renegotiate':
      return { kind: 'renegotiation-proposed', title: `Renegotiation proposed: ${title}` };
    case 'report-complete':
      return { kind: 'completion-reported', title: `Reported complete, awaiting your assessment: ${title}` };
    case 'declare-satisfied':
      return { kind: 'promise-assessed', title: `Satisfied: ${title}` };
    case 'declare-dissatisfied':
      return { kind: 'promise-assessed', title: `Not satisfied, back to work: ${title}${because(move)}` };
    case 'discard':
    case 'comment':
      return undefined;
  }
}

/**
 * Tells the sides that did not make the move (never its maker), once per move (its place in the
 * log). A promise withdrawn or revoked mid-cycle is also told to the promises that depend on it
 * and those that contribute to it, so they can re-plan.
 */
export async function tellOfMove(
  ctx: ServiceContext,
  record: PromiseRecord,
  move: { move: Move; after: State; seq: number; performer?: Party | undefined; actorId: string },
): Promise<void> {
  const organizationId = record.row.organization_id;
  const notice = noticeOf(move.move, record.state, move.after);
  if (notice) {
    const side = move.move.by === 'customer' ? 'customer' : 'performer';
    const people = await whoIsConcerned(
      ctx,
      { what: 'move', record, side, performer: move.performer },
      move.actorId,
    );
    await notify(ctx, organizationId, people, {
      ...notice,
      promiseId: record.row.id,
      dedupeKey: dedupeKeyOf(record.row.id, move.move.act, move.seq),
    });
  }
  if (move.move.act === 'withdraw' || move.move.act === 'revoke') {
    await tellWhoReliesOn(ctx, record, move.move.act, move.actorId);
  }
}

/**
 * Once per move (its place in the log). The ask keeps the key it always had; an ending shares its
 * key with the notice to those who rely on the promise, so someone in both hears of it once.
 */
function dedupeKeyOf(promiseId: string, act: Act, seq: number): string {
  if (act === 'request') return `ask:${promiseId}`;
  if (act === 'withdraw' || act === 'revoke') return `ended:${promiseId}`;
  return `move:${promiseId}:${seq}`;
}

async function tellWhoReliesOn(
  ctx: ServiceContext,
  record: PromiseRecord,
  act: Act,
  actorId: string,
): Promise<void> {
  const organizationId = record.row.organization_id;
  const [dependencies, contributions] = await Promise.all([
    links.dependenciesTouching(ctx.db, organizationId, record.row.id),
    links.contributionsTouching(ctx.db, organizationId, record.row.id),
  ]);
  const concerned = [
    ...dependencies.filter((d) => d.supplier_promise_id === record.row.id).map((d) => d.promise_id),
    ...contributions.filter((c) => c.to_promise_id === record.row.id).map((c) => c.from_promise_id),
  ];
  if (concerned.length === 0) return;
  const others = await loadRecords(
    ctx,
    organizationId,
    await store.findPromises(ctx.db, organizationId, concerned),
  );
  const people = (await Promise.all(others.map((o) => peopleOfSides(ctx, o))))
    .flat()
    .filter((personId) => personId !== actorId);
  await notify(ctx, organizationId, people, {
    kind: 'promise-ended',
    title: `${act === 'withdraw' ? 'Withdrawn' : 'Revoked'}: ${record.state.terms.title}`,
    promiseId: record.row.id,
    dedupeKey: `ended:${record.row.id}`,
  });
}
