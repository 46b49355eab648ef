import { describe, expect, it } from 'vitest';
import { moveCycle, nextCycleStates } from './cycle-state.js';

describe('cycle states', () => {
  it('walks a cycle from planning to closed one step at a time', () => {
    expect(moveCycle('planning', 'active')).toEqual({ ok: true, state: 'active' });
    expect(moveCycle('active', 'reviewing')).toEqual({ ok: true, state: 'reviewing' });
    expect(moveCycle('reviewing', 'closed')).toEqual({ ok: true, state: 'closed' });
  });

  it('lets a review be reopened, back to active', () => {
    expect(moveCycle('reviewing', 'active')).toEqual({ ok: true, state: 'active' });
    expect(nextCycleStates('reviewing')).toEqual(['closed', 'active']);
  });

  it('refuses skipping a step and says which step comes first', () => {
    const result = moveCycle('planning', 'reviewing');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.refusal.code).toBe('skips-a-step');
    expect(result.refusal.message).toBe(
      'The cycle is in planning and cannot skip to review; make it active first.',
    );
    expect(moveCycle('active', 'closed')).toMatchObject({ ok: false, refusal: { code: 'skips-a-step' } });
  });

  it('refuses going back, except from review to active', () => {
    expect(moveCycle('active', 'planning')).toMatchObject({ ok: false, refusal: { code: 'moves-backward' } });
    expect(moveCycle('reviewing', 'planning')).toMatchObject({
      ok: false,
      refusal: { code: 'moves-backward' },
    });
  });

  it('keeps a closed cycle closed', () => {
    expect(nextCycleStates('closed')).toEqual([]);
    expect(moveCycle('closed', 'reviewing')).toMatchObject({ ok: false, refusal: { code: 'cycle-closed' } });
    expect(moveCycle('closed', 'closed')).toMatchObject({ ok: false, refusal: { code: 'already-in-state' } });
  });
});
