import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PromiseDetail } from '../../contract/promises.js';
import {
  addMember,
  type Calendar,
  createCalendar,
  keptPromise,
  promiseIn,
  type SignedIn,
  signUpOwner,
} from '../test/factories.js';
import { createTestApp, type TestApp, testEngines } from '../test/harness.js';

describe.each(testEngines())('a closed cycle on %s', (engine) => {
  let t: TestApp;
  let customer: SignedIn;
  let performer: SignedIn;
  let calendar: Calendar;
  beforeAll(async () => {
    t = await createTestApp(engine);
    customer = await signUpOwner(t.app, 'closed-customer');
    performer = await addMember(t.app, customer, 'member', 'closed-performer');
    calendar = await createCalendar(customer);
  });
  afterAll(() => t.close());

  async function close(cycleId: string) {
    for (const to of ['active', 'reviewing', 'closed']) {
      const moved = await customer.client.post(`/api/v1/cycles/${cycleId}/transitions`, { to });
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    }
  }

  const checkInOn = (_promise: PromiseDetail) => ({
    values: [],
    confidence: 6,
    status: 'on-track',
    note: '',
    blockers: '',
  });

  it('refuses every change to its record with 409 but a comment, and changes nothing', async () => {
    const { promise: kept } = await keptPromise({ customer, performer, cycle: calendar.quarter });
    const other = await promiseIn('promised', { customer, performer, cycle: calendar.quarter });
    const newPromise = {
      open: 'request',
      cycleId: calendar.quarter.id,
      customer: { type: 'person', id: customer.personId },
      performers: [{ type: 'person', id: performer.personId }],
      title: 'Too late',
      dueDate: calendar.quarter.endDate,
      conditions: [{ text: 'Shipped' }],
    };
    // Accepted while the cycle runs: the bodies are right, and the refusals below are the cycle's.
    expect(
      (await performer.client.post(`/api/v1/promises/${kept.id}/check-ins`, checkInOn(kept))).status,
    ).toBe(201);
    expect((await customer.client.post('/api/v1/promises', newPromise)).status).toBe(201);
    await close(calendar.quarter.id);
    const before = (await customer.client.get<PromiseDetail>(`/api/v1/promises/${kept.id}`)).body;

    const refused = [
      await performer.client.post(`/api/v1/promises/${kept.id}/moves`, {
        act: 'report-complete',
        version: before.version,
        text: 'Done after all',
      }),
      await performer.client.post(`/api/v1/promises/${kept.id}/check-ins`, checkInOn(kept)),
      await customer.client.post('/api/v1/promises', newPromise),
      await performer.client.post('/api/v1/dependencies', {
        promiseId: kept.id,
        supplierPromiseId: other.id,
        note: 'Needs it',
      }),
      await performer.client.post('/api/v1/contributions', { fromPromiseId: kept.id, toPromiseId: other.id }),
    ];
    for (const response of refused) {
      expect(response.status, JSON.stringify(response.body)).toBe(409);
      expect((response.body as { error: { message: string } }).error.message).toMatch(/is closed/);
    }
    const after = (await customer.client.get<PromiseDetail>(`/api/v1/promises/${kept.id}`)).body;
    expect(after).toEqual(before);

    const comment = await customer.client.post<PromiseDetail>(`/api/v1/promises/${kept.id}/moves`, {
      act: 'comment',
      version: before.version,
      text: 'For the record: it shipped a week late',
    });
    expect(comment.status).toBe(201);
    expect(comment.body.history.at(-1)).toMatchObject({ act: 'comment' });
  });

  it('offers no move but end and comment and no check-in or link to either side, and says why', async () => {
    const { promise } = await keptPromise({ customer, performer, cycle: calendar.year });
    const open = (await performer.client.get<PromiseDetail>(`/api/v1/promises/${promise.id}`)).body;
    expect(open.allowedMoves).toEqual(expect.arrayContaining(['report-complete', 'comment']));
    expect(open.can).toMatchObject({ checkIn: true, contribute: true, dependOn: true });
    await close(calendar.year.id);
    for (const side of [customer, performer]) {
      const closed = (await side.client.get<PromiseDetail>(`/api/v1/promises/${promise.id}`)).body;
      expect(closed.cycleState).toBe('closed');
      // Its sides may still end it rather than carry it over (server/routes/carry-over.test.ts).
      expect(closed.allowedMoves).toEqual(['end', 'comment']);
      expect(closed.can).toMatchObject({ checkIn: false, contribute: false, dependOn: false, assess: false });
    }
  });

  it('refuses removing and answering links, sizing, drafts, reviews and retrospectives, but not talk', async () => {
    const cal = await createCalendar(customer, 2031);
    const cycle = cal.quarter;
    const { promise: kept, checkIns } = await keptPromise({
      customer,
      performer,
      cycle,
      checkIns: [{ values: { 0: '40' } }],
    });
    const supplier = await promiseIn('promised', { customer, performer, cycle });
    const draft = await promiseIn('draft', { customer, performer, cycle });
    const revoked = await promiseIn('revoked', { customer, performer, cycle });
    const contribution = await performer.client.post<{ id: string }>('/api/v1/contributions', {
      fromPromiseId: kept.id,
      toPromiseId: supplier.id,
    });
    expect(contribution.status).toBe(201);
    const dependency = await customer.client.post<{ id: string }>('/api/v1/dependencies', {
      promiseId: kept.id,
      supplierPromiseId: supplier.id,
      note: 'Needs it',
    });
    expect(dependency.status).toBe(201);
    const open = (await performer.client.get<PromiseDetail>(`/api/v1/promises/${kept.id}`)).body;
    expect(open.contributesTo[0]!.can.remove).toBe(true);
    expect(open.dependsOn[0]!.can.answer).toBe(true);
    await close(cycle.id);
    // Nor are they offered: the page shows no control the server would refuse.
    const closed = (await performer.client.get<PromiseDetail>(`/api/v1/promises/${kept.id}`)).body;
    expect(closed.contributesTo[0]!.can.remove).toBe(false);
    expect(closed.dependsOn[0]!.can.answer).toBe(false);
    const before = (await customer.client.get<PromiseDetail>(`/api/v1/promises/${kept.id}`)).body;

    const refused = {
      removeContribution: await performer.client.delete(`/api/v1/contributions/${contribution.body.id}`),
      answerDependency: await performer.client.post(`/api/v1/dependencies/${dependency.body.id}/answer`, {
        answer: 'acknowledge',
      }),
      size: await performer.client.put(`/api/v1/promises/${kept.id}/size`, { size: 3 }),
      editDraft: await customer.client.patch(`/api/v1/promises/${draft.id}`, {
        version: draft.version,
        title: 'Rewritten after the close',
        tags: ['late'],
      }),
      review: await customer.client.post(`/api/v1/promises/${draft.id}/reviews`, {
        reviewer: { type: 'person', id: performer.personId },
        role: 'peer',
      }),
      retrospective: await performer.client.post(`/api/v1/promises/${revoked.id}/retrospectives`, {
        wentWell: 'We said so early',
      }),
    };
    for (const [write, response] of Object.entries(refused)) {
      expect(response.status, `${write}: ${JSON.stringify(response.body)}`).toBe(409);
      expect((response.body as { error: { message: string } }).error.message, write).toMatch(/is closed/);
    }
    const after = (await customer.client.get<PromiseDetail>(`/api/v1/promises/${kept.id}`)).body;
    expect(after).toEqual(before);
    expect(after.contributesTo.map((c) => c.id)).toEqual([contribution.body.id]);
    expect(after.dependsOn.map((d) => d.state)).toEqual(['proposed']);
    expect(after.size).toBeNull();
    const draftAfter = (await customer.client.get<PromiseDetail>(`/api/v1/promises/${draft.id}`)).body;
    expect(draftAfter.title).toBe(draft.title);

    // Talk changes none of the record: comments and answers to check-ins still land.
    const answer = await customer.client.post(`/api/v1/check-ins/${checkIns[0]!.id}/answers`, {
      kind: 'comment',
      text: 'Thanks, noted for the next cycle',
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    const comment = await performer.client.post(`/api/v1/promises/${kept.id}/moves`, {
      act: 'comment',
      version: before.version,
      text: 'Closing words',
    });
    expect(comment.status).toBe(201);
  });
});
