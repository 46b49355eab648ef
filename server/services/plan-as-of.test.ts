import { describe, expect, it } from 'vitest';
import { FindingsQuery } from '../../contract/findings.js';
import { PlanningBoardQuery } from '../../contract/planning-board.js';
import { type Condition, PromisesQuery } from '../../contract/promises.js';
import { testEngines, useTestServices } from '../test/harness.js';
import { customerAndPerformer, promiseIn } from '../test/service-factories.js';
import { getAccountability, getTeamAccountability } from './accountability.js';
import { answerDependency, createContribution, createDependency, deleteContribution } from './alignment.js';
import { createCheckIn } from './check-ins.js';
import { getDashboard } from './dashboard.js';
import { listFindings, trackFindings } from './findings/findings.js';
import { getBoard } from './planning-board.js';
import { makeMove } from './promises/make-move.js';
import { getPromise, listPromises } from './promises/read-promise.js';
import { createTeam, putTeamMember } from './teams.js';

const signups = (target: string) => ({
  kind: 'metric' as const,
  unitKind: 'number' as const,
  unit: 'signups',
  start: '0',
  direction: 'increase' as const,
  target,
});

/** The three moments each view is read at. */
const BEFORE_AGREED = '2027-01-04T12:00:00Z';
const LINKED = '2027-01-07T12:00:00Z';
const CHECKED_IN = '2027-01-08T12:00:00Z';
const RENEGOTIATED = '2027-01-13T12:00:00Z';

