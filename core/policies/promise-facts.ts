import type { Role } from '../organization/roles.js';
import { allowedMoves } from '../promises/allowed-moves.js';
import type { Act } from '../promises/move.js';
import type { Participation } from '../promises/participation.js';
import type { PromiseState } from '../promises/state.js';
import type { PromiseFacts } from './facts.js';

/**
 * The facts of a promise for a viewer: their role, how they take part, and the promise's state,
 * with the protocol moves they may make now (those of every side they speak for, in protocol order).
 */
export function promiseFacts(
  role: Role,
  sides: Pick<Participation, 'moves' | 'member'>,
  state: PromiseState,
): PromiseFacts {
  const moves = new Set<Act>(sides.moves.flatMap((side) => allowedMoves(state, side)));
  return {
    role,
    sides: { moves: sides.moves, member: sides.member },
    status: state.status,
    draftedBy: state.draftedBy,
    allowedMoves: [...moves],
  };
}
