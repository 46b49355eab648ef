import { describe, expect, it } from 'vitest';
import { applyMove } from './apply-move.js';
import { examplePromises, exampleReason } from './examples.js';
import type { Move } from './move.js';
import { describeSituation } from './refusal.js';
import type { PromiseState } from './state.js';

const at = '2026-03-01T12:00:00.000Z';

function refusalOf(state: PromiseState, move: Omit<Move, 'at'>): string {
  const result = applyMove(state, { at, ...move });
  return result.ok ? 'accepted' : result.refusal.code;
}

describe('when a move breaks several rules, the most fundamental is reported', () => {
  const { satisfied, requested, promised, renegotiationByCustomer } = examplePromises;

  it('says a closed promise is closed before anything else', () => {
    expect(refusalOf(satisfied, { act: 'request', by: 'reviewer', version: 1 })).toBe('final-state');
  });

  it('asks a mover who saw an old version to reload before judging the move', () => {
    expect(refusalOf(requested, { act: 'report-complete', by: 'reviewer', version: 1 })).toBe(
      'stale-version',
    );
  });

  it('says a move does not exist here before saying whose it would be', () => {
    const move = { act: 'report-complete', by: 'customer', version: requested.version } as const;
    expect(refusalOf(requested, move)).toBe('not-allowed-in-state');
  });

  it('says whose move it is before asking for a reason', () => {
    const move = { act: 'decline', by: 'customer', version: requested.version } as const;
    expect(refusalOf(requested, move)).toBe('wrong-party');
  });

  it('says whose move it is before pointing at the pending proposal', () => {
    const state = renegotiationByCustomer;
    expect(refusalOf(state, { act: 'report-complete', by: 'customer', version: state.version })).toBe(
      'wrong-party',
    );
    expect(refusalOf(state, { act: 'report-complete', by: 'performer', version: state.version })).toBe(
      'proposal-pending',
    );
  });

  it('points at the pending proposal before asking for changes', () => {
    const state = renegotiationByCustomer;
    expect(refusalOf(state, { act: 'renegotiate', by: 'performer', version: state.version })).toBe(
      'proposal-pending',
    );
  });

  it('asks for a reason that says something', () => {
    const version = promised.version;
    expect(refusalOf(promised, { act: 'revoke', by: 'performer', version })).toBe('reason-required');
    expect(refusalOf(promised, { act: 'revoke', by: 'performer', version, reason: { text: '  ' } })).toBe(
      'reason-required',
    );
    expect(refusalOf(promised, { act: 'revoke', by: 'performer', version, reason: exampleReason })).toBe(
      'accepted',
    );
  });

  it('takes comments at any time, against any version, but not empty ones', () => {
    expect(refusalOf(satisfied, { act: 'comment', by: 'reviewer', version: 1, text: 'Well done' })).toBe(
      'accepted',
    );
    expect(refusalOf(requested, { act: 'comment', by: 'customer', version: 99, text: 'Ping' })).toBe(
      'accepted',
    );
    expect(refusalOf(requested, { act: 'comment', by: 'customer', version: 1, text: ' ' })).toBe(
      'text-required',
    );
  });
});

describe('a refusal message', () => {
  it('names the state, who is awaited and what each side may do', () => {
    const result = applyMove(examplePromises.requested, {
      act: 'accept-offer',
      by: 'customer',
      at,
      version: examplePromises.requested.version,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.refusal.message).toBe(
      'Cannot accept-offer here: it is not a move of a requested promise. ' +
        'The promise is requested, waiting for the performer. ' +
        'The customer may withdraw. The performer may promise, counter or decline. Anyone may comment.',
    );
  });

  it('describes a pending renegotiation and a closed promise', () => {
    expect(describeSituation(examplePromises.renegotiationByCustomer)).toBe(
      'The promise is promised, with a renegotiation by the customer pending, waiting for the performer. ' +
        'The customer may withdraw. The performer may promise, counter, decline or revoke. Anyone may comment.',
    );
    expect(describeSituation(examplePromises.revoked)).toBe(
      'The promise was revoked by the performer (capacity): “The team is fully booked this quarter.” ' +
        'No further moves are possible. Anyone may comment.',
    );
  });

  it('says why a declined promise ended, and by whom', () => {
    expect(describeSituation(examplePromises.declined)).toBe(
      'The promise was declined by the performer (capacity): “The team is fully booked this quarter.” ' +
        'No further moves are possible. Anyone may comment.',
    );
  });

  it('tells a stale mover to reload', () => {
    const result = applyMove(examplePromises.promised, {
      act: 'report-complete',
      by: 'performer',
      at,
      version: 1,
    });
    expect(result.ok ? '' : result.refusal.message).toMatch(
      /^Cannot report-complete: the promise changed since/,
    );
  });
});

describe('the situation in words', () => {
  it('names moves as a person would say them', () => {
    const sentence = describeSituation(examplePromises.offered);
    expect(sentence).toContain('The customer may accept');
    expect(sentence).not.toContain('accept-offer');
  });
});
