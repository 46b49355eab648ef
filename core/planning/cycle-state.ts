/**
 * A cycle's life: planning (drafts and negotiation) → active (execution, check-ins) → reviewing
 * (assessment) → closed. Moves go forward one step at a time, so no cycle is closed without a
 * review or activated without planning. One move goes back: reviewing → active, because reopening
 * a review (a late check-in, a promise renegotiated after all) is common and loses nothing.
 * Closed is final: a closed cycle's assessments are history.
 */
export const CYCLE_STATES = ['planning', 'active', 'reviewing', 'closed'] as const;
export type CycleState = (typeof CYCLE_STATES)[number];

const allowedMoves: Readonly<Record<CycleState, readonly CycleState[]>> = {
  planning: ['active'],
  active: ['reviewing'],
  reviewing: ['closed', 'active'],
  closed: [],
};

/** The states a cycle in `state` may move to, forward first. */
export function nextCycleStates(state: CycleState): readonly CycleState[] {
  return allowedMoves[state];
}

export const cycleMoveRefusalCodes = [
  'already-in-state',
  'cycle-closed',
  'skips-a-step',
  'moves-backward',
] as const;

export type CycleMoveRefusalCode = (typeof cycleMoveRefusalCodes)[number];

export interface CycleMoveRefusal {
  code: CycleMoveRefusalCode;
  message: string;
}

export type CycleMoveResult = { ok: true; state: CycleState } | { ok: false; refusal: CycleMoveRefusal };

/** "The cycle is …" */
const condition: Readonly<Record<CycleState, string>> = {
  planning: 'in planning',
  active: 'active',
  reviewing: 'in review',
  closed: 'closed',
};

/** "… cannot skip to …" */
const stage: Readonly<Record<CycleState, string>> = {
  planning: 'planning',
  active: 'active',
  reviewing: 'review',
  closed: 'closed',
};

/** What to do first when a move skips the step into `next`. */
const firstStep: Readonly<Record<CycleState, string>> = {
  planning: 'plan it first',
  active: 'make it active first',
  reviewing: 'start its review first',
  closed: 'close it first',
};

/** Why nothing moves a closed cycle: said by `moveCycle` and by the policy that offers moves. */
export const closedCycleMessage =
  'The cycle is closed and cannot be reopened; its assessments are final. Plan the next cycle instead.';

/** Moves a cycle from `state` to `to`, or says why it cannot. */
export function moveCycle(state: CycleState, to: CycleState): CycleMoveResult {
  if (allowedMoves[state].includes(to)) return { ok: true, state: to };
  return { ok: false, refusal: refuseMove(state, to) };
}

function refuseMove(state: CycleState, to: CycleState): CycleMoveRefusal {
  if (state === to) {
    return { code: 'already-in-state', message: `The cycle is already ${condition[state]}.` };
  }
  if (state === 'closed') {
    return { code: 'cycle-closed', message: closedCycleMessage };
  }
  const [next = to] = allowedMoves[state];
  if (CYCLE_STATES.indexOf(to) > CYCLE_STATES.indexOf(state)) {
    return {
      code: 'skips-a-step',
      message: `The cycle is ${condition[state]} and cannot skip to ${stage[to]}; ${firstStep[next]}.`,
    };
  }
  return {
    code: 'moves-backward',
    message: `The cycle is ${condition[state]} and cannot go back to ${stage[to]}; only a cycle in review can be reopened, back to active.`,
  };
}

/**
 * What a closed cycle refuses: everything that would change its record (moves, check-ins, links,
 * sizes, drafts, reviews, retrospectives). Talking about it stays open: comments, answers to
 * check-ins and questions change none of the record.
 */
export type ClosedCycleWork =
  | 'move'
  | 'check-in'
  | 'new-promise'
  | 'new-link'
  | 'remove-link'
  | 'answer-dependency'
  | 'size'
  | 'edit-draft'
  | 'review'
  | 'retrospective';

const closedCycleRefuses: Readonly<Record<ClosedCycleWork, string>> = {
  move: 'its promises take no move but comments',
  'check-in': 'its promises take no check-in',
  'new-promise': 'no promise can be made in it',
  'new-link': 'its promises take no new contribution or dependency',
  'remove-link': 'the contributions and dependencies of its promises stay as they were',
  'answer-dependency': 'dependencies on its promises are no longer answered',
  size: 'the sizes of its promises stay as they were',
  'edit-draft': 'its drafts stay as they were',
  review: 'its promises go round no more reviews',
  retrospective: 'its assessments and retrospectives are final',
};

/**
 * Why `work` is refused in a cycle in `state`, or null when it may go ahead: once closed, a cycle's
 * record is history (assessed, scored, reviewed) and stays as it was closed.
 */
export function refusalInCycle(state: CycleState, cycleName: string, work: ClosedCycleWork): string | null {
  if (state !== 'closed') return null;
  return `${cycleName} is closed: ${closedCycleRefuses[work]}. Carry unfinished work into the next cycle instead.`;
}
