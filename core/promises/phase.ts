import type { PromiseState } from './state.js';
import type { ConditionOfSatisfaction } from './terms.js';

/** The quadrant of the workflow cycle a promise is in, derived from its state. */
export const PHASES = ['listen', 'negotiate', 'execute', 'assess', 'closed'] as const;

export type Phase = (typeof PHASES)[number];

export const phaseLabels = {
  listen: 'Q1 Listen',
  negotiate: 'Q2 Negotiate',
  execute: 'Q3 Execute',
  assess: 'Q4 Assess',
  closed: 'Closed',
} as const satisfies Record<Phase, string>;

/** A kept promise with a pending proposal is back in Negotiate until the proposal is answered. */
export function phaseOf(state: Pick<PromiseState<ConditionOfSatisfaction>, 'status' | 'proposal'>): Phase {
  switch (state.status) {
    case 'draft':
      return 'listen';
    case 'requested':
    case 'offered':
    case 'countered':
      return 'negotiate';
    case 'promised':
      return state.proposal === null ? 'execute' : 'negotiate';
    case 'reported':
      return 'assess';
    case 'declined':
    case 'withdrawn':
    case 'revoked':
    case 'ended':
    case 'satisfied':
    case 'discarded':
      return 'closed';
  }
}
