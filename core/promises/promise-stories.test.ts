import { describe, expect, it } from 'vitest';
import { allowedMoves } from './allowed-moves.js';
import { applyMove } from './apply-move.js';
import { diffTerms } from './diff-terms.js';
import { exampleReason, exampleTerms, playMoves } from './examples.js';
import { phaseLabels, phaseOf } from './phase.js';
import { newDraft, termsOnTheTable } from './state.js';

const [conversion, wallets] = exampleTerms.conditions;

describe('a product team takes an ask from the head of sales', () => {
  it('negotiates, delivers, is sent back once, and delivers to satisfaction', () => {
    const draft = newDraft('customer', exampleTerms);
    expect(phaseLabels[phaseOf(draft)]).toBe('Q1 Listen');

    const asked = playMoves(draft, [{ act: 'request', by: 'customer' }]).state;
    expect(phaseLabels[phaseOf(asked)]).toBe('Q2 Negotiate');
    expect(asked.awaiting).toBe('performer');

    // The team cannot do wallets this quarter and says so with a counter.
    const countered = playMoves(asked, [
      { act: 'counter', by: 'performer', changes: { conditions: [conversion], dueDate: '2026-07-31' } },
    ]).state;
    expect(countered.status).toBe('countered');
    expect(countered.awaiting).toBe('customer');
    expect(diffTerms(countered.terms, countered.proposal?.changes ?? {})).toEqual([
      { field: 'dueDate', before: '2026-06-30', after: '2026-07-31' },
      { field: 'conditions', change: 'removed', id: 'cos-2', before: wallets, after: null },
    ]);

    const agreed = playMoves(countered, [{ act: 'accept-offer', by: 'customer' }]).state;
    expect(agreed.status).toBe('promised');
    expect(phaseLabels[phaseOf(agreed)]).toBe('Q3 Execute');
    expect(agreed.terms).toEqual({ ...exampleTerms, conditions: [conversion], dueDate: '2026-07-31' });
    expect(agreed.proposal).toBeNull();

    const reported = playMoves(agreed, [{ act: 'report-complete', by: 'performer' }]).state;
    expect(phaseLabels[phaseOf(reported)]).toBe('Q4 Assess');
    expect(allowedMoves(reported, 'customer')).toEqual([
      'declare-satisfied',
      'declare-dissatisfied',
      'comment',
    ]);

    const sentBack = playMoves(reported, [
      { act: 'declare-dissatisfied', by: 'customer', reason: { text: 'Conversion is 2.2%, not 2.5%.' } },
    ]).state;
    expect(sentBack.status).toBe('promised');
    expect(sentBack.awaiting).toBe('performer');
    expect(sentBack.lastReason).toEqual({ text: 'Conversion is 2.2%, not 2.5%.' });

    const done = playMoves(sentBack, [
      { act: 'report-complete', by: 'performer' },
      { act: 'declare-satisfied', by: 'customer' },
    ]).state;
    expect(done.status).toBe('satisfied');
    expect(phaseLabels[phaseOf(done)]).toBe('Closed');
    expect(done.awaiting).toBeNull();
    expect(done.version).toBe(8);
  });

  it('may be declined for lack of capacity, and the decline is kept with its reason', () => {
    const { state } = playMoves(newDraft('customer', exampleTerms), [
      { act: 'request', by: 'customer' },
      { act: 'decline', by: 'performer', reason: exampleReason },
    ]);
    expect(state.status).toBe('declined');
    expect(state.lastReason).toEqual({ code: 'capacity', text: 'The team is fully booked this quarter.' });
    expect(state.terms).toEqual(exampleTerms);
  });
});

describe('a team offers a promise of its own', () => {
  it('can take the offer back before the customer answers, without giving a reason', () => {
    const { state } = playMoves(newDraft('performer', exampleTerms), [
      { act: 'offer', by: 'performer' },
      { act: 'withdraw', by: 'performer' },
    ]);
    expect(state.status).toBe('withdrawn');
  });
});

