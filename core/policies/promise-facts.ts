import type { Role } from '../organization/roles.js';
import type { CycleState } from '../planning/cycle-state.js';
import { allowedMoves } from '../promises/allowed-moves.js';
import type { Act } from '../promises/move.js';
import type { Participation } from '../promises/participation.js';
import type { PromiseState } from '../promises/state.js';
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
    allowedMoves: movesInCycle([...moves], cycle.state),
    cycle,
  };
}

/**
 * The moves of `moves` a promise takes in a cycle in `state`: all of them while the cycle is open,
 * only comments once it is closed (talking about history changes none of it).
 */
export function movesInCycle(moves: readonly Act[], state: CycleState): Act[] {
  return state === 'closed' ? moves.filter((act) => act === 'comment') : [...moves];
}
