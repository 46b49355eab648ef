import { describe, expect, it } from 'vitest';
import { allowedMoves } from './allowed-moves.js';
import { applyMove } from './apply-move.js';
import { awaitedPerformers } from './consent.js';
import { exampleReason, exampleTerms } from './examples.js';
import { foldMoves } from './fold-moves.js';
import type { Act, Move, Participant, Reason, Side } from './move.js';
import { newDraft, type PromiseState } from './state.js';
import type { TermsChange } from './terms.js';

/**
 * A promise performed by two teams, each answering for itself: made only when both have promised
 * the same terms, reported only when both have reported, and no performer bound to terms it did
 * not accept.
 */
const ops = 'team:ops';
const web = 'team:web';
type Mover = Exclude<Side, 'performer'> | typeof ops | typeof web;

interface Step {
  readonly act: Act;
  readonly by: Mover;
  readonly reason?: Reason;
  readonly changes?: TermsChange;
}

function moveOf(state: PromiseState, step: Step, index: number): Move {
  const by: Participant = step.by === 'customer' ? 'customer' : 'performer';
  return {
    act: step.act,
    by,
    at: new Date(Date.parse('2026-01-05T09:00:00.000Z') + index * 60_000).toISOString(),
    version: state.version,
    ...(by === 'performer' ? { performer: step.by } : {}),
    ...(step.reason ? { reason: step.reason } : {}),
    ...(step.changes ? { changes: step.changes } : {}),
  };
}

function play(drafter: Side, steps: readonly Step[]): { state: PromiseState; moves: Move[] } {
  let state: PromiseState = newDraft(drafter, exampleTerms, [ops, web]);
  const moves: Move[] = [];
  for (const [index, step] of steps.entries()) {
    const move = moveOf(state, step, index);
    const result = applyMove(state, move);
    if (!result.ok) throw new Error(`step ${index} (${step.act} by ${step.by}): ${result.refusal.message}`);
    state = result.state;
    moves.push(move);
  }
  return { state, moves };
}

function attempt(state: PromiseState, step: Step) {
  return applyMove(state, moveOf(state, step, 50));
}

const later = { changes: { dueDate: '2026-09-30' } } as const;
const sooner = { changes: { dueDate: '2026-05-31' } } as const;
const promisedByBoth: Step[] = [
  { act: 'request', by: 'customer' },
  { act: 'promise', by: ops },
  { act: 'promise', by: web },
];
const performersOf = (answers: PromiseState['promisedBy']) => answers.map((a) => a.performer);

