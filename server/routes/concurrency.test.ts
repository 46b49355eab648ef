import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cycle, Horizon } from '../../contract/cycles.js';
import type { PromiseDetail } from '../../contract/promises.js';
import { addMember, createCalendar, PASSWORD, promiseIn, signUpOwner } from '../test/factories.js';
import { Client, createTestApp, type TestApp, testEngines, unique } from '../test/harness.js';

/*
 * The invariants that a check alone cannot keep when requests race (issue 10), each raced for real:
 * on PostgreSQL the requests run on several connections at once; on SQLite the transactions queue.
 */
describe.each(testEngines())('invariants under concurrent requests on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  const statuses = (responses: Array<{ status: number }>) =>
    responses.map((r) => r.status).sort((a, b) => a - b);

  it('keeps every one of 50 comments made on one promise at once, each in its own place', async () => {
    const customer = await signUpOwner(t.app);
    const performer = await addMember(t.app, customer, 'member');
    const { quarter } = await createCalendar(customer);
    const promise = await promiseIn('promised', { customer, performer, cycle: quarter });
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        (i % 2 ? customer : performer).client.post(`/api/v1/promises/${promise.id}/moves`, {
          act: 'comment',
          version: promise.version,
          text: `comment ${i}`,
        }),
      ),
    );
    expect(statuses(responses)).toEqual(Array(50).fill(201));
    const after = (await customer.client.get<PromiseDetail>(`/api/v1/promises/${promise.id}`)).body;
    const comments = after.history.filter((move) => move.act === 'comment');
    expect(comments.map((c) => c.text).sort()).toEqual(
      Array.from({ length: 50 }, (_, i) => `comment ${i}`).sort(),
    );
    expect(after.history).toHaveLength(promise.history.length + 50);
  });

  it('lets one of two racing moves on a promise land and tells the other to reload', async () => {
    const customer = await signUpOwner(t.app);
    const performer = await addMember(t.app, customer, 'member');
    const { quarter } = await createCalendar(customer);
    const promise = await promiseIn('promised', { customer, performer, cycle: quarter });
    const responses = await Promise.all(
      Array.from({ length: 6 }, () =>
        performer.client.post(`/api/v1/promises/${promise.id}/moves`, {
          act: 'report-complete',
          version: promise.version,
          text: 'Done',
        }),
      ),
    );
    expect(statuses(responses)).toEqual([201, 409, 409, 409, 409, 409]);
    const after = (await customer.client.get<PromiseDetail>(`/api/v1/promises/${promise.id}`)).body;
    expect(after.history.filter((move) => move.act === 'report-complete')).toHaveLength(1);
  });

  it('creates one of 20 identical cycles created at once and refuses the rest', async () => {
    const owner = await signUpOwner(t.app);
    const { horizons } = await createCalendar(owner);
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        owner.client.post('/api/v1/cycles', {
          name: 'FY2031',
          horizonId: horizons['1y'],
          startDate: '2031-01-01',
          endDate: '2031-12-31',
        }),
      ),
    );
    expect(statuses(responses)).toEqual([201, ...Array(19).fill(409)]);
    const cycles = (await owner.client.get<{ cycles: Cycle[] }>('/api/v1/cycles')).body.cycles;
    expect(cycles.filter((c) => c.name === 'FY2031')).toHaveLength(1);
  });

  it('keeps two quarters apart when each is redated into the other at once, 20 times over', async () => {
    const owner = await signUpOwner(t.app);
    const { horizons, year } = await createCalendar(owner);
    const quarter = async (name: string, startDate: string, endDate: string) =>
      (
        await owner.client.post<Cycle>('/api/v1/cycles', {
          name,
          horizonId: horizons.quarter,
          parentId: year.id,
          startDate,
          endDate,
        })
      ).body;
    const q3 = await quarter('FY2027-Q3', '2027-07-01', '2027-07-31');
    const q4 = await quarter('FY2027-Q4', '2027-10-01', '2027-12-31');
    // Each redate alone fits; one of each kind overlap, from 1 to 15 September.
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        i % 2 === 0
          ? owner.client.patch(`/api/v1/cycles/${q3.id}`, { endDate: '2027-09-15' })
          : owner.client.patch(`/api/v1/cycles/${q4.id}`, { startDate: '2027-09-01' }),
      ),
    );
    expect(responses.every((r) => r.status === 200 || r.status === 409)).toBe(true);
    const cycles = (
      await owner.client.get<{ cycles: Cycle[] }>(`/api/v1/cycles?horizonId=${horizons.quarter}`)
    ).body.cycles;
    const [third, fourth] = [q3, q4].map((q) => cycles.find((c) => c.id === q.id)!);
    expect(third!.endDate < fourth!.startDate, `${third!.endDate} before ${fourth!.startDate}`).toBe(true);
    expect(statuses(responses).filter((s) => s === 200).length).toBeGreaterThan(0);
  });

  it('creates one of 20 horizons of one name created at once', async () => {
    const owner = await signUpOwner(t.app);
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        owner.client.post('/api/v1/horizons', { name: 'Six weeks', days: 42 }),
      ),
    );
    expect(statuses(responses).filter((s) => s === 201)).toHaveLength(1);
    expect(
      statuses(responses)
        .filter((s) => s !== 201)
        .every((s) => s === 400 || s === 409),
    ).toBe(true);
    const horizons = (await owner.client.get<{ horizons: Horizon[] }>('/api/v1/horizons')).body.horizons;
    expect(horizons.filter((h) => h.name === 'Six weeks')).toHaveLength(1);
  });

  it('always keeps an owner when two owners demote each other at once', async () => {
    for (let attempt = 0; attempt < 8; attempt++) {
      const first = await signUpOwner(t.app);
      const second = await addMember(t.app, first, 'owner');
      const responses = await Promise.all([
        first.client.patch(`/api/v1/members/${second.personId}`, { role: 'admin' }),
        second.client.patch(`/api/v1/members/${first.personId}`, { role: 'admin' }),
      ]);
      // One demotion lands; the other is judged after it: its author is no owner any more.
      expect(statuses(responses)).toEqual([200, 403]);
      const people = (await first.client.get<{ people: Array<{ role: string }> }>('/api/v1/people')).body;
      expect(people.people.filter((p) => p.role === 'owner')).toHaveLength(1);
    }
  });
});

describe.each(testEngines())('a new instance under concurrent first requests on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine, { signup: 'closed' }, { freshDatabase: true });
  });
  afterAll(() => t.close());

  it('with sign-up closed, makes one organization of 10 first sign-ups at once', async () => {
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        new Client(t.app).post('/api/v1/auth/signup', {
          organizationName: `First ${i}`,
          name: `Founder ${i}`,
          email: `${unique(`founder${i}`)}@example.com`,
          password: PASSWORD,
        }),
      ),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([201, ...Array(9).fill(403)]);
    const setup = (await new Client(t.app).get<{ needsSetup: boolean }>('/api/v1/setup')).body;
    expect(setup.needsSetup).toBe(false);
  });
});

describe.each(testEngines())('loading the demo on a new instance on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine, {}, { freshDatabase: true });
  });
  afterAll(() => t.close());

  it('starts one load of 5 asked for at once', async () => {
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => new Client(t.app).post<{ id: string }>('/api/v1/setup/demo', {})),
    );
    const started = responses.filter((r) => r.status === 202);
    expect(started).toHaveLength(1);
    expect(responses.filter((r) => r.status === 409)).toHaveLength(4);
  });
});
