import { describe, expect, it } from 'vitest';
import type { MemberActor } from '../services/authorization.js';
import { listNotifications } from '../services/notifications.js';
import { testEngines, useTestServices } from '../test/harness.js';
import { createCalendar, createOrganization } from '../test/service-factories.js';
import { notifyPlanningMilestones } from './notify-planning-milestones.js';

describe.each(testEngines())('notifying of planning milestones on %s', (engine) => {
  const s = useTestServices(engine);

  const milestoneNotes = async (actor: MemberActor) =>
    (await listNotifications(s.ctx, actor)).notifications
      .filter((n) => n.kind === 'milestone-near' || n.kind === 'milestone-missed')
      .map((n) => [n.kind, n.title, n.at])
      .sort();

  /**
   * FY2031 and its first quarter begin 2031-01-01: leadership's direction is due four weeks before
   * (2030-12-04), each team's drafts two weeks before (2030-12-18), the approval at the start.
   */
  async function planningFor2031() {
    const organization = await createOrganization(s.ctx, {
      people: { lead: 'member', ceo: 'member', engineer: 'member' },
      teams: {
        Platform: { leads: ['lead'], members: ['engineer'] },
        Leadership: { isLeadership: true, members: ['ceo'] },
      },
    });
    await createCalendar(s.ctx, organization.owner, 2031);
    const scope = { organizationIds: [organization.owner.organizationId] };
    const runAt = (at: string) => notifyPlanningMilestones(s.ctx, new Date(at), scope);
    return { ...organization, runAt };
  }

  it('tells each person once of what they owe, as it comes near and once it is missed', async () => {
    s.clock.set('2030-11-01T09:00:00Z');
    const { owner, people, runAt } = await planningFor2031();
    expect(await runAt('2030-11-01T09:00:00Z')).toEqual({ organizations: 1, notified: 0 });

    // Looking at the bell does not notify anyone: the job does, for the moment it runs for.
    s.clock.set('2030-12-16T09:00:00Z');
    expect(await milestoneNotes(people.lead)).toEqual([]);
    expect(await runAt('2030-12-16T09:00:00.000Z')).toEqual({ organizations: 1, notified: 4 });
    expect(await milestoneNotes(people.lead)).toEqual([
      ['milestone-near', 'FY2031-Q1: drafts of Platform is due 2030-12-18', '2030-12-16T09:00:00.000Z'],
      ['milestone-near', 'FY2031: drafts of Platform is due 2030-12-18', '2030-12-16T09:00:00.000Z'],
    ]);
    expect(await milestoneNotes(people.ceo)).toEqual([
      [
        'milestone-missed',
        'FY2031-Q1: the direction document was due 2030-12-04',
        '2030-12-16T09:00:00.000Z',
      ],
      ['milestone-missed', 'FY2031: the direction document was due 2030-12-04', '2030-12-16T09:00:00.000Z'],
    ]);
    expect(await milestoneNotes(people.engineer)).toEqual([]);
    expect(await milestoneNotes(owner)).toEqual([]);

    // Another pass, at the same moment or a day on with nothing new, adds nothing.
    expect(await runAt('2030-12-16T09:00:00.000Z')).toEqual({ organizations: 1, notified: 0 });
    expect(await runAt('2030-12-17T09:00:00.000Z')).toEqual({ organizations: 1, notified: 0 });
    expect(await milestoneNotes(people.lead)).toHaveLength(2);

    // Missed is news again, once.
    expect(await runAt('2030-12-19T09:00:00.000Z')).toEqual({ organizations: 1, notified: 2 });
    expect(await runAt('2030-12-19T10:00:00.000Z')).toEqual({ organizations: 1, notified: 0 });
    expect((await milestoneNotes(people.lead)).map(([kind]) => kind)).toEqual([
      'milestone-missed',
      'milestone-missed',
      'milestone-near',
      'milestone-near',
    ]);

    // The approval falls to the owner, near the start.
    expect(await runAt('2030-12-29T09:00:00.000Z')).toEqual({ organizations: 1, notified: 2 });
    expect((await milestoneNotes(owner)).map(([, title]) => title)).toEqual([
      'FY2031-Q1: approval of the plan is due 2031-01-01',
      'FY2031: approval of the plan is due 2031-01-01',
    ]);
  });

  it('announces no milestone that had passed before its cycle was made, only those that pass after', async () => {
    // Planned late: the direction (due 2030-12-04) and the drafts (2030-12-18) are behind already.
    s.clock.set('2030-12-20T09:00:00Z');
    const { owner, people, runAt } = await planningFor2031();
    expect(await runAt('2030-12-20T09:00:00.000Z')).toEqual({ organizations: 1, notified: 0 });
    expect(await milestoneNotes(people.ceo)).toEqual([]);
    expect(await milestoneNotes(people.lead)).toEqual([]);
    // The approval is still ahead: it is announced as it nears, and once missed.
    expect(await runAt('2030-12-29T09:00:00.000Z')).toEqual({ organizations: 1, notified: 2 });
    expect(await runAt('2031-01-03T09:00:00.000Z')).toEqual({ organizations: 1, notified: 2 });
    expect((await milestoneNotes(owner)).map(([kind]) => kind)).toEqual([
      'milestone-missed',
      'milestone-missed',
      'milestone-near',
      'milestone-near',
    ]);
  });

  it('visits only the organizations it is given', async () => {
    const first = await planningFor2031();
    const second = await planningFor2031();
    expect(await first.runAt('2030-12-16T09:00:00.000Z')).toEqual({ organizations: 1, notified: 4 });
    expect(await milestoneNotes(second.people.lead)).toEqual([]);
  });

  // Visiting every organization is tested where this file has a database of its own: on PostgreSQL
  // the test files share one, and an unscoped run would notify other files' organizations.
  if (engine !== 'sqlite') return;
  it('visits every organization when none is named', async () => {
    const { people } = await planningFor2031();
    const result = await notifyPlanningMilestones(s.ctx, new Date('2030-12-19T09:00:00.000Z'));
    expect(result.organizations).toBeGreaterThanOrEqual(1);
    expect((await milestoneNotes(people.lead)).map(([kind]) => kind)).toEqual([
      'milestone-missed',
      'milestone-missed',
    ]);
  });
});
