import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorResponse } from '../../contract/common.js';
import type { FindingList } from '../../contract/findings.js';
import type { Inbox } from '../../contract/inbox.js';
import type { NotificationList } from '../../contract/notifications.js';
import type { PromiseDetail, PromiseList } from '../../contract/promises.js';
import { remindReplies } from '../jobs/remind-replies.js';
import { trackFindings } from '../jobs/track-findings.js';
import { addMember, type Calendar, createCalendar, type SignedIn, signUpOwner } from '../test/factories.js';
import { createTestApp, type TestApp, testEngines } from '../test/harness.js';

/**
 * Reply-by dates (issue 11): an ask may say by when it wants its answer; the date is kept with the
 * move and shown to both sides, the awaited side is reminded the day before, and an ask left
 * unanswered past it is a finding until it is answered.
 */
const MONDAY = '2027-01-04T09:00:00.000Z';

describe.each(testEngines())('reply-by dates on %s', (engine) => {
  let t: TestApp;
  let customer: SignedIn;
  let performer: SignedIn;
  let calendar: Calendar;

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.clock.set(MONDAY);
    customer = await signUpOwner(t.app, 'asker');
    performer = await addMember(t.app, customer, 'member', 'asked');
    calendar = await createCalendar(customer);
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.set(MONDAY));

  const scope = () => ({ organizationIds: [customer.organizationId] });
  const ask = (title: string, extra: Record<string, unknown> = {}) =>
    customer.client.post<PromiseDetail & ErrorResponse>('/api/v1/promises', {
      cycleId: calendar.quarter.id,
      customer: { type: 'person', id: customer.personId },
      performers: [{ type: 'person', id: performer.personId }],
      title,
      dueDate: '2027-03-15',
      open: 'request',
      ...extra,
    });
  const reminders = async (who: SignedIn, promiseId: string) =>
    (await who.client.get<NotificationList>('/api/v1/notifications?limit=100')).body.notifications.filter(
      (n) => n.kind === 'reply-by-near' && n.promiseId === promiseId,
    );
  const unanswered = async (status: 'open' | 'resolved') =>
    (await customer.client.get<FindingList>(`/api/v1/findings?code=unanswered-ask&status=${status}`)).body
      .findings;

  it('keeps the date with the request, and shows it on the promise, in its history and in the inbox', async () => {
    const opened = await ask('Fraud scoring API', { replyBy: '2027-01-08' });
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ status: 'requested', replyBy: '2027-01-08' });
    expect(opened.body.history[0]).toMatchObject({ act: 'request', replyBy: '2027-01-08' });

    const inbox = (await performer.client.get<Inbox>('/api/v1/inbox')).body;
    expect(inbox.awaitingMe.find((item) => item.promise.id === opened.body.id)).toMatchObject({
      kind: 'request',
      replyBy: '2027-01-08',
    });
    const waiting = (await customer.client.get<Inbox>('/api/v1/inbox')).body;
    expect(waiting.waitingOnOthers.find((item) => item.promise.id === opened.body.id)?.replyBy).toBe(
      '2027-01-08',
    );

    // The answer clears it: nothing is asked any more.
    const promised = await performer.client.post<PromiseDetail>(`/api/v1/promises/${opened.body.id}/moves`, {
      act: 'promise',
      version: opened.body.version,
    });
    expect(promised.body).toMatchObject({ status: 'promised', replyBy: null });
  });

  it('refuses a date already gone, and a date on a move that answers, changing nothing', async () => {
    const late = await ask('Yesterday’s ask', { replyBy: '2027-01-03' });
    expect(late.status).toBe(400);
    expect(late.body.error.message).toMatch(/2027-01-03 has passed/);
    const listed = await customer.client.get<PromiseList>(`/api/v1/promises?cycleId=${calendar.quarter.id}`);
    expect(listed.body.promises.map((p) => p.title)).not.toContain('Yesterday’s ask');

    const drafted = await ask('A draft', { open: 'draft', replyBy: '2027-01-20' });
    expect(drafted.status).toBe(400);

    const opened = (await ask('Card vault')).body;
    const answer = await performer.client.post<ErrorResponse>(`/api/v1/promises/${opened.id}/moves`, {
      act: 'promise',
      version: opened.version,
      replyBy: '2027-01-20',
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toMatch(/opens a conversation/);
    const after = await customer.client.get<PromiseDetail>(`/api/v1/promises/${opened.id}`);
    expect(after.body).toMatchObject({ status: 'requested', version: opened.version });
  });

  it('lets a counter ask for its own answer by a date', async () => {
    const opened = (await ask('Chargeback tooling', { replyBy: '2027-01-10' })).body;
    const countered = await performer.client.post<PromiseDetail>(`/api/v1/promises/${opened.id}/moves`, {
      act: 'counter',
      version: opened.version,
      changes: { dueDate: '2027-03-31' },
      replyBy: '2027-01-12',
    });
    expect(countered.status).toBe(201);
    expect(countered.body).toMatchObject({
      status: 'countered',
      awaiting: 'customer',
      replyBy: '2027-01-12',
    });
  });

  it('reminds the awaited side once, the day before, and never once it is answered', async () => {
    const kept = (await ask('Payouts in euros', { replyBy: '2027-01-07' })).body;
    const answered = (await ask('Payouts in dollars', { replyBy: '2027-01-07' })).body;
    expect((await remindReplies(t.ctx, t.ctx.now(), scope())).reminded).toBe(0);

    t.clock.set('2027-01-05T12:00:00.000Z');
    await performer.client.post(`/api/v1/promises/${answered.id}/moves`, {
      act: 'promise',
      version: answered.version,
    });
    t.clock.set('2027-01-06T07:00:00.000Z');
    expect((await remindReplies(t.ctx, t.ctx.now(), scope())).reminded).toBe(1);
    expect((await remindReplies(t.ctx, t.ctx.now(), scope())).reminded).toBe(0);
    t.clock.set('2027-01-06T20:00:00.000Z');
    expect((await remindReplies(t.ctx, t.ctx.now(), scope())).reminded).toBe(0);

    const [reminder, ...more] = await reminders(performer, kept.id);
    expect(more).toEqual([]);
    expect(reminder?.title).toMatch(/Payouts in euros.*2027-01-07/);
    expect(await reminders(performer, answered.id)).toEqual([]);
    expect(await reminders(customer, kept.id)).toEqual([]);
  });

  it('finds an ask unanswered past its date, tells both sides once, and resolves it when answered', async () => {
    const opened = (await ask('Refund API', { replyBy: '2027-01-05' })).body;
    t.clock.set('2027-01-05T18:00:00.000Z');
    await trackFindings(t.ctx, t.ctx.now(), scope());
    expect((await unanswered('open')).filter((f) => f.promiseIds.includes(opened.id))).toEqual([]);

    t.clock.set('2027-01-06T09:00:00.000Z');
    await trackFindings(t.ctx, t.ctx.now(), scope());
    await trackFindings(t.ctx, t.ctx.now(), scope());
    const [finding] = (await unanswered('open')).filter((f) => f.promiseIds.includes(opened.id));
    expect(finding).toMatchObject({
      severity: 'problem',
      parties: {
        from: [{ type: 'person', id: customer.personId }],
        to: [{ type: 'person', id: performer.personId }],
      },
      suggestedMove: { act: 'answer', promiseId: opened.id },
    });
    expect(finding?.message).toMatch(/Refund API.*2027-01-05/);
    for (const side of [customer, performer]) {
      const told = (await side.client.get<NotificationList>('/api/v1/notifications?limit=100')).body
        .notifications;
      expect(told.filter((n) => n.kind === 'finding-opened' && n.promiseId === opened.id)).toHaveLength(1);
    }
    const inbox = (await performer.client.get<Inbox>('/api/v1/inbox')).body;
    expect(inbox.findings.map((f) => f.key)).toContain(finding?.key);

    await performer.client.post(`/api/v1/promises/${opened.id}/moves`, {
      act: 'promise',
      version: opened.version,
    });
    await trackFindings(t.ctx, t.ctx.now(), scope());
    expect((await unanswered('resolved')).map((f) => f.key)).toContain(finding?.key);
  });
});
