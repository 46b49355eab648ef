import { describe, expect, it } from 'vitest';
import { phaseSteps } from './phase-steps.js';

const stepsOf = (...args: Parameters<typeof phaseSteps>) =>
  Object.fromEntries(phaseSteps(...args).map(({ phase, step }) => [phase, step]));

describe('the phases a promise went through', () => {
  it('does not mark Execute and Assess as done for a declined promise', () => {
    expect(stepsOf({ status: 'declined', phase: 'closed' }, false)).toEqual({
      listen: 'done',
      negotiate: 'done',
      execute: 'skipped',
      assess: 'skipped',
      closed: 'current',
    });
  });

  it('marks every phase done for a promise kept to the customer’s satisfaction', () => {
    expect(stepsOf({ status: 'satisfied', phase: 'closed' }, true)).toEqual({
      listen: 'done',
      negotiate: 'done',
      execute: 'done',
      assess: 'done',
      closed: 'current',
    });
  });

  it('tells a withdrawal before the agreement from one after it', () => {
    expect(stepsOf({ status: 'withdrawn', phase: 'closed' }, false).execute).toBe('skipped');
    expect(stepsOf({ status: 'withdrawn', phase: 'closed' }, true)).toMatchObject({
      execute: 'done',
      assess: 'skipped',
    });
    expect(stepsOf({ status: 'revoked', phase: 'closed' }, true).assess).toBe('skipped');
  });

  it('shows an open promise at its phase with the rest ahead', () => {
    expect(stepsOf({ status: 'promised', phase: 'execute' }, true)).toEqual({
      listen: 'done',
      negotiate: 'done',
      execute: 'current',
      assess: 'ahead',
      closed: 'ahead',
    });
  });
});
