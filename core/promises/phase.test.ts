import { describe, expect, it } from 'vitest';
import { type ExampleName, examplePromises } from './examples.js';
import { type Phase, phaseLabels, phaseOf } from './phase.js';

describe('the quadrant a promise is in', () => {
  const expected: Record<ExampleName, Phase> = {
    draftByCustomer: 'listen',
    draftByPerformer: 'listen',
    requested: 'negotiate',
    offered: 'negotiate',
    counteredByPerformer: 'negotiate',
    counteredByCustomer: 'negotiate',
    counteredBack: 'negotiate',
    promised: 'execute',
    renegotiationByCustomer: 'negotiate',
    renegotiationByPerformer: 'negotiate',
    renegotiationCountered: 'negotiate',
    reported: 'assess',
    declined: 'closed',
    withdrawn: 'closed',
    revoked: 'closed',
    satisfied: 'closed',
  };

  it.each(Object.entries(expected))('puts a promise that is %s in %s', (name, phase) => {
    expect(phaseOf(examplePromises[name as ExampleName])).toBe(phase);
  });

  it('speaks the workflow language', () => {
    expect(Object.values(phaseLabels)).toEqual([
      'Q1 Listen',
      'Q2 Negotiate',
      'Q3 Execute',
      'Q4 Assess',
      'Closed',
    ]);
  });
});
