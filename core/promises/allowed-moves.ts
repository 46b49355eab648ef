import { hasAlreadyMade, performerKeys } from './consent.js';
import { ACTS, type Act, type Participant } from './move.js';
import { openRules } from './protocol.js';
import type { PromiseState } from './state.js';
import type { ConditionOfSatisfaction } from './terms.js';

/**
 * Exactly the acts `participant` may make now, in the order of `ACTS`: the buttons to show.
 * Everyone may always comment; reviewers may do nothing else. With several performers, each
 * answers for itself: pass the performer's key. A move of a listed act is
 * accepted by `applyMove` as long as it is made against the current version and carries
 * what the act needs (a reason, or changes that change something).
 */
export function allowedMoves(
  state: PromiseState<ConditionOfSatisfaction>,
  participant: Participant,
  /** For the performing side: the performer asking (its key); the first one when not given. */
  performer: string = performerKeys(state)[0]!,
): Act[] {
  const open = new Set<Act>(['comment']);
  if (participant !== 'reviewer') {
    for (const rule of openRules(state, participant)) {
      // A performer who has promised (or reported) is not asked again; the others are.
      if (participant === 'performer' && hasAlreadyMade(state, rule.act, performer)) continue;
      open.add(rule.act);
    }
  }
  return ACTS.filter((act) => open.has(act));
}