describe('a promise with two performers', () => {
  it('is made only when the second performer promises, each promise kept with its time', () => {
    const first = play('customer', promisedByBoth.slice(0, 2)).state;
    expect(first).toMatchObject({ status: 'requested', awaiting: 'performer' });
    expect(awaitedPerformers(first)).toEqual([web]);
    expect(allowedMoves(first, 'performer', ops)).not.toContain('promise');
    expect(allowedMoves(first, 'performer', web)).toContain('promise');

    const { state } = play('customer', promisedByBoth);
    expect(state).toMatchObject({ status: 'promised', awaiting: 'performer', proposal: null });
    expect(state.promisedBy).toEqual([
      { performer: ops, at: '2026-01-05T09:01:00.000Z' },
      { performer: web, at: '2026-01-05T09:02:00.000Z' },
    ]);
    expect(state.agreedBy).toEqual(state.promisedBy);
  });

  it('refuses a performer promising twice, and a performer move that names no performer', () => {
    const first = play('customer', promisedByBoth.slice(0, 2)).state;
    const twice = attempt(first, { act: 'promise', by: ops });
    expect(twice.ok || twice.refusal.code).toBe('already-answered');
    const anonymous = applyMove(first, {
      act: 'promise',
      by: 'performer',
      at: '2026-02-01T00:00:00Z',
      version: first.version,
    });
    expect(anonymous.ok || anonymous.refusal.code).toBe('performer-required');
    const stranger = applyMove(first, {
      act: 'promise',
      by: 'performer',
      performer: 'team:nobody',
      at: '2026-02-01T00:00:00Z',
      version: first.version,
    });
    expect(stranger.ok || stranger.refusal.code).toBe('performer-required');
  });

  it('clears the first promise when the second performer counters: the first must promise the new terms', () => {
    const countered = play('customer', [
      ...promisedByBoth.slice(0, 2),
      { act: 'counter', by: web, ...later },
    ]).state;
    expect(countered).toMatchObject({ status: 'countered', awaiting: 'customer' });
    expect(performersOf(countered.promisedBy)).toEqual([web]);

    const accepted = play('customer', [
      ...promisedByBoth.slice(0, 2),
      { act: 'counter', by: web, ...later },
      { act: 'accept-offer', by: 'customer' },
    ]).state;
    expect(accepted).toMatchObject({ status: 'countered', awaiting: 'performer' });
    expect(awaitedPerformers(accepted)).toEqual([ops]);

    const made = play('customer', [
      ...promisedByBoth.slice(0, 2),
      { act: 'counter', by: web, ...later },
      { act: 'accept-offer', by: 'customer' },
      { act: 'promise', by: ops },
    ]).state;
    expect(made).toMatchObject({ status: 'promised', terms: { dueDate: '2026-09-30' } });
  });

  it('asks both performers again when the customer counters an offer', () => {
    const { state } = play('performer', [
      { act: 'offer', by: ops },
      { act: 'counter', by: 'customer', ...sooner },
    ]);
    expect(state).toMatchObject({ status: 'countered', awaiting: 'performer', promisedBy: [] });
    expect(awaitedPerformers(state)).toEqual([ops, web]);
    const made = play('performer', [
      { act: 'offer', by: ops },
      { act: 'counter', by: 'customer', ...sooner },
      { act: 'promise', by: web },
      { act: 'promise', by: ops },
    ]).state;
    expect(made).toMatchObject({ status: 'promised', terms: { dueDate: '2026-05-31' } });
  });

  it('turns an offer the customer accepts into a request to the performer who has not promised', () => {
    const accepted = play('performer', [
      { act: 'offer', by: ops },
      { act: 'accept-offer', by: 'customer' },
    ]).state;
    expect(accepted).toMatchObject({ status: 'requested', awaiting: 'performer' });
    expect(awaitedPerformers(accepted)).toEqual([web]);
    const made = attempt(accepted, { act: 'promise', by: web });
    expect(made.ok && made.state.status).toBe('promised');
  });

  it('is declined when either performer declines', () => {
    const { state } = play('customer', [
      ...promisedByBoth.slice(0, 2),
      { act: 'decline', by: web, reason: exampleReason },
    ]);
    expect(state).toMatchObject({ status: 'declined', awaiting: null });
  });

  it('may be withdrawn by the customer who opened it while performers answer', () => {
    const { state } = play('customer', [...promisedByBoth.slice(0, 2), { act: 'withdraw', by: 'customer' }]);
    expect(state.status).toBe('withdrawn');
  });

  it('takes a renegotiation only when both performers promise it, and keeps the agreed terms if one declines', () => {
    const pending = play('customer', [
      ...promisedByBoth,
      { act: 'renegotiate', by: 'customer', ...later },
    ]).state;
    expect(awaitedPerformers(pending)).toEqual([ops, web]);
    const half = play('customer', [
      ...promisedByBoth,
      { act: 'renegotiate', by: 'customer', ...later },
      { act: 'promise', by: web },
    ]).state;
    expect(half).toMatchObject({ status: 'promised', terms: { dueDate: exampleTerms.dueDate } });
    expect(half.proposal).not.toBeNull();
    expect(awaitedPerformers(half)).toEqual([ops]);
    const both = attempt(half, { act: 'promise', by: ops });
    expect(both.ok && both.state).toMatchObject({ proposal: null, terms: { dueDate: '2026-09-30' } });

    const declined = attempt(half, { act: 'decline', by: ops, reason: exampleReason });
    expect(declined.ok && declined.state).toMatchObject({
      status: 'promised',
      proposal: null,
      terms: { dueDate: exampleTerms.dueDate },
    });
    expect(declined.ok && performersOf(declined.state.promisedBy)).toEqual([ops, web]);
  });

  it('takes a performer renegotiation once the customer and the other performer accept it', () => {
    const accepted = play('customer', [
      ...promisedByBoth,
      { act: 'renegotiate', by: ops, ...later },
      { act: 'accept-offer', by: 'customer' },
    ]).state;
    expect(accepted).toMatchObject({
      status: 'promised',
      awaiting: 'performer',
      terms: { dueDate: exampleTerms.dueDate },
    });
    expect(awaitedPerformers(accepted)).toEqual([web]);
    const made = attempt(accepted, { act: 'promise', by: web });
    expect(made.ok && made.state).toMatchObject({ proposal: null, terms: { dueDate: '2026-09-30' } });
  });

  it('asks the customer to assess only once both performers have reported their part', () => {
    const half = play('customer', [...promisedByBoth, { act: 'report-complete', by: ops }]).state;
    expect(half).toMatchObject({ status: 'promised', awaiting: 'performer' });
    expect(performersOf(half.reportedBy)).toEqual([ops]);
    expect(awaitedPerformers(half)).toEqual([web]);
    expect(allowedMoves(half, 'performer', ops)).not.toContain('report-complete');
    const twice = attempt(half, { act: 'report-complete', by: ops });
    expect(twice.ok || twice.refusal.code).toBe('already-answered');
    const assessing = attempt(half, { act: 'declare-satisfied', by: 'customer' });
    expect(assessing.ok || assessing.refusal.code).toBe('not-allowed-in-state');

    const reported = play('customer', [
      ...promisedByBoth,
      { act: 'report-complete', by: ops },
      { act: 'report-complete', by: web },
    ]).state;
    expect(reported).toMatchObject({ status: 'reported', awaiting: 'customer' });
  });

  it('asks both performers to report again after the customer is dissatisfied, then closes satisfied', () => {
    const reportedTwice = [
      { act: 'report-complete', by: ops },
      { act: 'report-complete', by: web },
    ] as const;
    const dissatisfied = play('customer', [
      ...promisedByBoth,
      ...reportedTwice,
      { act: 'declare-dissatisfied', by: 'customer', reason: exampleReason },
    ]).state;
    expect(dissatisfied).toMatchObject({ status: 'promised', reportedBy: [] });
    const { state, moves } = play('customer', [
      ...promisedByBoth,
      ...reportedTwice,
      { act: 'declare-dissatisfied', by: 'customer', reason: exampleReason },
      ...reportedTwice,
      { act: 'declare-satisfied', by: 'customer' },
    ]);
    expect(state.status).toBe('satisfied');
    // The log is the promise: folding it again gives the same state, answers and all.
    const folded = foldMoves(
      newDraft<PromiseState['terms']['conditions'][number]>('customer', exampleTerms, [ops, web]),
      moves,
    );
    expect(folded.ok && folded.state).toEqual(state);
  });

  it('is revoked when either performer revokes it', () => {
    const { state } = play('customer', [
      ...promisedByBoth,
      { act: 'revoke', by: web, reason: exampleReason },
    ]);
    expect(state.status).toBe('revoked');
  });

  it('lets the customer withdraw a kept promise', () => {
    const { state } = play('customer', [
      ...promisedByBoth,
      { act: 'withdraw', by: 'customer', reason: exampleReason },
    ]);
    expect(state.status).toBe('withdrawn');
  });

  it('replays a logged performing move that names no performer as the whole side answering (before 0014)', () => {
    // Before 0014 the performing side answered as one: the log holds one promise, one report, no team.
    let state: PromiseState = newDraft('customer', exampleTerms, [ops, web]);
    const at = (minute: number) => `2026-01-05T09:0${minute}:00.000Z`;
    const moves: Move[] = [];
    for (const [minute, act, by] of [
      [0, 'request', 'customer'],
      [1, 'promise', 'performer'],
      [2, 'report-complete', 'performer'],
    ] as const) {
      moves.push({ act, by, at: at(minute), version: state.version + moves.length });
    }
    const folded = foldMoves(state, moves);
    if (!folded.ok) throw new Error(folded.refusal.message);
    state = folded.state;
    expect(state).toMatchObject({ status: 'reported', awaiting: 'customer', version: 4 });
    expect(state.agreedBy).toEqual([
      { performer: ops, at: at(1) },
      { performer: web, at: at(1) },
    ]);
    expect(state.reportedBy.map((answer) => answer.performer)).toEqual([ops, web]);
    // The customer then assesses it, as any promise reported by every performer.
    const live = applyMove(state, { act: 'declare-satisfied', by: 'customer', at: at(3), version: 4 });
    expect(live.ok).toBe(true);
  });
});
