import { describe, expect, it } from 'vitest';
import { CreateCycleBody } from '../../contract/cycles.js';
import * as links from '../store/alignment.js';
import { testEngines, useTestServices } from '../test/harness.js';
import { teamParty } from '../test/promise-shapes.js';
import { createCalendar, createOrganization, keptPromise, promiseIn } from '../test/service-factories.js';
import {
  answerDependency,
  createContribution,
  createDependency,
  deleteContribution,
  deleteDependency,
} from './alignment.js';
import { getProgress } from './check-ins.js';
import { createCycle } from './cycles/cycles.js';
import { listNotifications } from './notifications.js';
import { makeMove } from './promises/make-move.js';
import { getPromise } from './promises/read-promise.js';

describe.each(testEngines())('contributions and dependencies on %s', (engine) => {
  const s = useTestServices(engine);

  /** The CEO asks the CTO for the year; the CTO asks an engineer for the quarter. */
  async function chain() {
    const {
      owner: ceo,
      people,
      teams,
    } = await createOrganization(s.ctx, {
      owner: 'ceo',
      people: { cto: 'member', engineer: 'member' },
      teams: { Platform: { leads: ['cto'] } },
    });
    const calendar = await createCalendar(s.ctx, ceo);
    return { ceo, ...people, platform: teams.Platform, calendar };
  }

  it('rolls the progress of a quarter promise up into the year promise it contributes to', async () => {
    const { ceo, cto, engineer, calendar } = await chain();
    const year = await promiseIn(s.ctx, 'promised', {
      customer: ceo,
      performer: cto,
      cycle: calendar.year,
      body: { title: 'Build awesome tech' },
    });
    const { promise: quarter } = await keptPromise(s.ctx, {
      customer: cto,
      performer: engineer,
      cycle: calendar.quarter,
      body: {
        title: 'Implement the awesome feature',
        conditions: [{ text: 'Shipped', keyResult: { kind: 'milestone' } }],
      },
      checkIns: [{ values: { 0: true } }],
    });
    const link = { fromPromiseId: quarter.id, toPromiseId: year.id, weight: 1 };
    const contribution = await createContribution(s.ctx, engineer, link);
    expect(contribution).toMatchObject({ from: { id: quarter.id }, to: { id: year.id } });

    const seenByCeo = await getPromise(s.ctx, ceo, year.id);
    expect(seenByCeo.contributedBy.map((c) => c.from.id)).toEqual([quarter.id]);
    expect(await getProgress(s.ctx, ceo, year.id)).toMatchObject({ score: null, rolledUpScore: 1 });
    await expect(createContribution(s.ctx, engineer, link)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('keeps a removed contribution as history, hides it, and lets the same link be made again', async () => {
    const { ceo, cto, engineer, calendar } = await chain();
    const year = await promiseIn(s.ctx, 'promised', { customer: ceo, performer: cto, cycle: calendar.year });
    const quarter = await promiseIn(s.ctx, 'promised', {
      customer: cto,
      performer: engineer,
      cycle: calendar.quarter,
    });
    const link = { fromPromiseId: quarter.id, toPromiseId: year.id, weight: 1 };
    const first = await createContribution(s.ctx, engineer, link);
    const whileLinked = s.clock.advance({ hours: 1 }).toISOString();
    s.clock.advance({ hours: 1 });
    await deleteContribution(s.ctx, engineer, first.id);

    expect((await getPromise(s.ctx, ceo, year.id)).contributedBy).toEqual([]);
    await expect(deleteContribution(s.ctx, engineer, first.id)).rejects.toMatchObject({ code: 'not_found' });
    // History is kept: the link stood while it was made.
    const then = await links.contributionsTouching(s.ctx.db, ceo.organizationId, year.id, whileLinked);
    expect(then.map((c) => [c.id, c.removed_by])).toEqual([[first.id, engineer.personId]]);

    const again = await createContribution(s.ctx, engineer, link);
    expect(again.id).not.toBe(first.id);
    expect((await getPromise(s.ctx, ceo, year.id)).contributedBy.map((c) => c.id)).toEqual([again.id]);
    await expect(createContribution(s.ctx, engineer, link)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('refuses a contribution between cycles that never run at once, or by someone on neither side', async () => {
    const { ceo, cto, engineer, calendar } = await chain();
    const nextYear = await createCycle(
      s.ctx,
      ceo,
      CreateCycleBody.parse({
        name: 'FY2028',
        horizonId: calendar.horizons['1y'],
        startDate: '2028-01-01',
        endDate: '2028-12-31',
      }),
    );
    const later = await promiseIn(s.ctx, 'requested', { customer: ceo, performer: cto, cycle: nextYear });
    const now = await promiseIn(s.ctx, 'requested', {
      customer: cto,
      performer: engineer,
      cycle: calendar.quarter,
    });
    await expect(
      createContribution(s.ctx, cto, { fromPromiseId: now.id, toPromiseId: later.id, weight: 1 }),
    ).rejects.toMatchObject({
      code: 'validation_failed',
      message: expect.stringMatching(/does not overlap/),
    });

    const a = await promiseIn(s.ctx, 'requested', { customer: ceo, performer: cto, cycle: calendar.year });
    const b = await promiseIn(s.ctx, 'requested', { customer: ceo, performer: cto, cycle: calendar.quarter });
    await expect(
      createContribution(s.ctx, engineer, { fromPromiseId: b.id, toPromiseId: a.id, weight: 1 }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect((await getPromise(s.ctx, ceo, a.id)).contributedBy).toEqual([]);
  });

  it('has the supplier acknowledge a dependency on its promise, or acknowledge it by promising', async () => {
    const { ceo, cto, engineer, calendar } = await chain();
    const cycle = calendar.quarter;
    const feature = await promiseIn(s.ctx, 'requested', { customer: cto, performer: engineer, cycle });
    const sso = await promiseIn(s.ctx, 'requested', { customer: ceo, performer: cto, cycle });
    const warehouse = await promiseIn(s.ctx, 'requested', { customer: ceo, performer: cto, cycle });
    const onSso = await createDependency(s.ctx, engineer, {
      promiseId: feature.id,
      supplierPromiseId: sso.id,
      note: 'Onboarding signs people in with SSO',
    });
    const onWarehouse = await createDependency(s.ctx, engineer, {
      promiseId: feature.id,
      supplierPromiseId: warehouse.id,
      note: '',
    });
    expect([onSso.state, onWarehouse.state]).toEqual(['proposed', 'proposed']);

    await expect(
      answerDependency(s.ctx, engineer, onSso.id, { answer: 'acknowledge' }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    await answerDependency(s.ctx, cto, onSso.id, { answer: 'acknowledge' });
    await expect(
      answerDependency(s.ctx, cto, onSso.id, { answer: 'decline', reason: 'Changed my mind' }),
    ).rejects.toMatchObject({ code: 'conflict' });
    await makeMove(s.ctx, cto, warehouse.id, { act: 'promise', version: warehouse.version });

    const dependent = await getPromise(s.ctx, engineer, feature.id);
    expect(dependent.dependsOn.map((d) => [d.supplierPromise?.id, d.state])).toEqual([
      [sso.id, 'acknowledged'],
      [warehouse.id, 'acknowledged'],
    ]);
    expect((await getPromise(s.ctx, cto, sso.id)).dependedOnBy.map((d) => d.dependent.id)).toEqual([
      feature.id,
    ]);
  });

  it('removes a dependency by a side of the dependent promise, keeping it for the past', async () => {
    const { ceo, cto, engineer, calendar } = await chain();
    const cycle = calendar.quarter;
    const feature = await promiseIn(s.ctx, 'requested', { customer: cto, performer: engineer, cycle });
    const sso = await promiseIn(s.ctx, 'requested', { customer: ceo, performer: cto, cycle });
    const link = { promiseId: feature.id, supplierPromiseId: sso.id, note: 'SSO first' };
    const dependency = await createDependency(s.ctx, engineer, link);
    expect(dependency.can.remove).toBe(true);
    const whileLinked = s.clock.advance({ hours: 1 }).toISOString();
    s.clock.advance({ hours: 1 });

    // The supplier answers it but does not speak for the promise that depends.
    await expect(deleteDependency(s.ctx, ceo, dependency.id)).rejects.toMatchObject({ code: 'forbidden' });
    await deleteDependency(s.ctx, engineer, dependency.id);
    await expect(deleteDependency(s.ctx, engineer, dependency.id)).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(
      answerDependency(s.ctx, cto, dependency.id, { answer: 'acknowledge' }),
    ).rejects.toMatchObject({
      code: 'not_found',
    });

    expect((await getPromise(s.ctx, engineer, feature.id)).dependsOn).toEqual([]);
    expect((await getPromise(s.ctx, cto, sso.id)).dependedOnBy).toEqual([]);
    const then = await getPromise(s.ctx, engineer, feature.id, whileLinked);
    expect(then.dependsOn.map((d) => d.id)).toEqual([dependency.id]);
    const again = await createDependency(s.ctx, engineer, link);
    expect((await getPromise(s.ctx, engineer, feature.id)).dependsOn.map((d) => d.id)).toEqual([again.id]);
  });

  it('has a lead answer for a team depended on: a decline needs a reason and tells the dependent', async () => {
    const { ceo, cto, engineer, platform, calendar } = await chain();
    const exports = await promiseIn(s.ctx, 'requested', {
      customer: ceo,
      performer: engineer,
      cycle: calendar.quarter,
      body: { title: 'Exports' },
    });
    const dependency = await createDependency(s.ctx, engineer, {
      promiseId: exports.id,
      supplierTeamId: platform.id,
      note: '',
    });
    expect(dependency).toMatchObject({ supplierTeam: { id: platform.id }, suggestAsk: true });
    await expect(answerDependency(s.ctx, cto, dependency.id, { answer: 'decline' })).rejects.toMatchObject({
      code: 'validation_failed',
    });
    const declined = await answerDependency(s.ctx, cto, dependency.id, {
      answer: 'decline',
      reason: 'No capacity this quarter',
    });
    expect(declined).toMatchObject({ state: 'declined', reason: 'No capacity this quarter' });
    const told = await listNotifications(s.ctx, engineer);
    expect(
      told.notifications.filter((n) => n.kind === 'dependency-declined').map((n) => n.promiseId),
    ).toEqual([exports.id]);
    // Once the team has promised something in the cycle, nobody is told to ask it first.
    await promiseIn(s.ctx, 'promised', {
      customer: ceo,
      performer: cto,
      cycle: calendar.quarter,
      body: { performers: [teamParty(platform.id)] },
    });
    const later = await createDependency(s.ctx, ceo, {
      promiseId: exports.id,
      supplierTeamId: platform.id,
      note: '',
    });
    expect(later.suggestAsk).toBe(false);
  });
});
