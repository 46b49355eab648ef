import { describe, expect, it } from 'vitest';
import { testEngines, useTestServices } from '../../test/harness.js';
import { type Situation, teamParty } from '../../test/promise-shapes.js';
import { createCalendar, createOrganization, promiseIn } from '../../test/service-factories.js';
import { publishDirection, saveDirectionDraft } from '../direction.js';
import { getTimeline, moveCycleState, updatePlanningSettings } from './timeline.js';

const firstPage = { limit: 50, offset: 0 };

describe.each(testEngines())('cycle timelines and moves on %s', (engine) => {
  const s = useTestServices(engine);

  /** FY2031-Q1 (it begins 2031-01-01), with a leadership team and a Platform team led by a member. */
  async function planning() {
    const { owner, people, teams } = await createOrganization(s.ctx, {
      people: { lead: 'member' },
      teams: { Leadership: { leads: ['owner'], isLeadership: true }, Platform: { leads: ['lead'] } },
    });
    const { quarter } = await createCalendar(s.ctx, owner, 2031);
    return { owner, lead: people.lead, platform: teams.Platform, cycle: quarter };
  }

  const milestones = async (actor: Awaited<ReturnType<typeof planning>>['owner'], cycleId: string) =>
    (await getTimeline(s.ctx, actor, cycleId, firstPage)).milestones.map((m) => [m.key, m.due, m.status]);

  it('lays the milestones out before the start, and marks each as the days pass and it is met', async () => {
    s.clock.set('2030-11-01T09:00:00Z');
    const { owner, lead, platform, cycle } = await planning();
    expect(await milestones(owner, cycle.id)).toEqual([
      ['direction', '2030-12-04', 'upcoming'],
      ['drafts', '2030-12-18', 'upcoming'],
      ['approval', '2031-01-01', 'upcoming'],
    ]);

    s.clock.set('2030-12-02T09:00:00Z');
    expect((await milestones(owner, cycle.id))[0]).toEqual(['direction', '2030-12-04', 'due-soon']);
    s.clock.set('2030-12-05T09:00:00Z');
    expect((await milestones(owner, cycle.id))[0]).toEqual(['direction', '2030-12-04', 'missed']);
    await saveDirectionDraft(s.ctx, owner, cycle.id, '# Grow');
    await publishDirection(s.ctx, owner, cycle.id);

    s.clock.set('2030-12-15T09:00:00Z');
    await promiseIn(s.ctx, 'draft', {
      customer: owner,
      performer: lead,
      cycle,
      body: { performers: [teamParty(platform.id)], draftedBy: 'performer' },
    });
    s.clock.set('2031-01-01T08:00:00Z');
    await moveCycleState(s.ctx, owner, cycle.id, 'active');
    expect(await milestones(owner, cycle.id)).toEqual([
      ['direction', '2030-12-04', 'done-late'],
      ['drafts', '2030-12-18', 'done'],
      ['approval', '2031-01-01', 'done'],
    ]);
  });

  it('moves the milestones when the organization changes how far ahead it plans', async () => {
    const { owner, lead, cycle } = await planning();
    await expect(
      updatePlanningSettings(s.ctx, lead, { directionWeeksBefore: 6, draftsWeeksBefore: 3 }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      updatePlanningSettings(s.ctx, owner, { directionWeeksBefore: 1, draftsWeeksBefore: 3 }),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    await updatePlanningSettings(s.ctx, owner, { directionWeeksBefore: 6, draftsWeeksBefore: 3 });
    expect((await milestones(owner, cycle.id)).map(([key, due]) => [key, due])).toEqual([
      ['direction', '2030-11-20'],
      ['drafts', '2030-12-11'],
      ['approval', '2031-01-01'],
    ]);
  });

  it('approves the plan listing what is still unsettled, and records who moved the cycle when', async () => {
    const { owner, lead, platform, cycle } = await planning();
    const made: Partial<Record<Situation, string>> = {};
    for (const situation of [
      'draft',
      'requested',
      'countered',
      'renegotiating',
      'promised',
      'declined',
    ] as const) {
      const promise = await promiseIn(s.ctx, situation, {
        customer: owner,
        performer: lead,
        cycle,
        body: { title: `A ${situation} promise`, performers: [teamParty(platform.id)] },
      });
      made[situation] = promise.id;
    }
    await expect(moveCycleState(s.ctx, lead, cycle.id, 'active')).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(moveCycleState(s.ctx, owner, cycle.id, 'closed')).rejects.toMatchObject({
      code: 'conflict',
    });

    s.clock.set('2031-01-02T10:00:00Z');
    const approved = await moveCycleState(s.ctx, owner, cycle.id, 'active');
    const unsettled = [made.draft, made.requested, made.countered, made.renegotiating];
    expect(approved.state).toBe('active');
    expect(approved.unsettled.map((u) => u.id).sort()).toEqual([...unsettled].sort());

    const timeline = await getTimeline(s.ctx, lead, cycle.id, firstPage);
    expect(timeline.state).toBe('active');
    expect(timeline.events).toEqual([
      expect.objectContaining({
        from: 'planning',
        to: 'active',
        person: { id: owner.personId, name: owner.name },
        at: expect.stringMatching(/^2031-01-02T10:00/),
      }),
    ]);
    expect(timeline.events[0]?.unsettled.map((u) => u.id).sort()).toEqual([...unsettled].sort());
  });
});
