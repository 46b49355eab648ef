import type { Side } from '../promises/move.js';
import type { Status } from '../promises/state.js';
import { isAgreed, isProposed } from '../promises/status-groups.js';
import type { MilestoneKey, MilestoneStatus } from './planning-timeline.js';

/**
 * The planning board: the plan as it settles, team by team, against the cycle's milestones.
 * Each promise a team is involved in sits in one column by its status; withdrawn, revoked and
 * discarded promises have left the plan and sit in none.
 */
export const BOARD_COLUMNS = ['drafts', 'proposed', 'agreed', 'declined'] as const;
export type BoardColumn = (typeof BOARD_COLUMNS)[number];

export function boardColumnOf(status: Status): BoardColumn | null {
  if (status === 'draft') return 'drafts';
  if (isProposed(status)) return 'proposed';
  if (isAgreed(status)) return 'agreed';
  if (status === 'declined') return 'declined';
  return null;
}

/** An ask, an offer or a counter that waits for the performing team's answer. */
export function awaitsPerformerAnswer(promise: { status: Status; awaiting: Side | null }): boolean {
  return isProposed(promise.status) && promise.awaiting === 'performer';
}

export interface BoardTeamFacts {
  /** Leadership publishes the direction; the other teams draft against it. */
  readonly isLeadership: boolean;
  /** Whether the team has shared a promise it performs in the cycle. */
  readonly hasDrafted: boolean;
}

/**
 * The milestones a team is late for, as the board shows them: leadership when the direction is
 * missed, any other team when drafts are missed and it has shared none (a team that drafted, even
 * late, has done its part). Approval belongs to the cycle, so no team is late for it.
 */
export function lateFor(
  team: BoardTeamFacts,
  milestones: ReadonlyArray<{ readonly key: MilestoneKey; readonly status: MilestoneStatus }>,
): MilestoneKey[] {
  const isMissed = (key: MilestoneKey) => milestones.find((m) => m.key === key)?.status === 'missed';
  const late: MilestoneKey[] = [];
  if (team.isLeadership && isMissed('direction')) late.push('direction');
  if (!team.isLeadership && isMissed('drafts') && !team.hasDrafted) late.push('drafts');
  return late;
}
