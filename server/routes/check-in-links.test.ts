import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CheckInLink } from '../../contract/check-in-links.js';
import type { CheckIn, Progress } from '../../contract/check-ins.js';
import type { NotificationList } from '../../contract/notifications.js';
import { remindCheckIns } from '../jobs/remind-check-ins.js';
import { deliverDueEmails } from '../services/email/delivery.js';
import {
  addMember,
  type Calendar,
  createCalendar,
  keptPromise,
  type SignedIn,
  signUpOwner,
} from '../test/factories.js';
import { Client, createTestApp, type TestApp, testEngines } from '../test/harness.js';
import { type Mailbox, startMailbox } from '../test/mailbox.js';

/** In the quarter (FY2027-Q1): sessions made now outlive the test's jumps of a few weeks. */
const TODAY = '2027-01-11T09:00:00.000Z';

describe.each(testEngines())('check-in reminders and links on %s', (engine) => {
  let t: TestApp;
  let mailbox: Mailbox;
  let customer: SignedIn;
  let performer: SignedIn;
  let calendar: Calendar;
  beforeAll(async () => {
    mailbox = await startMailbox();
    t = await createTestApp(engine, { smtpUrl: mailbox.url });
    t.clock.set(TODAY);
    customer = await signUpOwner(t.app, 'reminded-customer');
    performer = await addMember(t.app, customer, 'member', 'reminded-performer');
    calendar = await createCalendar(customer);
  });
  afterAll(async () => {
    await t.close();
    await mailbox.close();
  });
  afterEach(() => t.clock.set(TODAY));

  const scope = () => ({ organizationIds: [customer.organizationId] });
  const remind = () => remindCheckIns(t.ctx, t.ctx.now(), scope());
  const reminders = () =>
    mailbox.to(performer.email).filter((m) => m.subject?.startsWith('A check-in is due'));

  it('reminds the performer once per due check-in, by email with a link that checks in once', async () => {
    const { promise } = await keptPromise({ customer, performer, cycle: calendar.quarter });
    const progress = (await performer.client.get<Progress>(`/api/v1/promises/${promise.id}/progress`)).body;
    expect(progress.nextCheckInDue).not.toBeNull();

    // Not yet due: nothing. Within a day of it: one reminder, however often the job runs.
    expect((await remind()).reminded).toBe(0);
    t.clock.set(new Date(Date.parse(progress.nextCheckInDue!) - 3_600_000));
    expect((await remind()).reminded).toBe(1);
    expect((await remind()).reminded).toBe(0);
    const bell = await performer.client.get<NotificationList>('/api/v1/notifications');
    expect(bell.body.notifications[0]).toMatchObject({ kind: 'check-in-due', promiseId: promise.id });

    await deliverDueEmails(t.ctx, scope());
    const [email] = reminders();
    expect(email?.subject).toBe(`A check-in is due on ${promise.terms.title}`);
    const link = /Check in now: (\S+)/.exec(email?.text ?? '')?.[1];
    expect(link).toMatch(/\/check-in\/[A-Za-z0-9_-]+$/);
    const token = link!.split('/check-in/')[1]!;

    // Without signing in: what to check in on, and the check-in itself.
    const anonymous = new Client(t.app);
    const opened = await anonymous.get<CheckInLink>(`/api/v1/check-in-links/${token}`);
    expect(opened.status).toBe(200);
    expect(opened.body.promise.id).toBe(promise.id);
    expect(opened.body.progress.keyResults.length).toBeGreaterThan(0);
    const [first] = opened.body.progress.keyResults;
    const body = {
      values: first?.definition.kind === 'milestone' ? [{ conditionId: first.conditionId, done: true }] : [],
      confidence: 8,
      status: 'on-track',
      note: 'From the email',
    };
    const made = await anonymous.post<CheckIn>(`/api/v1/check-in-links/${token}`, body);
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ note: 'From the email', confidence: 8 });

    // Once only; and checked in, the promise owes no reminder for this due date.
    const again = await anonymous.post<{ error: { message: string } }>(
      `/api/v1/check-in-links/${token}`,
      body,
    );
    expect(again.status).toBe(404);
    expect(again.body.error.message).toContain('used or has expired');
    expect((await anonymous.get(`/api/v1/check-in-links/${token}`)).status).toBe(404);
    expect((await remind()).reminded).toBe(0);
  });

  it('lets two submissions of one link make one check-in', async () => {
    const { promise } = await keptPromise({ customer, performer, cycle: calendar.quarter });
    const progress = (await performer.client.get<Progress>(`/api/v1/promises/${promise.id}/progress`)).body;
    t.clock.set(new Date(Date.parse(progress.nextCheckInDue!) - 3_600_000));
    await remind();
    await deliverDueEmails(t.ctx, scope());
    // The newest reminder is this promise's: the first test's promise was checked in already.
    const token = /Check in now: \S+\/check-in\/(\S+)/.exec(reminders().at(-1)?.text ?? '')?.[1];
    expect(token).toBeDefined();
    const anonymous = new Client(t.app);
    const body = { values: [], confidence: 5, status: 'on-track', note: 'twice' };
    const answers = await Promise.all([
      anonymous.post(`/api/v1/check-in-links/${token}`, body),
      anonymous.post(`/api/v1/check-in-links/${token}`, body),
    ]);
    // One lands; the other finds the link used, whichever check it reaches first.
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.every((a) => [201, 404, 409].includes(a.status))).toBe(true);
    const checkIns = await customer.client.get<{ checkIns: CheckIn[] }>(
      `/api/v1/promises/${promise.id}/check-ins`,
    );
    expect(checkIns.body.checkIns.filter((c) => c.note === 'twice')).toHaveLength(1);
  });

  it('refuses an unknown or malformed link', async () => {
    const anonymous = new Client(t.app);
    expect((await anonymous.get(`/api/v1/check-in-links/${'z'.repeat(43)}`)).status).toBe(404);
    expect((await anonymous.get('/api/v1/check-in-links/not%20one')).status).toBe(400);
  });
});
