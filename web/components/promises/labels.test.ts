import { describe, expect, it } from 'vitest';
import { acts, phases, statuses } from '../../../core/promises/index.js';
import {
  actExplanations,
  actLabels,
  actPastLabels,
  phaseLabels,
  phaseOrder,
  statusLabels,
} from './labels.js';

describe('the words of the promise workflow on screen', () => {
  it('walks the phases in the quadrants’ order, then closed', () => {
    expect(phaseOrder.map((phase) => phaseLabels[phase])).toEqual([
      'Q1 Listen',
      'Q2 Negotiate',
      'Q3 Execute',
      'Q4 Assess',
      'Closed',
    ]);
    expect([...phaseOrder].sort()).toEqual([...phases].sort());
  });

  it('tells every status apart', () => {
    expect(new Set(statuses.map((status) => statusLabels[status])).size).toBe(statuses.length);
    expect(statusLabels.reported).toBe('Reported complete');
  });

  it('gives each move its own button, its own line in the history and a sentence saying what it does', () => {
    expect(new Set(acts.map((act) => actLabels[act])).size).toBe(acts.length);
    expect(new Set(acts.map((act) => actPastLabels[act])).size).toBe(acts.length);
    for (const act of acts) expect(actExplanations[act], act).toMatch(/^[A-Z].*\.$/);
    expect(actLabels['accept-offer']).toBe('Accept');
    expect(actPastLabels.renegotiate).toBe('Asked to renegotiate');
  });
});
