import { allowedMoves } from './allowed-moves.js';
import { awaitedPerformers, partyKey, SOLE_PERFORMER } from './consent.js';
import { ACTS, type Act } from './move.js';
import { actsFor, type PartyIdentity, type PartyViewer, type PromiseParties } from './participation.js';
import type { PromiseState } from './state.js';
import type { ConditionOfSatisfaction } from './terms.js';

type State = PromiseState<ConditionOfSatisfaction>;

/**
 * The key the state knows a performing party by: its party key, or the one performing side of a
 * promise that names no performers in its state (one made before performers answered each alone).
 */
export function performerKeyOf(state: Pick<State, 'performers'>, party: PartyIdentity): string {
  return state.performers.length === 0 ? SOLE_PERFORMER : partyKey(party);
}

/** The performers of `promise` the viewer answers for (themselves, or teams they lead), by key. */
export function performersActedFor(viewer: PartyViewer, promise: PromiseParties, state: State): string[] {
  const keys = promise.performers
    .filter((party) => actsFor(viewer, party))
    .map((p) => performerKeyOf(state, p));
  return [...new Set(keys)];
}

/**
 * The moves a viewer may make now, over every side and performer they answer for, in the order of
 * the protocol's acts: a lead of one performing team may promise only while that team is awaited.
 */
export function movesOfViewer(viewer: PartyViewer, promise: PromiseParties, state: State): Act[] {
  const acts = new Set<Act>();
  if (actsFor(viewer, promise.customer)) for (const act of allowedMoves(state, 'customer')) acts.add(act);
  for (const performer of performersActedFor(viewer, promise, state)) {
    for (const act of allowedMoves(state, 'performer', performer)) acts.add(act);
  }
  return ACTS.filter((act) => acts.has(act));
}

/** Whether the promise now waits for a performer the viewer answers for. */
export function awaitsPerformerOf(viewer: PartyViewer, promise: PromiseParties, state: State): boolean {
  const awaited = awaitedPerformers(state);
  return performersActedFor(viewer, promise, state).some((key) => awaited.includes(key));
}
