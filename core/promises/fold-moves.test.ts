import { describe, expect, it } from 'vitest';
import { exampleTerms, playMoves } from './examples.js';
import { foldMoves, stateAt } from './fold-moves.js';
import type { Move } from './move.js';
import { newDraft } from './state.js';

const draft = newDraft('customer', exampleTerms);
// Moves one minute apart from 09:00: request 09:00, comment 09:01, promise 09:02, report 09:03.
const { state: reported, moves } = playMoves(draft, [
  { act: 'request', by: 'customer' },
  { act: 'comment', by: 'reviewer', text: 'Does this include the app?' },
  { act: 'promise', by: 'performer' },
  { act: 'report-complete', by: 'performer' },
]);

describe('a promise is the fold of its moves', () => {
  it('replays its log to where it stands now', () => {
    expect(foldMoves(draft, moves)).toEqual({ ok: true, state: reported });
    expect(reported.status).toBe('reported');
    expect(reported.version).toBe(4);
  });

  it('is its draft when nothing has been said', () => {
    expect(foldMoves(draft, [])).toEqual({ ok: true, state: draft });
  });

  it('names the first move of a corrupt log and where the promise stood before it', () => {
    const broken: Move[] = [...moves.slice(0, 3), { ...moves[3]!, by: 'customer' }];
    const result = foldMoves(draft, broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.index).toBe(3);
    expect(result.refusal.code).toBe('wrong-party');
    expect(result.state.status).toBe('promised');
  });
});

describe('the promise as it stood at a past moment', () => {
  const statusAt = (at: string) => {
    const result = stateAt(draft, moves, at);
    return result.ok ? result.state.status : result.refusal.code;
  };

  it('was a draft before anyone moved', () => {
    expect(statusAt('2026-01-05T08:59:59.999Z')).toBe('draft');
  });

  it('includes a move made at exactly that moment', () => {
    expect(statusAt('2026-01-05T09:00:00.000Z')).toBe('requested');
    expect(statusAt('2026-01-05T09:02:00.000Z')).toBe('promised');
  });

  it('compares instants, not strings', () => {
    expect(statusAt('2026-01-05T09:02:30Z')).toBe('promised');
    expect(statusAt('2026-01-05T10:03:00+01:00')).toBe('reported');
  });

  it('is where it stands now for any later moment', () => {
    expect(stateAt(draft, moves, '2027-01-01T00:00:00Z')).toEqual({ ok: true, state: reported });
  });
});