describe.each(testEngines())('the whole plan as it stood at a past moment, on %s', (engine) => {
  const s = useTestServices(engine);

  /**
   * In FY2027-Q1 the owner asks the Platform team (led by the performer) for 100 signups on Jan 4,
   * it counters at 80, agreed on Jan 5; another promise contributes from Jan 6 until Jan 9; a
   * dependency proposed on Jan 7 (an open finding) is acknowledged that afternoon (resolved at 16:00); a
   * check-in at 40, at risk, on Jan 8; renegotiated to 160 and agreed on Jan 12–13; read on Jan 25.
   */
  async function history() {
    s.clock.set('2026-12-01T09:00:00Z');
    const { customer, performer, cycle } = await customerAndPerformer(s.ctx);
    const team = await createTeam(s.ctx, customer, { name: 'Platform', description: '' });
    await putTeamMember(s.ctx, customer, team.id, performer.personId, true);
    const platform = [{ type: 'team' as const, id: team.id }];
    const other = await promiseIn(s.ctx, 'promised', {
      customer,
      performer,
      cycle,
      body: { title: 'Other', performers: platform },
    });
    s.clock.set('2027-01-04T09:00:00Z');
    const asked = await promiseIn(s.ctx, 'requested', {
      customer,
      performer,
      cycle,
      body: {
        title: 'Grow signups',
        performers: platform,
        conditions: [{ text: 'Signups', keyResult: signups('100') }],
      },
    });
    const [condition] = asked.terms.conditions as Condition[];
    const id = asked.id;
    s.clock.set('2027-01-05T09:00:00Z');
    await makeMove(s.ctx, performer, id, {
      act: 'counter',
      version: asked.version,
      changes: { conditions: [{ id: condition!.id, text: 'Signups', keyResult: signups('80') }] },
    });
    s.clock.set('2027-01-05T10:00:00Z');
    await makeMove(s.ctx, customer, id, { act: 'accept-offer', version: asked.version + 1 });
    s.clock.set('2027-01-06T09:00:00Z');
    const link = await createContribution(s.ctx, performer, {
      fromPromiseId: other.id,
      toPromiseId: id,
      weight: 1,
    });
    s.clock.set('2027-01-07T09:00:00Z');
    const dependency = await createDependency(s.ctx, performer, {
      promiseId: other.id,
      supplierPromiseId: id,
      note: 'needs it',
    });
    await trackFindings(s.ctx, customer.organizationId);
    s.clock.set('2027-01-07T15:00:00Z');
    await answerDependency(s.ctx, performer, dependency.id, { answer: 'acknowledge' });
    s.clock.set('2027-01-07T16:00:00Z');
    await trackFindings(s.ctx, customer.organizationId);
    s.clock.set('2027-01-08T09:00:00Z');
    await createCheckIn(s.ctx, performer, id, {
      values: [{ conditionId: condition!.id, value: '40' }],
      confidence: 6,
      status: 'at-risk',
      note: '',
      blockers: '',
    });
    s.clock.set('2027-01-09T09:00:00Z');
    await deleteContribution(s.ctx, performer, link.id);
    s.clock.set('2027-01-12T09:00:00Z');
    const agreed = await getPromise(s.ctx, customer, id);
    await makeMove(s.ctx, performer, id, {
      act: 'renegotiate',
      version: agreed.version,
      changes: { conditions: [{ id: condition!.id, text: 'Signups', keyResult: signups('160') }] },
    });
    s.clock.set('2027-01-13T09:00:00Z');
    await makeMove(s.ctx, customer, id, { act: 'accept-offer', version: agreed.version + 1 });
    s.clock.set('2027-01-25T09:00:00Z');
    return { customer, performer, id, other, teamId: team.id, cycle };
  }

  it('shows the dashboard of each moment: phases, check-in status, score and who needs attention', async () => {
    const { customer, id, cycle, teamId } = await history();
    const at = (moment: string) => getDashboard(s.ctx, customer, { cycleId: cycle.id, at: moment });

    const asked = await at(BEFORE_AGREED);
    expect(asked.byPhase).toMatchObject({ negotiate: 1, execute: 1 });
    expect(asked.byCheckInStatus).toMatchObject({ none: 1, 'at-risk': 0 });

    const checkedIn = await at(CHECKED_IN);
    expect(checkedIn.byPhase).toMatchObject({ negotiate: 0, execute: 2 });
    expect(checkedIn.byCheckInStatus).toMatchObject({ none: 1, 'at-risk': 1 });
    expect(checkedIn.atRisk.map((p) => [p.id, p.score])).toEqual([[id, 0.5]]);
    expect(checkedIn.atRiskTotal).toBe(1);
    expect(checkedIn.progressOverTime.at(-1)).toEqual({ date: '2027-01-08', averageScore: 0.5 });

    // Against 160, in force from Jan 13, the same 40 scores 0.25; the week's points end at the moment.
    const renegotiated = await at(RENEGOTIATED);
    expect(renegotiated.atRisk.map((p) => [p.id, p.score])).toEqual([[id, 0.25]]);
    expect(renegotiated.progressOverTime.map((p) => p.date)).toEqual([
      '2027-01-01',
      '2027-01-08',
      '2027-01-13',
    ]);
    expect(renegotiated.progressOverTime.at(-1)?.averageScore).toBe(0.25);

    // A team's dashboard, and a person's, as of a moment too.
    const team = await getDashboard(s.ctx, customer, { cycleId: cycle.id, teamId, at: BEFORE_AGREED });
    expect(team.byPhase).toMatchObject({ negotiate: 1, execute: 1 });
    const person = await getDashboard(s.ctx, customer, {
      cycleId: cycle.id,
      personId: customer.personId,
      at: CHECKED_IN,
    });
    expect(person.atRisk.map((p) => p.id)).toEqual([id]);

    // Today's dashboard is unchanged by all this.
    expect((await getDashboard(s.ctx, customer, { cycleId: cycle.id })).atRisk.map((p) => p.score)).toEqual([
      0.25,
    ]);
  });

  it('answers a moment before the organization existed with an empty plan, and refuses the future', async () => {
    const { customer, cycle, teamId } = await history();
    const early = await getDashboard(s.ctx, customer, { cycleId: cycle.id, at: '2020-01-01T00:00:00Z' });
    expect(early.byPhase).toMatchObject({ negotiate: 0, execute: 0 });
    expect(early.averageScore).toBeNull();
    expect(
      (await getAccountability(s.ctx, customer, { cycleId: cycle.id, at: '2020-01-01T00:00:00Z' })).promises,
    ).toBe(0);
    expect(
      (
        await getTeamAccountability(s.ctx, customer, {
          teamId,
          at: '2020-01-01T00:00:00Z',
          page: 1,
          pageSize: 100,
        })
      ).edges,
    ).toEqual([]);
    const future = '2027-02-01T00:00:00Z';
    await expect(getDashboard(s.ctx, customer, { at: future })).rejects.toMatchObject({
      code: 'validation_failed',
      message: expect.stringContaining('is in the future'),
    });
    await expect(
      getBoard(s.ctx, customer, cycle.id, PlanningBoardQuery.parse({ at: future })),
    ).rejects.toMatchObject({
      code: 'validation_failed',
    });
    await expect(listFindings(s.ctx, customer, FindingsQuery.parse({ at: future }))).rejects.toMatchObject({
      code: 'validation_failed',
    });
    await expect(listPromises(s.ctx, customer, PromisesQuery.parse({ at: future }))).rejects.toMatchObject({
      code: 'validation_failed',
    });
  });

  it('shows the accountability map of each moment, with only the links that stood then', async () => {
    const { customer, id, cycle, teamId } = await history();
    const summary = (moment: string) => getAccountability(s.ctx, customer, { cycleId: cycle.id, at: moment });
    const platform = `team:${teamId}`;

    const asked = await summary(BEFORE_AGREED);
    expect(asked.promises).toBe(2);
    const askedLink = asked.links.find((l) => l.source === 'no-team' && l.target === platform);
    expect(askedLink).toMatchObject({ promises: 2, byPhase: { negotiate: 1, execute: 1 }, contributions: 0 });
    expect(asked.links.some((l) => l.dependencies.total > 0)).toBe(false);

    const linked = await summary(LINKED);
    const within = linked.links.find((l) => l.source === platform && l.target === platform);
    // Contributed to since Jan 6; the dependency proposed that morning is not acknowledged at noon.
    expect(within).toMatchObject({ contributions: 1, dependencies: { total: 1, unacknowledged: 1 } });

    const renegotiated = await summary(RENEGOTIATED);
    const later = renegotiated.links.find((l) => l.source === platform && l.target === platform);
    // The contribution was removed on Jan 9; the dependency was acknowledged on Jan 7.
    expect(later).toMatchObject({ contributions: 0, dependencies: { total: 1, unacknowledged: 0 } });

    const team = (moment: string) =>
      getTeamAccountability(s.ctx, customer, {
        teamId,
        cycleId: cycle.id,
        at: moment,
        page: 1,
        pageSize: 100,
      });
    const edge = async (moment: string) => (await team(moment)).edges.find((e) => e.promiseId === id);
    expect(await edge(BEFORE_AGREED)).toMatchObject({ status: 'requested', phase: 'negotiate' });
    expect(await edge(CHECKED_IN)).toMatchObject({ status: 'promised', phase: 'execute' });
    expect((await team('2027-01-04T08:00:00Z')).total).toBe(1);

    // The whole organization's map is folded a cycle at a time.
    await expect(getAccountability(s.ctx, customer, { at: CHECKED_IN })).rejects.toMatchObject({
      code: 'validation_failed',
      message: expect.stringContaining('give cycleId'),
    });
  });

  it('shows the planning board of each moment: columns, scores and the cycle state then', async () => {
    const { customer, id, cycle, teamId } = await history();
    const column = async (moment: string) => {
      const board = await getBoard(s.ctx, customer, cycle.id, PlanningBoardQuery.parse({ at: moment }));
      const team = board.teams.find((t) => t.team.id === teamId)!;
      return {
        proposed: team.proposed.promises.map((p) => p.id),
        agreed: team.agreed.promises.map((p) => [p.id, p.score]),
        unanswered: team.unanswered,
        state: board.cycle.state,
      };
    };
    expect(await column(BEFORE_AGREED)).toMatchObject({
      proposed: [id],
      unanswered: [id],
      state: 'planning',
    });
    const checkedIn = await column(CHECKED_IN);
    expect(checkedIn.proposed).toEqual([]);
    expect(checkedIn.agreed).toContainEqual([id, 0.5]);
    expect((await column(RENEGOTIATED)).agreed).toContainEqual([id, 0.25]);
  });

  it('shows the findings open at each moment: opened by then, not resolved by then', async () => {
    const { customer } = await history();
    const unacknowledged = async (moment: string, status?: 'open' | 'resolved') =>
      (
        await listFindings(
          s.ctx,
          customer,
          FindingsQuery.parse({ at: moment, status, code: 'unacknowledged-dependency' }),
        )
      ).findings;
    expect(await unacknowledged('2027-01-07T08:00:00Z')).toEqual([]);
    const open = await unacknowledged(LINKED);
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ status: 'open', resolvedAt: null, canDismiss: false });
    expect(await unacknowledged(CHECKED_IN)).toEqual([]);
    expect((await unacknowledged(LINKED, 'resolved')).length).toBe(0);
    expect((await unacknowledged(CHECKED_IN, 'resolved'))[0]).toMatchObject({
      status: 'resolved',
      resolvedAt: expect.stringMatching(/^2027-01-07T16:00:00/),
    });
  });
});
