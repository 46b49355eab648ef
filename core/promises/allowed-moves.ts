import { ACTS, type Act, type Participant } from './move.js';
import { openRules } from './protocol.js';
import type { PromiseState } from './state.js';
import type { ConditionOfSatisfaction } from './terms.js';

/**
 * Exactly the acts `participant` may make now, in the order of `ACTS`: the buttons to show.
 * Everyone may always comment; reviewers may do nothing else. A move of a listed act is
 * accepted by `applyMove` as long as it is made against the current version and carries
 * what the act needs (a reason, or changes that change something).
 */
export function allowedMoves(state: PromiseState<ConditionOfSatisfaction>, participant: Participant): Act[] {
  const open = new Set<Act>(['comment']);
  if (participant !== 'reviewer') {
    for (const rule of openRules(state, participant)) open.add(rule.act);
  }
  return ACTS.filter((act) => open.has(act));
}
