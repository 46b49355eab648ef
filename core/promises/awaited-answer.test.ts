import { describe, expect, it } from 'vitest';
import { awaitedAnswerOf } from './awaited-answer.js';
import { examplePromises, playMoves } from './examples.js';

describe('what a promise awaits', () => {
  it('names the answer each open conversation asks for', () => {
    expect(awaitedAnswerOf(examplePromises.draftByCustomer)).toBe('draft');
    expect(awaitedAnswerOf(examplePromises.requested)).toBe('request');
    expect(awaitedAnswerOf(examplePromises.offered)).toBe('offer');
    expect(awaitedAnswerOf(examplePromises.counteredByPerformer)).toBe('counter');
    expect(awaitedAnswerOf(examplePromises.reported)).toBe('completion');
  });

  it('asks nothing of a promise simply being kept, until someone renegotiates', () => {
    expect(awaitedAnswerOf(examplePromises.promised)).toBeNull();
    expect(awaitedAnswerOf(examplePromises.renegotiationByCustomer)).toBe('renegotiation');
    expect(awaitedAnswerOf(examplePromises.renegotiationCountered)).toBe('renegotiation');
  });

  it('asks the performer to resume after the customer declared it unsatisfying', () => {
    const { state } = playMoves(examplePromises.reported, [
      { act: 'declare-dissatisfied', by: 'customer', reason: { text: 'The Android flow still fails.' } },
    ]);
    expect(state.status).toBe('promised');
    expect(awaitedAnswerOf(state)).toBe('dissatisfied');
  });

  it('asks nothing once final', () => {
    for (const state of [
      examplePromises.satisfied,
      examplePromises.declined,
      examplePromises.withdrawn,
      examplePromises.revoked,
    ]) {
      expect(awaitedAnswerOf(state)).toBeNull();
    }
  });
});
