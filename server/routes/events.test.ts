import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiToken } from '../../contract/tokens.js';
import { openEventStream } from '../test/event-stream.js';
import { addMember, type Calendar, createCalendar, type SignedIn, signUpOwner } from '../test/factories.js';
import { createTestApp, type TestApp, testEngines } from '../test/harness.js';

describe.each(testEngines())('live events (server-sent) on %s', (engine) => {
  let t: TestApp;
  let base: string;
  let customer: SignedIn;
  let performer: SignedIn;
  let bystander: SignedIn;
  let stranger: SignedIn;
  let calendar: Calendar;

  beforeAll(async () => {
    t = await createTestApp(engine);
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    customer = await signUpOwner(t.app, 'customer');
    performer = await addMember(t.app, customer, 'member', 'performer');
    bystander = await addMember(t.app, customer, 'member', 'bystander');
    stranger = await signUpOwner(t.app, 'stranger');
    calendar = await createCalendar(customer);
  });
  afterAll(() => t.close());

  /** Scripts and tests subscribe with an API token; the web app with its session cookie. */
  async function subscribe(person: SignedIn, headers: Record<string, string> = {}) {
    const made = await person.client.post<{ token: ApiToken; secret: string }>('/api/v1/tokens', {
      name: 'events',
    });
    return openEventStream(`${base}/api/v1/events`, {
      authorization: `Bearer ${made.body.secret}`,
      ...headers,
    });
  }

  const open = async (by: SignedIn, how: 'request' | 'draft') => {
    const response = await by.client.post<{ id: string; version: number }>('/api/v1/promises', {
      cycleId: calendar.quarter.id,
      customer: { type: 'person', id: customer.personId },
      performers: [{ type: 'person', id: performer.personId }],
      title: `Live ${how}`,
      conditions: [{ text: 'Done' }],
      dueDate: '2027-03-15',
      open: how,
    });
    expect(response.status).toBe(201);
    return response.body;
  };

  it('tells each member of the moves they can see and of their own new notifications', async () => {
    const [ofBystander, ofPerformer] = await Promise.all([subscribe(bystander), subscribe(performer)]);
    const requested = await open(customer, 'request');
    // The ask reaches the performer's bell; everyone may see the request itself.
    expect(await ofBystander.next()).toEqual({ kind: 'promise-moved', promiseId: requested.id });
    expect(await ofPerformer.next()).toEqual({ kind: 'promise-moved', promiseId: requested.id });
    expect(await ofPerformer.next()).toEqual({ kind: 'notifications-created' });

    const moved = await performer.client.post(`/api/v1/promises/${requested.id}/moves`, {
      act: 'promise',
      version: requested.version,
    });
    expect(moved.status).toBe(201);
    // The bystander hears of the move, and was told nothing of the performer's notification.
    expect(await ofBystander.next()).toEqual({ kind: 'promise-moved', promiseId: requested.id });
    ofBystander.close();
    ofPerformer.close();
  });

  it("never tells of a draft to whoever may not see it, nor of another organization's changes", async () => {
    const [ofBystander, ofStranger, ofPerformer] = await Promise.all([
      subscribe(bystander),
      subscribe(stranger),
      subscribe(performer),
    ]);
    const draft = await open(customer, 'draft');
    // A change to the draft (its side's revisions) and then one to a promise everyone sees: the
    // first event the bystander and the stranger get is the second, as events keep their order.
    t.ctx.changes.publish({
      kind: 'promise-moved',
      organizationId: customer.organizationId,
      promiseId: draft.id,
    });
    t.ctx.changes.publish({
      kind: 'notifications-created',
      organizationId: customer.organizationId,
      personIds: [performer.personId],
    });
    const requested = await open(customer, 'request');
    expect(await ofBystander.next()).toEqual({ kind: 'promise-moved', promiseId: requested.id });
    expect(await ofPerformer.next()).toEqual({ kind: 'notifications-created' });
    t.ctx.changes.publish({
      kind: 'notifications-created',
      organizationId: stranger.organizationId,
      personIds: null,
    });
    expect(await ofStranger.next()).toEqual({ kind: 'notifications-created' });
    for (const stream of [ofBystander, ofStranger, ofPerformer]) stream.close();
  });

  it('streams uncompressed and untagged, as text/event-stream, to members only', async () => {
    const stream = await subscribe(bystander, { 'accept-encoding': 'br, gzip' });
    expect(stream.status).toBe(200);
    expect(stream.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(stream.headers['content-encoding']).toBeUndefined();
    expect(stream.headers.etag).toBeUndefined();
    stream.close();
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/events' });
    expect(anonymous.statusCode).toBe(401);
  });

  it('tells a member whose membership changed to refresh, and ends their stream', async () => {
    const leaver = await addMember(t.app, customer, 'member', 'leaver');
    const made = await leaver.client.post<{ secret: string }>('/api/v1/tokens', { name: 'events' });
    const headers = { authorization: `Bearer ${made.body.secret}` };
    const stream = await openEventStream(`${base}/api/v1/events`, headers);
    expect((await customer.client.delete(`/api/v1/members/${leaver.personId}`)).status).toBe(204);
    expect(await stream.next()).toEqual({ kind: 'resync' });
    await stream.ended;
    // Coming back, as EventSource does by itself, they are refused: they are no member any more.
    const again = await openEventStream(`${base}/api/v1/events`, headers);
    expect(again.status).toBe(401);
  });

  it('ends the streams when the server closes', async () => {
    const other = await createTestApp(engine);
    const address = await other.app.listen({ port: 0, host: '127.0.0.1' });
    const owner = await signUpOwner(other.app);
    const made = await owner.client.post<{ secret: string }>('/api/v1/tokens', { name: 'events' });
    const stream = await openEventStream(`${address}/api/v1/events`, {
      authorization: `Bearer ${made.body.secret}`,
    });
    await other.close();
    await stream.ended;
    await expect(stream.next()).rejects.toThrow('the stream ended');
  });
});
