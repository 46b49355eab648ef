import type { Role } from '../organization/roles.js';
import type { CycleState } from '../planning/cycle-state.js';
import { allowedMoves } from '../promises/allowed-moves.js';
import type { Act } from '../promises/move.js';
import type { Participation } from '../promises/participation.js';
import type { PromiseState, Status } from '../promises/state.js';
import { isFinal } from '../promises/status-groups.js';
import type { PromiseCycle, PromiseFacts } from './facts.js';

/**
 * The facts of a promise for a viewer: their role, how they take part, and the promise's state,
 * with the protocol moves they may make now (those of every side they speak for, in protocol order).
 */
export function promiseFacts(
  role: Role,
  sides: Pick<Participation, 'moves' | 'member'>,
  state: PromiseState,
  cycle: PromiseCycle,
): PromiseFacts {
  const moves = new Set<Act>(sides.moves.flatMap((side) => allowedMoves(state, side)));
  return {
    role,
    sides: { moves: sides.moves, member: sides.member },
    status: state.status,
    draftedBy: state.draftedBy,
    allowedMoves: movesInCycle([...moves], cycle.state, mayEnd(state, sides)),
    cycle,
  };
}

/**
 * The moves of `moves` a promise takes in a cycle in `state`: all of them while the cycle is open;
 * once it is closed only comments (talking about history changes none of it), and `end` for a side
 * of an unfinished promise that it will not carry into the next cycle (`mayEnd`).
 */
export function movesInCycle(moves: readonly Act[], state: CycleState, mayEnd = false): Act[] {
  if (state !== 'closed') return [...moves];
  const talk = moves.filter((act) => act === 'comment');
  return mayEnd ? ['end', ...talk] : talk;
}

/**
 * Whether a side may end (or carry over) the promise once its cycle is closed: it is unfinished
 * (opened, not final) and the viewer speaks for a side of it.
 */
export function mayEnd(state: Pick<PromiseState, 'status'>, sides: Pick<Participation, 'moves'>): boolean {
  return isUnfinished(state.status) && sides.moves.length > 0;
}

/** Opened and not final: what a closed cycle leaves for its sides to carry over or end. */
export function isUnfinished(status: Status): boolean {
  return status !== 'draft' && !isFinal(status);
}
