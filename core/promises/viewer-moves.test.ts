import { describe, expect, it } from 'vitest';
import { applyMove } from './apply-move.js';
import { exampleTerms } from './examples.js';
import type { PartyViewer, PromiseParties } from './participation.js';
import { newDraft, type PromiseState } from './state.js';
import { awaitsPerformerOf, movesOfViewer, performerKeyOf, performersActedFor } from './viewer-moves.js';

const parties: PromiseParties = {
  customer: { type: 'person', id: 'cora' },
  performers: [
    { type: 'team', id: 'ops' },
    { type: 'team', id: 'web' },
  ],
};
const viewer = (leads: string[], personId = 'someone'): PartyViewer => ({
  personId,
  memberOf: new Set(leads),
  leads: new Set(leads),
});
const opsLead = viewer(['ops']);
const webLead = viewer(['web']);
const bothLead = viewer(['ops', 'web']);

function requestedThenOpsPromised(): PromiseState {
  let state: PromiseState = newDraft('customer', exampleTerms, ['team:ops', 'team:web']);
  for (const move of [
    { act: 'request', by: 'customer' },
    { act: 'promise', by: 'performer', performer: 'team:ops' },
  ] as const) {
    const result = applyMove(state, { ...move, at: '2026-01-05T09:00:00.000Z', version: state.version });
    if (!result.ok) throw new Error(result.refusal.message);
    state = result.state;
  }
  return state;
}

describe('the moves of a viewer on a promise with two performing teams', () => {
  it('offers Promise only to the lead of the team still awaited', () => {
    const state = requestedThenOpsPromised();
    expect(movesOfViewer(opsLead, parties, state)).toEqual(['counter', 'decline', 'comment']);
    expect(movesOfViewer(webLead, parties, state)).toEqual(['promise', 'counter', 'decline', 'comment']);
    expect(awaitsPerformerOf(opsLead, parties, state)).toBe(false);
    expect(awaitsPerformerOf(webLead, parties, state)).toBe(true);
  });

  it('lets a lead of both teams answer for the one still awaited', () => {
    const state = requestedThenOpsPromised();
    expect(performersActedFor(bothLead, parties, state)).toEqual(['team:ops', 'team:web']);
    expect(movesOfViewer(bothLead, parties, state)).toContain('promise');
    expect(awaitsPerformerOf(bothLead, parties, state)).toBe(true);
  });

  it('gives the customer its own moves, and a stranger none but comments', () => {
    const state = requestedThenOpsPromised();
    expect(movesOfViewer(viewer([], 'cora'), parties, state)).toEqual(['withdraw', 'comment']);
    expect(movesOfViewer(viewer(['elsewhere']), parties, state)).toEqual([]);
  });

  it('knows a promise stored before performers answered each alone by its one performing side', () => {
    const legacy = newDraft('customer', exampleTerms);
    expect(performerKeyOf(legacy, { type: 'team', id: 'ops' })).toBe('performer');
    expect(performerKeyOf(requestedThenOpsPromised(), { type: 'team', id: 'ops' })).toBe('team:ops');
  });
});
