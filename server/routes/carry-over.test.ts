import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CycleReview } from '../../contract/cycle-review.js';
import type { Cycle } from '../../contract/cycles.js';
import type { Inbox } from '../../contract/inbox.js';
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

describe.each(testEngines())('carrying over a closed cycle’s promises on %s', (engine) => {
  let t: TestApp;
  let customer: SignedIn;
  let performer: SignedIn;
  let bystander: SignedIn;
  let stranger: SignedIn;
  let calendar: Calendar;
  let nextQuarter: Cycle;
  let carried: PromiseDetail;
  let ended: PromiseDetail;
  let left: PromiseDetail;
  let asked: PromiseDetail;
  let satisfied: PromiseDetail;

  beforeAll(async () => {
    t = await createTestApp(engine);
    customer = await signUpOwner(t.app, 'carry-customer');
    performer = await addMember(t.app, customer, 'member', 'carry-performer');
    bystander = await addMember(t.app, customer, 'member', 'carry-bystander');
    stranger = await signUpOwner(t.app, 'carry-stranger');
    calendar = await createCalendar(customer);
    const quarter = calendar.quarter;
    ({ promise: carried } = await keptPromise({
      customer,
      performer,
      cycle: quarter,
      body: { title: 'Grow signups', tags: ['growth'] },
      checkIns: [{ values: { 0: '40', 1: '900.00', 2: true } }],
    }));
    ended = await promiseIn('promised', { customer, performer, cycle: quarter, body: { title: 'To end' } });
    left = await promiseIn('promised', { customer, performer, cycle: quarter, body: { title: 'To leave' } });
    asked = await promiseIn('requested', { customer, performer, cycle: quarter, body: { title: 'Asked' } });
    satisfied = await promiseIn('satisfied', {
      customer,
      performer,
      cycle: quarter,
      body: { title: 'Done' },
    });
    for (const to of ['active', 'reviewing', 'closed']) {
      const moved = await customer.client.post(`/api/v1/cycles/${quarter.id}/transitions`, { to });
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    }
  });
  afterAll(() => t.close());

  const inboxOf = async (person: SignedIn) => (await person.client.get<Inbox>('/api/v1/inbox')).body;
  const kindsFor = (inbox: Inbox, promiseId: string) =>
    inbox.awaitingMe.filter((item) => item.promise.id === promiseId).map((item) => item.kind);
  const detail = async (person: SignedIn, id: string) =>
    (await person.client.get<PromiseDetail>(`/api/v1/promises/${id}`)).body;
  const message = (body: unknown) => (body as { error: { message: string } }).error.message;

  it('asks both sides of each unfinished promise, and nothing ordinary, in their inbox', async () => {
    for (const side of [customer, performer]) {
      const inbox = await inboxOf(side);
      for (const promise of [carried, ended, left, asked]) {
        expect(kindsFor(inbox, promise.id), promise.title).toEqual(['carry-over']);
      }
      expect(kindsFor(inbox, satisfied.id)).toEqual([]);
      expect(inbox.waitingOnOthers.filter((i) => i.promise.cycle.id === calendar.quarter.id)).toEqual([]);
    }
    expect((await inboxOf(bystander)).awaitingMe).toEqual([]);
    const seen = await detail(performer, asked.id);
    expect(seen.carryOver).toEqual({ isAsked: true, hasLeft: false });
    expect(seen.allowedMoves).toEqual(['end', 'comment']);
  });

  it('refuses to carry over until the next cycle on the horizon exists, and says to create it', async () => {
    const refused = await performer.client.post(`/api/v1/promises/${carried.id}/carry-over`);
    expect(refused.status).toBe(409);
    expect(message(refused.body)).toMatch(/no cycle after FY2027-Q1.*create/);
    nextQuarter = (
      await customer.client.post<Cycle>('/api/v1/cycles', {
        name: 'FY2027-Q2',
        horizonId: calendar.horizons.quarter,
        parentId: calendar.year.id,
        startDate: '2027-04-01',
        endDate: '2027-06-30',
      })
    ).body;
    expect(nextQuarter.id).toBeDefined();
  });

  it('refuses anyone but a side, and another organization cannot even see the promise', async () => {
    for (const url of [
      `/api/v1/promises/${carried.id}/carry-over`,
      `/api/v1/promises/${carried.id}/carry-over/leave`,
    ]) {
      expect((await bystander.client.post(url)).status).toBe(403);
      expect((await stranger.client.post(url)).status).toBe(404);
    }
    const end = { act: 'end', version: carried.version };
    expect((await bystander.client.post(`/api/v1/promises/${carried.id}/moves`, end)).status).toBe(403);
    expect((await stranger.client.post(`/api/v1/promises/${carried.id}/moves`, end)).status).toBe(404);
    expect((await detail(customer, carried.id)).carriedInto).toBeNull();
  });

  it('carries a promise into the next cycle with its terms, current values and tags, citing the old one', async () => {
    const response = await performer.client.post<PromiseDetail>(`/api/v1/promises/${carried.id}/carry-over`);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const fresh = response.body;
    expect(fresh.cycle).toEqual({ id: nextQuarter.id, name: 'FY2027-Q2' });
    expect(fresh).toMatchObject({
      title: 'Grow signups',
      status: 'offered',
      tags: ['growth'],
      dueDate: '2027-06-30',
      customer: { id: customer.personId },
      performers: [{ id: performer.personId }],
      carriedFrom: { id: carried.id, title: 'Grow signups', cycle: { id: calendar.quarter.id } },
      carriedInto: null,
    });
    expect(fresh.terms.conditions.map((c) => [c.text, c.keyResult])).toEqual(
      carried.terms.conditions.map((c, index) => [
        c.text,
        index === 0
          ? { ...c.keyResult, start: '40' }
          : index === 1
            ? { ...c.keyResult, start: '900.00' }
            : c.keyResult,
      ]),
    );

    const old = await detail(customer, carried.id);
    expect(old.carriedInto).toMatchObject({ id: fresh.id, cycle: { name: 'FY2027-Q2' } });
    expect(old.carryOver.isAsked).toBe(false);
    expect(old.allowedMoves).toEqual(['comment']);
    for (const side of [customer, performer]) expect(kindsFor(await inboxOf(side), carried.id)).toEqual([]);
    // The customer answers the carried offer like any other.
    expect(kindsFor(await inboxOf(customer), fresh.id)).toEqual(['offer']);

    const again = await customer.client.post(`/api/v1/promises/${carried.id}/carry-over`);
    expect(again.status).toBe(409);
    expect(message(again.body)).toMatch(/already carried into "Grow signups" in FY2027-Q2/);
    const endCarried = await customer.client.post(`/api/v1/promises/${carried.id}/moves`, {
      act: 'end',
      version: old.version,
    });
    expect(endCarried.status).toBe(409);

    const review = (await customer.client.get<CycleReview>(`/api/v1/cycles/${calendar.quarter.id}/review`))
      .body;
    expect(review.carriedOver).toEqual([
      {
        from: expect.objectContaining({
          id: carried.id,
          cycle: { id: calendar.quarter.id, name: 'FY2027-Q1' },
        }),
        into: expect.objectContaining({ id: fresh.id, cycle: { id: nextQuarter.id, name: 'FY2027-Q2' } }),
      },
    ]);
  });

  it('ends a promise by a move kept in its log, and it leaves both inboxes', async () => {
    const response = await customer.client.post<PromiseDetail>(`/api/v1/promises/${ended.id}/moves`, {
      act: 'end',
      version: ended.version,
      text: 'Dropped at the close',
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body.status).toBe('ended');
    expect(response.body.history.at(-1)).toMatchObject({ act: 'end', by: 'customer' });
    for (const side of [customer, performer]) expect(kindsFor(await inboxOf(side), ended.id)).toEqual([]);
    const carry = await performer.client.post(`/api/v1/promises/${ended.id}/carry-over`);
    expect(carry.status).toBe(409);
    expect(message(carry.body)).toMatch(/ended/);
  });

  it('leaves a promise as it is for the one who says so, and still asks the other side', async () => {
    const response = await performer.client.post(`/api/v1/promises/${left.id}/carry-over/leave`);
    expect(response.status).toBe(204);
    expect(kindsFor(await inboxOf(performer), left.id)).toEqual([]);
    expect(kindsFor(await inboxOf(customer), left.id)).toEqual(['carry-over']);
    expect((await detail(performer, left.id)).carryOver).toEqual({ isAsked: true, hasLeft: true });
    expect((await detail(performer, left.id)).status).toBe('promised');
  });

  it('carries a promise once when both sides carry it at the same moment', async () => {
    const url = `/api/v1/promises/${left.id}/carry-over`;
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, index) => (index % 2 ? customer : performer).client.post(url)),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, ...Array(9).fill(409)]);
    const review = (await customer.client.get<CycleReview>(`/api/v1/cycles/${calendar.quarter.id}/review`))
      .body;
    expect(review.carriedOver.filter((c) => c.from.id === left.id)).toHaveLength(1);
  });

  it('refuses carrying, ending and leaving a finished promise or one of an open cycle', async () => {
    const finished = await customer.client.post(`/api/v1/promises/${satisfied.id}/carry-over`);
    expect(finished.status).toBe(409);
    expect(message(finished.body)).toMatch(/satisfied/);
    const running = await promiseIn('promised', { customer, performer, cycle: nextQuarter });
    for (const response of [
      await performer.client.post(`/api/v1/promises/${running.id}/carry-over`),
      await performer.client.post(`/api/v1/promises/${running.id}/carry-over/leave`),
      await performer.client.post(`/api/v1/promises/${running.id}/moves`, {
        act: 'end',
        version: running.version,
      }),
    ]) {
      expect(response.status).toBe(409);
      expect(message(response.body)).toMatch(/FY2027-Q2 is not closed/);
    }
    expect((await detail(customer, running.id)).status).toBe('promised');
  });
});
