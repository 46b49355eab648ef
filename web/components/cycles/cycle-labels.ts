import type { Milestone } from '../../../contract/cycles.js';
import type { CycleState, ReviewRole } from '../../../core/planning/index.js';

export const cycleStateLabels: Record<CycleState, string> = {
  planning: 'In planning',
  active: 'Active',
  reviewing: 'In review',
  closed: 'Closed',
};

export const cycleStateColors: Record<CycleState, string> = {
  planning: 'grape',
  active: 'blue',
  reviewing: 'teal',
  closed: 'gray',
};

/** What each milestone asks for, by when. */
export const milestoneLabels: Record<Milestone['key'], string> = {
  direction: 'Direction published',
  drafts: 'Drafts shared',
  approval: 'Plan approved',
};

export const milestoneStatusLabels: Record<Milestone['status'], string> = {
  upcoming: 'Upcoming',
  'due-soon': 'Due soon',
  missed: 'Missed',
  done: 'Done',
  'done-late': 'Done late',
};

export const milestoneStatusColors: Record<Milestone['status'], string> = {
  upcoming: 'gray',
  'due-soon': 'yellow',
  missed: 'red',
  done: 'green',
  'done-late': 'orange',
};

/** "Late: direction", for the board's late badges. */
export const lateLabels: Record<Milestone['key'], string> = {
  direction: 'Late with the direction',
  drafts: 'Late with drafts',
  approval: 'Late for approval',
};

/** The button that moves a cycle into each state, from the state before it. */
export const cycleMoveLabels: Record<CycleState, string> = {
  planning: 'Back to planning',
  active: 'Approve the plan',
  reviewing: 'Start the review',
  closed: 'Close the cycle',
};

/** The button when the move to `to` goes back rather than forward (reviewing → active). */
export const cycleReopenLabel = 'Reopen the cycle';

export const reviewRoleLabels = {
  peer: 'Peer',
  supplier: 'Supplier',
  consumer: 'Consumer',
  manager: 'Manager',
} as const satisfies Record<ReviewRole, string>;
