import { describe, expect, it } from 'vitest';
import { STATUSES } from '../promises/state.js';
import { awaitsPerformerAnswer, boardColumnOf, lateFor } from './planning-board.js';
import type { MilestoneKey, MilestoneStatus } from './planning-timeline.js';

const milestones = (direction: MilestoneStatus, drafts: MilestoneStatus) =>
  [
    { key: 'direction', status: direction },
    { key: 'drafts', status: drafts },
    { key: 'approval', status: 'missed' },
  ] satisfies Array<{ key: MilestoneKey; status: MilestoneStatus }>;

describe('which column of the board a promise sits in', () => {
  it('puts drafts, proposals, agreements and declines each in their column', () => {
    expect(Object.fromEntries(STATUSES.map((status) => [status, boardColumnOf(status)]))).toEqual({
      draft: 'drafts',
      requested: 'proposed',
      offered: 'proposed',
      countered: 'proposed',
      promised: 'agreed',
      reported: 'agreed',
      satisfied: 'agreed',
      declined: 'declined',
      withdrawn: null,
      revoked: null,
      ended: null,
      discarded: null,
    });
  });

  it('marks an open proposal unanswered while it awaits the performer, not the customer', () => {
    expect(awaitsPerformerAnswer({ status: 'requested', awaiting: 'performer' })).toBe(true);
    expect(awaitsPerformerAnswer({ status: 'countered', awaiting: 'customer' })).toBe(false);
    // A kept promise awaits its performer too, but there is no ask to answer.
    expect(awaitsPerformerAnswer({ status: 'promised', awaiting: 'performer' })).toBe(false);
  });
});

describe('which milestones a team is late for', () => {
  const leadership = { isLeadership: true, hasDrafted: false };
  const team = { isLeadership: false, hasDrafted: false };

  it('holds leadership late for a missed direction, and nobody else', () => {
    expect(lateFor(leadership, milestones('missed', 'upcoming'))).toEqual(['direction']);
    expect(lateFor(team, milestones('missed', 'upcoming'))).toEqual([]);
    expect(lateFor(leadership, milestones('done-late', 'missed'))).toEqual([]);
  });

  it('holds a team late for missed drafts until it shares one, even late', () => {
    expect(lateFor(team, milestones('done', 'missed'))).toEqual(['drafts']);
    expect(lateFor({ ...team, hasDrafted: true }, milestones('done', 'missed'))).toEqual([]);
    expect(lateFor(team, milestones('done', 'due-soon'))).toEqual([]);
  });

  it('never holds a team late for the approval, which belongs to the cycle', () => {
    expect(lateFor(team, milestones('done', 'done'))).toEqual([]);
    expect(lateFor(leadership, milestones('done', 'done'))).toEqual([]);
  });
});
