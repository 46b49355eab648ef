import { applyMove } from './apply-move.js';
import type { Act, Move, Participant, Reason, Side } from './move.js';
import { newDraft, type PromiseState, termsOnTheTable } from './state.js';
import type { Terms, TermsChange } from './terms.js';

/**
 * Example promises at every point of the conversation, each built by real moves from one
 * draft. Tests use them to walk the whole protocol table; demos may use them as seeds.
 */

export const exampleTerms = {
  title: 'Checkout converts better on mobile',
  description: 'Half our customers shop on phones and **abandon** at payment.',
  conditions: [
    { id: 'cos-1', text: 'Mobile checkout conversion from 1.8% to 2.5%' },
    { id: 'cos-2', text: 'Apple Pay and Google Pay available' },
  ],
  dueDate: '2026-06-30',
} as const satisfies Terms;

/** A plausible reason, for the moves that need one. */
export const exampleReason = {
  code: 'capacity',
  text: 'The team is fully booked this quarter.',
} as const satisfies Reason;

export interface Step {
  readonly act: Act;
  readonly by: Participant;
  readonly reason?: Reason;
  readonly changes?: TermsChange;
  readonly text?: string;
}

/** Moves for `steps`, made one minute apart from `start`, each against the version it met. */
export function playMoves(
  initial: PromiseState,
  steps: readonly Step[],
  start = '2026-01-05T09:00:00.000Z',
): { state: PromiseState; moves: Move[] } {
  let state = initial;
  const moves: Move[] = [];
  for (const [index, step] of steps.entries()) {
    const at = new Date(Date.parse(start) + index * 60_000).toISOString();
    const move: Move = { ...step, at, version: state.version };
    const result = applyMove(state, move);
    if (!result.ok) throw new Error(`Example step ${index} (${step.act}) refused: ${result.refusal.message}`);
    state = result.state;
    moves.push(move);
  }
  return { state, moves };
}

function play(drafter: Side, steps: readonly Step[]): PromiseState {
  return playMoves(newDraft(drafter, exampleTerms), steps).state;
}

const laterDue = { changes: { dueDate: '2026-09-30' } } as const;
const fewerConditions = { changes: { conditions: [exampleTerms.conditions[0]] } } as const;
const byCustomer = (act: Act, extra: Omit<Step, 'act' | 'by'> = {}): Step => ({
  act,
  by: 'customer',
  ...extra,
});
const byPerformer = (act: Act, extra: Omit<Step, 'act' | 'by'> = {}): Step => ({
  act,
  by: 'performer',
  ...extra,
});
const promised = [byCustomer('request'), byPerformer('promise')];

export const examplePromises = {
  draftByCustomer: play('customer', []),
  draftByPerformer: play('performer', []),
  requested: play('customer', [byCustomer('request')]),
  offered: play('performer', [byPerformer('offer')]),
  /** Requested, then countered by the performer: the customer answers. */
  counteredByPerformer: play('customer', [byCustomer('request'), byPerformer('counter', laterDue)]),
  /** Offered, then countered by the customer: the performer answers. */
  counteredByCustomer: play('performer', [byPerformer('offer'), byCustomer('counter', fewerConditions)]),
  /** Requested, countered, countered back by the customer who opened it. */
  counteredBack: play('customer', [
    byCustomer('request'),
    byPerformer('counter', laterDue),
    byCustomer('counter', { changes: { dueDate: '2026-08-31' } }),
  ]),
  promised: play('customer', promised),
  renegotiationByCustomer: play('customer', [...promised, byCustomer('renegotiate', fewerConditions)]),
  renegotiationByPerformer: play('customer', [...promised, byPerformer('renegotiate', laterDue)]),
  /** The customer renegotiated and the performer countered: the customer answers. */
  renegotiationCountered: play('customer', [
    ...promised,
    byCustomer('renegotiate', fewerConditions),
    byPerformer('counter', laterDue),
  ]),
  reported: play('customer', [...promised, byPerformer('report-complete')]),
  declined: play('customer', [byCustomer('request'), byPerformer('decline', { reason: exampleReason })]),
  withdrawn: play('performer', [byPerformer('offer'), byPerformer('withdraw')]),
  revoked: play('customer', [...promised, byPerformer('revoke', { reason: exampleReason })]),
  satisfied: play('customer', [...promised, byPerformer('report-complete'), byCustomer('declare-satisfied')]),
} as const satisfies Record<string, PromiseState>;

export type ExampleName = keyof typeof examplePromises;

/**
 * A move of `act` by `by` that carries everything the act could need: a reason, text, and
 * changes that differ both from the terms on the table and from the agreed terms. Whether
 * it is accepted then depends only on who may make it, in which state.
 */
export function wellFormedMove(state: PromiseState, act: Act, by: Participant, at: string): Move {
  const onTheTable = termsOnTheTable(state);
  const dueDate = ['2027-01-31', '2027-02-28', '2027-03-31'].find(
    (date) => date !== onTheTable.dueDate && date !== state.terms.dueDate,
  );
  return {
    act,
    by,
    at,
    version: state.version,
    reason: exampleReason,
    changes: { dueDate: dueDate ?? '2027-04-30' },
    text: 'Can we talk about the payment provider?',
  };
}