describe('renegotiating a promise mid-quarter', () => {
  const promised = playMoves(newDraft('customer', exampleTerms), [
    { act: 'request', by: 'customer' },
    { act: 'promise', by: 'performer' },
  ]).state;
  const slip = { dueDate: '2026-09-30' };

  it('goes back to Q2 and, once accepted, runs on the new terms', () => {
    const reopened = playMoves(promised, [{ act: 'renegotiate', by: 'performer', changes: slip }]).state;
    expect(phaseLabels[phaseOf(reopened)]).toBe('Q2 Negotiate');
    expect(reopened.proposal).toEqual({ by: 'performer', kind: 'renegotiation', changes: slip });
    expect(reopened.terms).toEqual(exampleTerms);

    const accepted = playMoves(reopened, [{ act: 'accept-offer', by: 'customer' }]).state;
    expect(phaseOf(accepted)).toBe('execute');
    expect(accepted.terms.dueDate).toBe('2026-09-30');
    expect(accepted.proposal).toBeNull();
  });

  it('can be countered, and the counter is what gets promised', () => {
    const { state } = playMoves(promised, [
      { act: 'renegotiate', by: 'performer', changes: slip },
      { act: 'counter', by: 'customer', changes: { dueDate: '2026-08-15', conditions: [conversion] } },
    ]);
    expect(state.proposal).toEqual({
      by: 'customer',
      kind: 'counter',
      changes: { dueDate: '2026-08-15', conditions: [conversion] },
    });
    expect(allowedMoves(state, 'performer')).toEqual(['promise', 'counter', 'decline', 'revoke', 'comment']);

    const settled = playMoves(state, [{ act: 'promise', by: 'performer' }]).state;
    expect(settled.terms).toEqual({ ...exampleTerms, dueDate: '2026-08-15', conditions: [conversion] });
  });

  it('can be declined, and the original terms stand', () => {
    const { state } = playMoves(promised, [
      { act: 'renegotiate', by: 'customer', changes: { title: 'Checkout converts better everywhere' } },
      { act: 'decline', by: 'performer', reason: { code: 'scope', text: 'Desktop is another team.' } },
    ]);
    expect(state.status).toBe('promised');
    expect(state.terms).toEqual(exampleTerms);
    expect(state.proposal).toBeNull();
    expect(phaseOf(state)).toBe('execute');
  });

  it('must change something: a proposal of the agreed terms is refused', () => {
    const same = applyMove(promised, {
      act: 'renegotiate',
      by: 'customer',
      at: '2026-03-01T00:00:00Z',
      version: promised.version,
      changes: { dueDate: exampleTerms.dueDate },
    });
    expect(same.ok ? 'accepted' : same.refusal.code).toBe('changes-required');

    const reopened = playMoves(promised, [{ act: 'renegotiate', by: 'performer', changes: slip }]).state;
    const backToAgreed = applyMove(reopened, {
      act: 'counter',
      by: 'customer',
      at: '2026-03-01T00:00:00Z',
      version: reopened.version,
      changes: { dueDate: exampleTerms.dueDate },
    });
    expect(backToAgreed.ok ? 'accepted' : backToAgreed.refusal.code).toBe('changes-required');
  });

  it('does not stop either side from ending the promise', () => {
    const { state } = playMoves(promised, [
      { act: 'renegotiate', by: 'performer', changes: slip },
      {
        act: 'withdraw',
        by: 'customer',
        reason: { code: 'priority', text: 'Checkout is paused for the rebrand.' },
      },
    ]);
    expect(state.status).toBe('withdrawn');
    expect(state.proposal).toBeNull();
  });
});

describe('a counter before agreement', () => {
  it('must differ from the terms it answers', () => {
    const { state } = playMoves(newDraft('customer', exampleTerms), [
      { act: 'request', by: 'customer' },
      { act: 'counter', by: 'performer', changes: { dueDate: '2026-09-30' } },
    ]);
    const echo = applyMove(state, {
      act: 'counter',
      by: 'customer',
      at: '2026-03-01T00:00:00Z',
      version: state.version,
      changes: { dueDate: '2026-09-30' },
    });
    expect(echo.ok ? 'accepted' : echo.refusal.code).toBe('changes-required');
  });

  it('may go back to the terms first asked for', () => {
    const { state } = playMoves(newDraft('customer', exampleTerms), [
      { act: 'request', by: 'customer' },
      { act: 'counter', by: 'performer', changes: { dueDate: '2026-09-30' } },
      { act: 'counter', by: 'customer', changes: { dueDate: exampleTerms.dueDate } },
    ]);
    expect(state.proposal?.changes).toEqual({});
    expect(termsOnTheTable(state)).toEqual(exampleTerms);
    expect(state.awaiting).toBe('performer');
  });
});

describe('two leads answering the same ask at once', () => {
  it('accepts the first and refuses the second as stale, changing nothing', () => {
    const asked = playMoves(newDraft('customer', exampleTerms), [{ act: 'request', by: 'customer' }]).state;
    const seen = asked.version;
    const first = applyMove(asked, {
      act: 'promise',
      by: 'performer',
      at: '2026-01-06T10:00:00Z',
      version: seen,
    });
    if (!first.ok) throw new Error(first.refusal.message);

    const second = applyMove(first.state, {
      act: 'decline',
      by: 'performer',
      at: '2026-01-06T10:00:05Z',
      version: seen,
      reason: exampleReason,
    });
    expect(second.ok ? 'accepted' : second.refusal.code).toBe('stale-version');
    expect(first.state.status).toBe('promised');
  });
});
