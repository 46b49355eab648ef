import { Webhook as StandardWebhook } from 'standardwebhooks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { NotificationList } from '../../contract/notifications.js';
import type { CreatedWebhook, Webhook, WebhookDelivery } from '../../contract/webhooks.js';
import { deliverDueWebhooks } from '../services/webhooks/delivery.js';
import { addMember, createCalendar, promiseIn, type SignedIn, signUpOwner } from '../test/factories.js';
import { createTestApp, type TestApp, testEngines } from '../test/harness.js';
import { type ReceivedRequest, type Receiver, startReceiver } from '../test/receiver.js';

interface Delivered {
  type: string;
  timestamp: string;
  data: Record<string, unknown>;
}

/** Verifies a received request as a receiver would, with the standardwebhooks library. */
function verified(secret: string, request: ReceivedRequest): Delivered {
  return new StandardWebhook(secret).verify(request.body, request.headers) as Delivered;
}

describe.each(testEngines())('webhooks on %s', (engine) => {
  let t: TestApp;
  let receiver: Receiver;
  beforeAll(async () => {
    t = await createTestApp(engine, { allowPrivateTargets: true });
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await receiver.close();
    await t.close();
  });
  afterEach(() => {
    t.clock.reset();
    receiver.answerWith(200);
  });

  async function organization() {
    const owner = await signUpOwner(t.app);
    const member = await addMember(t.app, owner, 'member');
    const calendar = await createCalendar(owner);
    return { owner, member, calendar };
  }

  async function subscribe(owner: SignedIn, eventTypes: string[], url = receiver.url) {
    const created = await owner.client.post<CreatedWebhook>('/api/v1/webhooks', { url, eventTypes });
    expect(created.status).toBe(201);
    return created.body;
  }

  const send = (owner: SignedIn) => deliverDueWebhooks(t.ctx, { organizationIds: [owner.organizationId] });
  const deliveriesOf = async (owner: SignedIn, id: string) =>
    (
      await owner.client.get<{ deliveries: WebhookDelivery[]; total: number }>(
        `/api/v1/webhooks/${id}/deliveries`,
      )
    ).body;
  const receivedFor = (id: string) => receiver.received.filter((r) => r.headers['webhook-id'] === id);

  it('signs each event as Standard Webhooks, sends it once, and logs the delivery', async () => {
    const { owner, member, calendar } = await organization();
    const { webhook, secret } = await subscribe(owner, [
      'promise.created',
      'promise.moved',
      'check_in.created',
    ]);
    expect(secret).toMatch(/^whsec_/);
    expect(webhook).toMatchObject({
      status: 'active',
      eventTypes: ['promise.created', 'promise.moved', 'check_in.created'],
    });

    const promise = await promiseIn('promised', {
      customer: owner,
      performer: member,
      cycle: calendar.quarter,
    });
    const before = receiver.received.length;
    expect(await send(owner)).toEqual({ delivered: 3, retried: 0, failed: 0 });
    const arrived = receiver.received.slice(before).map((request) => verified(secret, request));
    expect(arrived.map((event) => event.type)).toEqual(
      expect.arrayContaining(['promise.created', 'promise.moved', 'promise.moved']),
    );
    const moves = arrived.filter((event) => event.type === 'promise.moved').map((event) => event.data.act);
    expect(moves.sort()).toEqual(['promise', 'request']);
    expect(arrived.every((event) => (event.data.promise as { id: string }).id === promise.id)).toBe(true);

    // Sent once: the next pass has nothing to send.
    expect(await send(owner)).toEqual({ delivered: 0, retried: 0, failed: 0 });
    const log = await deliveriesOf(owner, webhook.id);
    expect(log.total).toBe(3);
    expect(
      log.deliveries.every((d) => d.status === 'delivered' && d.lastStatusCode === 200 && d.attempts === 1),
    ).toBe(true);
  });

  it('writes nothing to the outbox for a refused request, nor for an event nobody subscribed to', async () => {
    const { owner, member, calendar } = await organization();
    const { webhook } = await subscribe(owner, ['cycle.transitioned']);
    const promise = await promiseIn('requested', {
      customer: owner,
      performer: member,
      cycle: calendar.quarter,
    });
    // The customer cannot promise: a refused move, and no event.
    const refused = await owner.client.post(`/api/v1/promises/${promise.id}/moves`, {
      act: 'promise',
      version: promise.version,
    });
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect((await deliveriesOf(owner, webhook.id)).total).toBe(0);

    expect(
      (await owner.client.post(`/api/v1/cycles/${calendar.quarter.id}/transitions`, { to: 'active' })).status,
    ).toBe(200);
    const log = await deliveriesOf(owner, webhook.id);
    expect(log.deliveries.map((d) => [d.eventType, d.status])).toEqual([['cycle.transitioned', 'pending']]);
  });

  it('retries a failed delivery with backoff, with the same webhook-id, until it lands', async () => {
    const { owner, member, calendar } = await organization();
    const { webhook, secret } = await subscribe(owner, ['promise.created']);
    t.clock.set(new Date());
    await promiseIn('requested', { customer: owner, performer: member, cycle: calendar.quarter });
    receiver.answerWith(503);
    expect(await send(owner)).toEqual({ delivered: 0, retried: 1, failed: 0 });
    const [first] = (await deliveriesOf(owner, webhook.id)).deliveries;
    expect(first).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastStatusCode: 503,
      lastError: 'Answered 503',
    });
    expect(Date.parse(first!.nextAttemptAt!) - Date.parse(first!.lastAttemptAt!)).toBe(30_000);
    const webhookAfter = (await owner.client.get<{ webhooks: Webhook[] }>('/api/v1/webhooks')).body
      .webhooks[0];
    expect(webhookAfter?.status).toBe('failing');

    // Not before its time…
    t.clock.advance({ seconds: 10 });
    expect(await send(owner)).toEqual({ delivered: 0, retried: 0, failed: 0 });
    // …then again, and it lands.
    t.clock.advance({ seconds: 25 });
    receiver.answerWith(204);
    expect(await send(owner)).toEqual({ delivered: 1, retried: 0, failed: 0 });
    const attempts = receivedFor(first!.id);
    expect(attempts).toHaveLength(2);
    expect(attempts[0]?.body).toBe(attempts[1]?.body);
    expect(verified(secret, attempts[1]!).type).toBe('promise.created');
    const [landed] = (await deliveriesOf(owner, webhook.id)).deliveries;
    expect(landed).toMatchObject({ status: 'delivered', attempts: 2, lastStatusCode: 204 });
    expect(
      (await owner.client.get<{ webhooks: Webhook[] }>('/api/v1/webhooks')).body.webhooks[0]?.status,
    ).toBe('active');
  });

  it('gives up after three days, disables a subscription that keeps failing and tells the admins', async () => {
    const { owner, member, calendar } = await organization();
    const { webhook } = await subscribe(owner, ['promise.created']);
    const start = t.clock.set(new Date());
    await promiseIn('requested', { customer: owner, performer: member, cycle: calendar.quarter });
    receiver.answerWith(500);
    let passes = 0;
    while (t.clock.now().getTime() - start.getTime() < 4 * 86_400_000 && passes < 100) {
      await send(owner);
      t.clock.advance({ hours: 1 });
      passes += 1;
    }
    const [delivery] = (await deliveriesOf(owner, webhook.id)).deliveries;
    expect(delivery?.status).toBe('failed');
    expect(delivery?.attempts).toBeGreaterThanOrEqual(7);
    const [disabled] = (await owner.client.get<{ webhooks: Webhook[] }>('/api/v1/webhooks')).body.webhooks;
    expect(disabled).toMatchObject({
      status: 'disabled',
      disabledReason: 'Every delivery failed for three days',
    });
    const bell = await owner.client.get<NotificationList>('/api/v1/notifications');
    expect(bell.body.notifications.map((n) => n.kind)).toContain('webhook-disabled');

    // A disabled subscription is sent nothing new…
    await promiseIn('requested', { customer: owner, performer: member, cycle: calendar.quarter });
    expect((await deliveriesOf(owner, webhook.id)).total).toBe(1);
    expect(
      (await owner.client.post(`/api/v1/webhooks/${webhook.id}/deliveries/${delivery!.id}/redeliver`)).status,
    ).toBe(409);
    // …until an admin enables it again; then a redelivery goes with the same id.
    const enabled = await owner.client.patch<Webhook>(`/api/v1/webhooks/${webhook.id}`, { isEnabled: true });
    expect(enabled.body.status).toBe('active');
    receiver.answerWith(200);
    const redelivered = await owner.client.post<WebhookDelivery>(
      `/api/v1/webhooks/${webhook.id}/deliveries/${delivery!.id}/redeliver`,
    );
    expect(redelivered.status).toBe(202);
    expect(await send(owner)).toMatchObject({ delivered: 1 });
    expect(receivedFor(delivery!.id).at(-1)?.headers['webhook-id']).toBe(delivery!.id);
  });

  it('signs with the old and the new secret while a rotation overlaps', async () => {
    const { owner, member, calendar } = await organization();
    const { webhook, secret: oldSecret } = await subscribe(owner, ['promise.created']);
    const rotated = await owner.client.post<CreatedWebhook>(`/api/v1/webhooks/${webhook.id}/rotate-secret`);
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).not.toBe(oldSecret);
    expect(rotated.body.webhook.previousSecretValidUntil).not.toBeNull();
    await promiseIn('requested', { customer: owner, performer: member, cycle: calendar.quarter });
    await send(owner);
    const [delivery] = (await deliveriesOf(owner, webhook.id)).deliveries;
    const [request] = receivedFor(delivery!.id);
    expect(request?.headers['webhook-signature']?.split(' ')).toHaveLength(2);
    expect(verified(oldSecret, request!).type).toBe('promise.created');
    expect(verified(rotated.body.secret, request!).type).toBe('promise.created');
    expect(() =>
      new StandardWebhook(`whsec_${Buffer.from('not the secret').toString('base64')}`).verify(
        request!.body,
        request!.headers,
      ),
    ).toThrow();
  });

  it('sends each delivery once when several workers run at the same time', async () => {
    const { owner, member, calendar } = await organization();
    const { webhook } = await subscribe(owner, ['promise.created', 'promise.moved']);
    for (let i = 0; i < 6; i += 1) {
      await promiseIn('requested', { customer: owner, performer: member, cycle: calendar.quarter });
    }
    const passes = await Promise.all(
      Array.from({ length: 4 }, (_, i) =>
        deliverDueWebhooks(t.ctx, { organizationIds: [owner.organizationId], worker: `w${i}`, limit: 5 }),
      ),
    );
    const again = await send(owner);
    const delivered = passes.reduce((sum, pass) => sum + pass.delivered, again.delivered);
    const log = await deliveriesOf(owner, webhook.id);
    expect(log.total).toBe(12);
    expect(delivered).toBe(12);
    for (const delivery of log.deliveries) expect(receivedFor(delivery.id)).toHaveLength(1);
  });

  it('sends again after a worker died holding a delivery, with the same id', async () => {
    const { owner, member, calendar } = await organization();
    const { webhook } = await subscribe(owner, ['promise.created']);
    t.clock.set(new Date());
    await promiseIn('requested', { customer: owner, performer: member, cycle: calendar.quarter });
    // A worker leases it and dies before sending: its send never returns.
    const dead = deliverDueWebhooks(t.ctx, {
      organizationIds: [owner.organizationId],
      worker: 'dead',
      send: () => new Promise<Response>(() => {}),
    });
    void dead;
    await expect.poll(async () => (await deliveriesOf(owner, webhook.id)).total).toBe(1);
    await expect
      .poll(
        async () =>
          (
            await t.handle.db
              .selectFrom('webhook_deliveries')
              .select('leased_by')
              .where('subscription_id', '=', webhook.id)
              .executeTakeFirst()
          )?.leased_by,
      )
      .toBe('dead');
    // While its lease holds, nobody else sends it; once it runs out, another worker does.
    expect(await send(owner)).toMatchObject({ delivered: 0 });
    t.clock.advance({ minutes: 2 });
    expect(await send(owner)).toMatchObject({ delivered: 1 });
    const [delivery] = (await deliveriesOf(owner, webhook.id)).deliveries;
    expect(receivedFor(delivery!.id)).toHaveLength(1);
  });

  it('refuses private, loopback and link-local targets unless allowed, and non-http addresses', async () => {
    const strict = await createTestApp(engine, { allowPrivateTargets: false });
    try {
      const owner = await signUpOwner(strict.app);
      for (const url of [
        'http://127.0.0.1:9/hook',
        'http://10.1.2.3/hook',
        'http://169.254.169.254/latest/meta-data',
        'http://[::1]/hook',
        'http://[::ffff:127.0.0.1]/hook',
        'http://localhost/hook',
      ]) {
        const refused = await owner.client.post<{ error: { code: string; message: string } }>(
          '/api/v1/webhooks',
          {
            url,
            eventTypes: ['promise.created'],
          },
        );
        expect(refused.status, url).toBe(400);
        expect(refused.body.error.message).toContain('private, loopback or reserved');
      }
      const ftp = await owner.client.post('/api/v1/webhooks', {
        url: 'ftp://example.com/x',
        eventTypes: ['promise.created'],
      });
      expect(ftp.status).toBe(400);
      const listed = await owner.client.get<{ total: number }>('/api/v1/webhooks');
      expect(listed.body.total).toBe(0);
    } finally {
      await strict.close();
    }
  });

  it('posts people-facing events to Slack and Teams as their own messages, unsigned', async () => {
    const { owner, member, calendar } = await organization();
    const slack = (
      await owner.client.post<CreatedWebhook>('/api/v1/webhooks', {
        url: `${receiver.url}/slack`,
        format: 'slack',
        eventTypes: ['promise.moved', 'check_in.created'],
      })
    ).body.webhook;
    const teams = (
      await owner.client.post<CreatedWebhook>('/api/v1/webhooks', {
        url: `${receiver.url}/teams`,
        format: 'teams',
        eventTypes: ['promise.moved'],
      })
    ).body.webhook;
    expect([slack.format, teams.format]).toEqual(['slack', 'teams']);

    const promise = await promiseIn('promised', {
      customer: owner,
      performer: member,
      cycle: calendar.quarter,
      body: { title: 'Launch <the> beta' },
    });
    await member.client.post(`/api/v1/promises/${promise.id}/check-ins`, {
      values: [],
      confidence: 3,
      status: 'at-risk',
      note: '',
      blockers: '',
    });
    await send(owner);

    // The request was a move people do not act on: only "promised" and the at-risk check-in reach Slack.
    const [slackLog, teamsLog] = await Promise.all([
      deliveriesOf(owner, slack.id),
      deliveriesOf(owner, teams.id),
    ]);
    const slackBodies = slackLog.deliveries.map((d) => JSON.parse(receivedFor(d.id)[0]!.body));
    expect(slackBodies.map((body) => body.text).sort()).toEqual([
      '“Launch <the> beta” is at risk (confidence 3/10).',
      '“Launch <the> beta” was promised.',
    ]);
    const button = slackBodies[0].blocks[1].elements[0];
    expect(button).toMatchObject({ type: 'button', url: expect.stringMatching(`/promises/${promise.id}$`) });
    expect(receivedFor(slackLog.deliveries[0]!.id)[0]?.headers['webhook-signature']).toBeUndefined();

    expect(teamsLog.total).toBe(1);
    const card = JSON.parse(receivedFor(teamsLog.deliveries[0]!.id)[0]!.body);
    expect(card.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card.attachments[0].content.body[0].text).toBe('“Launch <the> beta” was promised.');
    expect(card.attachments[0].content.actions[0].url).toMatch(`/promises/${promise.id}`);
  });

  it('is for owners and admins of the organization only', async () => {
    const { owner, member } = await organization();
    const { webhook } = await subscribe(owner, ['promise.created']);
    expect((await member.client.get('/api/v1/webhooks')).status).toBe(403);
    expect(
      (await member.client.post('/api/v1/webhooks', { url: receiver.url, eventTypes: ['promise.created'] }))
        .status,
    ).toBe(403);
    const stranger = await signUpOwner(t.app);
    expect((await stranger.client.get(`/api/v1/webhooks/${webhook.id}/deliveries`)).status).toBe(404);
    expect((await stranger.client.delete(`/api/v1/webhooks/${webhook.id}`)).status).toBe(404);
    expect((await stranger.client.get<{ total: number }>('/api/v1/webhooks')).body.total).toBe(0);
    expect((await owner.client.delete(`/api/v1/webhooks/${webhook.id}`)).status).toBe(204);
    expect((await owner.client.get<{ total: number }>('/api/v1/webhooks')).body.total).toBe(0);
  });
});
