import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedMoves } from './allowed-moves.js';
import { applyMove } from './apply-move.js';
import { examplePromises, exampleTerms, wellFormedMove } from './examples.js';
import { foldMoves, stateAt } from './fold-moves.js';
import { ACTS, type Move, PARTICIPANTS, type Side } from './move.js';
import { phaseOf } from './phase.js';
import { newDraft, type PromiseState } from './state.js';
import { isFinal } from './status-groups.js';

const at = '2026-03-01T12:00:00.000Z';

describe('the buttons a participant sees', () => {
  it('are exactly the moves the protocol accepts, for every state, act and participant', () => {
    for (const state of Object.values(examplePromises)) {
      for (const by of PARTICIPANTS) {
        const accepted = ACTS.filter((act) => applyMove(state, wellFormedMove(state, act, by, at)).ok);
        expect(allowedMoves(state, by), `${state.status} / ${by}`).toEqual(accepted);
      }
    }
  });

  it('show the performer how to answer an ask, and the customer only how to take it back', () => {
    const ask = examplePromises.requested;
    expect(allowedMoves(ask, 'performer')).toEqual(['promise', 'counter', 'decline', 'comment']);
    expect(allowedMoves(ask, 'customer')).toEqual(['withdraw', 'comment']);
    expect(allowedMoves(ask, 'reviewer')).toEqual(['comment']);
  });

  it('hide report-complete while a renegotiation waits for an answer', () => {
    const state = examplePromises.renegotiationByCustomer;
    expect(allowedMoves(state, 'performer')).toEqual(['promise', 'counter', 'decline', 'revoke', 'comment']);
    expect(allowedMoves(state, 'customer')).toEqual(['withdraw', 'comment']);
  });

  it('offer only comments on a closed promise', () => {
    for (const by of PARTICIPANTS) expect(allowedMoves(examplePromises.satisfied, by)).toEqual(['comment']);
  });
});

/** What must hold in every reachable state (see PromiseState). */
function expectInvariants(state: PromiseState): void {
  expect(state.awaiting === null).toBe(isFinal(state.status));
  if (state.status === 'countered') expect(state.proposal).not.toBeNull();
  if (state.status !== 'countered' && state.status !== 'promised') expect(state.proposal).toBeNull();
  if (state.status === 'promised' && state.proposal === null) expect(state.awaiting).toBe('performer');
  if (state.proposal !== null) expect(state.awaiting).not.toBe(state.proposal.by);
  expect(state.openedBy === null).toBe(state.status === 'draft' || state.status === 'discarded');
  if (state.status === 'promised') expect(phaseOf(state)).toBe(state.proposal ? 'negotiate' : 'execute');
}

describe('any conversation the buttons allow', () => {
  const conversation = fc.record({
    drafter: fc.constantFrom<Side>('customer', 'performer'),
    steps: fc.array(fc.record({ who: fc.nat(), pick: fc.nat() }), { maxLength: 25 }),
  });

  it('keeps the invariants, counts versions, and folds back from its log', () => {
    fc.assert(
      fc.property(conversation, ({ drafter, steps }) => {
        const draft: PromiseState = newDraft(drafter, exampleTerms);
        let state = draft;
        const moves: Move[] = [];
        const history: PromiseState[] = [];
        for (const [index, { who, pick }] of steps.entries()) {
          const by = PARTICIPANTS[who % PARTICIPANTS.length]!;
          const options = allowedMoves(state, by);
          const act = options[pick % options.length]!;
          const move = wellFormedMove(state, act, by, new Date(Date.UTC(2026, 0, 1, 0, index)).toISOString());
          const result = applyMove(state, move);
          if (!result.ok) throw new Error(result.refusal.message);
          expect(result.state.version).toBe(state.version + (act === 'comment' ? 0 : 1));
          expectInvariants(result.state);
          state = result.state;
          moves.push(move);
          history.push(state);
        }
        expect(foldMoves(draft, moves)).toEqual({ ok: true, state });
        for (const [index, move] of moves.entries()) {
          expect(stateAt(draft, moves, move.at)).toEqual({ ok: true, state: history[index] });
        }
      }),
    );
  });
});
