import { describe, expect, it } from 'vitest';
import { testEngines, useTestServices } from '../test/harness.js';
import { type Situation, teamParty } from '../test/promise-shapes.js';
import { createCalendar, createOrganization, promiseIn } from '../test/service-factories.js';
import { getTeamCapacity, setPromiseSize, setTeamCapacity } from './capacity.js';

describe.each(testEngines())('team capacity on %s', (engine) => {
  const s = useTestServices(engine);

  /** Product asks Platform for promises in FY2027-Q1; each team has its lead, and one member who leads nothing. */
  async function twoTeams() {
    const { owner, people, teams } = await createOrganization(s.ctx, {
      people: { productLead: 'member', platformLead: 'member', engineer: 'member' },
      teams: {
        Product: { leads: ['productLead'] },
        Platform: { leads: ['platformLead'], members: ['engineer'] },
      },
    });
    const { quarter } = await createCalendar(s.ctx, owner);
    const askPlatform = (situation: Situation, title: string) =>
      promiseIn(s.ctx, situation, {
        customer: people.productLead,
        performer: people.platformLead,
        cycle: quarter,
        body: { title, customer: teamParty(teams.Product.id), performers: [teamParty(teams.Platform.id)] },
      });
    return { owner, ...people, platform: teams.Platform, cycle: quarter, askPlatform };
  }

  it('weighs what a team accepted and what it is asked against what it declared, and lists what it declined', async () => {
    const { platformLead, platform, cycle, askPlatform } = await twoTeams();
    await setTeamCapacity(s.ctx, platformLead, platform.id, {
      cycleId: cycle.id,
      unit: 'promises',
      amount: 2,
    });
    await askPlatform('promised', 'Single sign-on');
    await askPlatform('reported', 'Audit log');
    await askPlatform('requested', 'Bulk exports');
    await askPlatform('countered', 'Webhooks');
    const declined = await askPlatform('declined', 'Mobile app');
    await askPlatform('draft', 'Not on anyone’s plate yet');

    const capacity = await getTeamCapacity(s.ctx, platformLead, platform.id, cycle.id);
    expect(capacity).toMatchObject({
      capacity: { unit: 'promises', amount: 2 },
      load: { accepted: 2, pending: 2 },
      isOverCapacity: false,
      wouldBeOverCapacity: true,
    });
    expect(capacity.declined.map((d) => [d.id, d.title, d.reason?.code])).toEqual([
      [declined.id, 'Mobile app', 'capacity'],
    ]);
  });

  it('counts points when the team sizes its promises in points', async () => {
    const { platformLead, platform, cycle, askPlatform } = await twoTeams();
    const sso = await askPlatform('promised', 'Single sign-on');
    const exports = await askPlatform('requested', 'Bulk exports');
    await setPromiseSize(s.ctx, platformLead, sso.id, 5);
    await setPromiseSize(s.ctx, platformLead, exports.id, 3);
    const capacity = await setTeamCapacity(s.ctx, platformLead, platform.id, {
      cycleId: cycle.id,
      unit: 'points',
      amount: 6,
    });
    expect(capacity).toMatchObject({ load: { accepted: 5, pending: 3 }, wouldBeOverCapacity: true });
  });

  it('lets the team’s leads and the organization’s managers declare capacity, and nobody else', async () => {
    const { owner, productLead, engineer, platform, cycle, askPlatform } = await twoTeams();
    const input = { cycleId: cycle.id, unit: 'promises' as const, amount: 3 };
    await expect(setTeamCapacity(s.ctx, engineer, platform.id, input)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(setTeamCapacity(s.ctx, productLead, platform.id, input)).rejects.toMatchObject({
      code: 'forbidden',
    });
    const sso = await askPlatform('requested', 'Single sign-on');
    await expect(setPromiseSize(s.ctx, productLead, sso.id, 8)).rejects.toMatchObject({ code: 'forbidden' });
    expect((await getTeamCapacity(s.ctx, engineer, platform.id, cycle.id)).capacity).toBeNull();
    const declared = await setTeamCapacity(s.ctx, owner, platform.id, input);
    expect(declared.capacity).toEqual({ unit: 'promises', amount: 3 });
  });
});
