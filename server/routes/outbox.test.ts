import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { OutboxItem, OutboxList } from '../../contract/outbox.js';
import type { CreatedWebhook } from '../../contract/webhooks.js';
import { deliverDueEmails } from '../services/email/delivery.js';
import { deliverDueWebhooks } from '../services/webhooks/delivery.js';
import { addMember, createCalendar, promiseIn, type SignedIn, signUpOwner } from '../test/factories.js';
import { createTestApp, type TestApp, testEngines, unique } from '../test/harness.js';
import { type Mailbox, startMailbox } from '../test/mailbox.js';
import { type Receiver, startReceiver } from '../test/receiver.js';

type Refusal = { error: { code: string; message: string } };

/** Issue 12: an admin sees the outbox's queue and failures, and sends a failed item again. */
describe.each(testEngines())('the outbox on the admin page on %s', (engine) => {
  let t: TestApp;
  let receiver: Receiver;
  let mailbox: Mailbox;
  beforeAll(async () => {
    receiver = await startReceiver();
    mailbox = await startMailbox();
    t = await createTestApp(engine, { allowPrivateTargets: true, smtpUrl: mailbox.url });
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
    await mailbox.close();
  });
  afterEach(() => {
    t.clock.reset();
    receiver.answerWith(200);
    mailbox.refuse(false);
  });

  const send = async (owner: SignedIn) => {
    const scope = { organizationIds: [owner.organizationId] };
    return { webhooks: await deliverDueWebhooks(t.ctx, scope), emails: await deliverDueEmails(t.ctx, scope) };
  };
  const outbox = async (owner: SignedIn, query = '') => {
    const listed = await owner.client.get<OutboxList>(`/api/v1/admin/outbox${query}`);
    expect(listed.status).toBe(200);
    return listed.body;
  };
  const invite = async (owner: SignedIn) => {
    const email = `${unique('invitee')}@example.com`;
    expect((await owner.client.post('/api/v1/invitations', { email, role: 'member' })).status).toBe(201);
    return email;
  };

  /** An organization with a webhook on promise.created and one promise made: one delivery queued, nothing else. */
  async function organizationWithDelivery() {
    const owner = await signUpOwner(t.app);
    const member = await addMember(t.app, owner, 'member');
    const calendar = await createCalendar(owner);
    const created = await owner.client.post<CreatedWebhook>('/api/v1/webhooks', {
      url: receiver.url,
      eventTypes: ['promise.created'],
    });
    expect(created.status).toBe(201);
    await promiseIn('promised', { customer: owner, performer: member, cycle: calendar.quarter });
    // The emails of the setup (the member's invitation, notifications) go; the delivery stays.
    await deliverDueEmails(t.ctx, { organizationIds: [owner.organizationId] });
    return { owner, member, webhook: created.body.webhook };
  }

  it('shows what waits, what is retried and what failed, by state and kind, and sends a failed item again', async () => {
    const { owner, webhook } = await organizationWithDelivery();
    const firstInvitee = await invite(owner);

    const waiting = await outbox(owner);
    expect(waiting.counts).toEqual({ waiting: 2, retrying: 0, failed: 0 });
    expect(waiting.items.map((item) => [item.kind, item.state, item.attempts])).toEqual(
      expect.arrayContaining([
        ['email', 'waiting', 0],
        ['webhook', 'waiting', 0],
      ]),
    );

    // The receiver and the SMTP server both fail: each item is retried later.
    receiver.answerWith(503);
    mailbox.refuse(true);
    expect(await send(owner)).toEqual({
      webhooks: { delivered: 0, retried: 1, failed: 0 },
      emails: { sent: 0, retried: 1, failed: 0 },
    });
    const retrying = await outbox(owner, '?state=retrying');
    expect(retrying.counts).toEqual({ waiting: 0, retrying: 2, failed: 0 });
    expect(retrying.total).toBe(2);
    const delivery = retrying.items.find((item) => item.kind === 'webhook');
    expect(delivery).toMatchObject({
      state: 'retrying',
      summary: 'promise.created',
      recipient: receiver.url,
      webhookId: webhook.id,
      attempts: 1,
      lastError: 'Answered 503',
      nextAttemptAt: expect.any(String),
    });
    expect(retrying.items.find((item) => item.kind === 'email')).toMatchObject({
      state: 'retrying',
      recipient: firstInvitee,
      summary: expect.stringMatching(/invites you/),
      attempts: 1,
      lastError: expect.stringMatching(/try again later/),
    });

    // Three days and more later, both are given up; the webhook is disabled and its admins told
    // (an email, which the refusing server leaves to retry); a new invitation waits meanwhile.
    t.clock.advance({ days: 4 });
    expect(await send(owner)).toEqual({
      webhooks: { delivered: 0, retried: 0, failed: 1 },
      emails: { sent: 0, retried: 1, failed: 1 },
    });
    const secondInvitee = await invite(owner);
    const all = await outbox(owner);
    expect(all.counts).toEqual({ waiting: 1, retrying: 1, failed: 2 });
    expect(all.items[0]).toMatchObject({ kind: 'email', state: 'waiting', recipient: secondInvitee });

    const failedDeliveries = await outbox(owner, '?state=failed&kind=webhook');
    expect(failedDeliveries.counts).toEqual({ waiting: 0, retrying: 0, failed: 1 });
    expect(failedDeliveries.items).toEqual([
      expect.objectContaining({ id: delivery?.id, state: 'failed', nextAttemptAt: null, attempts: 2 }),
    ]);
    const paged = await outbox(owner, '?limit=1&offset=1');
    expect(paged).toMatchObject({ total: 4, limit: 1, offset: 1 });
    expect(paged.items).toHaveLength(1);

    // Retry now: the delivery goes at the next pass, with its webhook-id; the email too.
    receiver.answerWith(200);
    mailbox.refuse(false);
    const disabled = await owner.client.post<Refusal>(`/api/v1/admin/outbox/webhook/${delivery?.id}/retry`);
    expect(disabled.status).toBe(409);
    expect((await owner.client.patch(`/api/v1/webhooks/${webhook.id}`, { isEnabled: true })).status).toBe(
      200,
    );
    const retried = await owner.client.post<OutboxItem>(`/api/v1/admin/outbox/webhook/${delivery?.id}/retry`);
    expect(retried.status).toBe(202);
    expect(retried.body).toMatchObject({
      id: delivery?.id,
      state: 'retrying',
      nextAttemptAt: expect.any(String),
    });
    const failedEmail = all.items.find((item) => item.kind === 'email' && item.state === 'failed');
    expect((await owner.client.post(`/api/v1/admin/outbox/email/${failedEmail?.id}/retry`)).status).toBe(202);
    const before = receiver.received.length;
    t.clock.advance({ minutes: 1 });
    expect(await send(owner)).toEqual({
      webhooks: { delivered: 1, retried: 0, failed: 0 },
      emails: { sent: 3, retried: 0, failed: 0 },
    });
    expect(receiver.received.slice(before).map((request) => request.headers['webhook-id'])).toEqual([
      delivery?.id,
    ]);
    expect(mailbox.to(firstInvitee)).toHaveLength(1);
    expect((await outbox(owner)).counts).toEqual({ waiting: 0, retrying: 0, failed: 0 });

    // Sent, it is no longer in the outbox.
    const again = await owner.client.post<Refusal>(`/api/v1/admin/outbox/webhook/${delivery?.id}/retry`);
    expect(again.status).toBe(404);
  });

  it('is for admins only, of their own organization', async () => {
    const { owner, member } = await organizationWithDelivery();
    const [item] = (await outbox(owner)).items;
    if (!item) throw new Error('nothing queued');

    expect((await member.client.get('/api/v1/admin/outbox')).status).toBe(403);
    expect((await member.client.post(`/api/v1/admin/outbox/webhook/${item.id}/retry`)).status).toBe(403);
    const admin = await addMember(t.app, owner, 'admin');
    // (Adding the admin queued its invitation too.)
    expect((await outbox(admin, '?kind=webhook')).items.map((listed) => listed.id)).toEqual([item.id]);

    const stranger = await signUpOwner(t.app, 'stranger');
    expect((await outbox(stranger)).items).toEqual([]);
    const theirs = await stranger.client.post<Refusal>(`/api/v1/admin/outbox/webhook/${item.id}/retry`);
    expect(theirs.status).toBe(404);
    expect(theirs.body.error.code).toBe('not_found');
    // An item of the other kind is not found under this one.
    expect((await owner.client.post(`/api/v1/admin/outbox/email/${item.id}/retry`)).status).toBe(404);
  });

  it('refuses a bad filter, a bad kind and sending to a disabled webhook', async () => {
    const { owner, webhook } = await organizationWithDelivery();
    const badState = await owner.client.get<Refusal>('/api/v1/admin/outbox?state=lost');
    expect(badState.status).toBe(400);
    expect(badState.body.error.message).toMatch(/state.*waiting, retrying, failed/);
    expect((await owner.client.get('/api/v1/admin/outbox?kind=fax')).status).toBe(400);
    expect((await owner.client.get('/api/v1/admin/outbox?limit=0')).status).toBe(400);
    expect((await owner.client.post('/api/v1/admin/outbox/fax/x/retry')).status).toBe(400);

    const [item] = (await outbox(owner, '?kind=webhook')).items;
    expect((await owner.client.patch(`/api/v1/webhooks/${webhook.id}`, { isEnabled: false })).status).toBe(
      200,
    );
    const refused = await owner.client.post<Refusal>(`/api/v1/admin/outbox/webhook/${item?.id}/retry`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/disabled/);
  });
});
