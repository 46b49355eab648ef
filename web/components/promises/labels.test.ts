import { describe, expect, it } from 'vitest';
import { ACTS, PHASES, STATUSES } from '../../../core/promises/index.js';
import { actExplanations, actLabels, actPastLabels, phaseLabels, statusLabels } from './labels.js';

describe('the words of the promise workflow on screen', () => {
  it('walks the phases in the quadrants’ order, then closed', () => {
    expect(PHASES.map((phase) => phaseLabels[phase])).toEqual([
      'Q1 Listen',
      'Q2 Negotiate',
      'Q3 Execute',
      'Q4 Assess',
      'Closed',
    ]);
  });

  it('tells every status apart', () => {
    expect(new Set(STATUSES.map((status) => statusLabels[status])).size).toBe(STATUSES.length);
    expect(statusLabels.reported).toBe('Reported complete');
  });

  it('gives each move its own button, its own line in the history and a sentence saying what it does', () => {
    expect(new Set(ACTS.map((act) => actLabels[act])).size).toBe(ACTS.length);
    expect(new Set(ACTS.map((act) => actPastLabels[act])).size).toBe(ACTS.length);
    for (const act of ACTS) expect(actExplanations[act], act).toMatch(/^[A-Z].*\.$/);
    expect(actLabels['accept-offer']).toBe('Accept');
    expect(actPastLabels.renegotiate).toBe('Asked to renegotiate');
  });
});
