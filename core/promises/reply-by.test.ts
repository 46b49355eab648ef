import { describe, expect, it } from 'vitest';
import { applyMove } from './apply-move.js';
import { examplePromises, wellFormedMove } from './examples.js';
import { replyByRefusal } from './reply-by.js';

const at = '2026-02-01T09:00:00.000Z';

describe('reply-by dates', () => {
  it('a request asks for its answer by a date, and the answer clears it', () => {
    const draft = examplePromises.draftByCustomer;
    const requested = applyMove(draft, {
      ...wellFormedMove(draft, 'request', 'customer', at),
      replyBy: '2026-02-10',
    });
    if (!requested.ok) throw new Error(requested.refusal.message);
    expect(requested.state.replyBy).toBe('2026-02-10');

    const promised = applyMove(requested.state, wellFormedMove(requested.state, 'promise', 'performer', at));
    if (!promised.ok) throw new Error(promised.refusal.message);
    expect(promised.state.replyBy).toBeNull();
  });

  it('a counter sets its own date, replacing the one it answers', () => {
    const requested = examplePromises.requested;
    const countered = applyMove(requested, {
      ...wellFormedMove(requested, 'counter', 'performer', at),
      replyBy: '2026-03-01',
    });
    if (!countered.ok) throw new Error(countered.refusal.message);
    expect(countered.state.replyBy).toBe('2026-03-01');
    const again = applyMove(countered.state, wellFormedMove(countered.state, 'counter', 'customer', at));
    if (!again.ok) throw new Error(again.refusal.message);
    expect(again.state.replyBy).toBeNull();
  });

  it('a comment leaves the date standing', () => {
    const requested = applyMove(examplePromises.draftByCustomer, {
      ...wellFormedMove(examplePromises.draftByCustomer, 'request', 'customer', at),
      replyBy: '2026-02-10',
    });
    if (!requested.ok) throw new Error(requested.refusal.message);
    const commented = applyMove(requested.state, {
      act: 'comment',
      by: 'performer',
      at,
      version: 2,
      text: 'Looking',
    });
    expect(commented.ok && commented.state.replyBy).toBe('2026-02-10');
  });

  it('is refused on a move that answers, and for a day already gone', () => {
    expect(replyByRefusal('request', '2026-02-01', '2026-02-01')).toBeNull();
    expect(replyByRefusal('renegotiate', undefined, '2026-02-01')).toBeNull();
    expect(replyByRefusal('promise', '2026-03-01', '2026-02-01')).toMatch(/opens a conversation/);
    expect(replyByRefusal('offer', '2026-01-31', '2026-02-01')).toMatch(/has passed/);
  });
});
