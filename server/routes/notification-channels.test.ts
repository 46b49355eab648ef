import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DigestPreview } from '../../contract/digest.js';
import type { NotificationChannel, NotificationPreferences, Unsubscribed } from '../../contract/email.js';
import type { NotificationList } from '../../contract/notifications.js';
import { sendDailySummaries } from '../jobs/send-daily-summaries.js';
import { sendWeeklyDigests } from '../jobs/send-weekly-digests.js';
import { deliverDueEmails } from '../services/email/delivery.js';
import {
  addMember,
  createCalendar,
  keptPromise,
  promiseIn,
  type SignedIn,
  signUpOwner,
} from '../test/factories.js';
import { createTestApp, type TestApp, testEngines } from '../test/harness.js';
import { type Mailbox, startMailbox } from '../test/mailbox.js';

describe.each(testEngines())('notification channels, the daily summary and the digest on %s', (engine) => {
  let t: TestApp;
  let mailbox: Mailbox;
  beforeAll(async () => {
    mailbox = await startMailbox();
    t = await createTestApp(engine, { smtpUrl: mailbox.url, mailFrom: 'Accord <accord@example.test>' });
  });
  afterEach(() => t.clock.reset());
  afterAll(async () => {
    await t.close();
    await mailbox.close();
  });

  const send = (owner: SignedIn) => deliverDueEmails(t.ctx, { organizationIds: [owner.organizationId] });
  const bell = async (person: SignedIn) =>
    (await person.client.get<NotificationList>('/api/v1/notifications')).body.notifications.map(
      (n) => n.title,
    );
  const choose = async (person: SignedIn, kind: string, channel: NotificationChannel) => {
    const chosen = await person.client.put<NotificationPreferences>('/api/v1/me/notification-preferences', {
      preferences: [{ kind, channel }],
    });
    expect(chosen.status).toBe(200);
  };
  const header = (message: Mailbox['messages'][number] | undefined, name: string) =>
    message?.headerLines.find((line) => line.key === name)?.line ?? '';

  /** The customer asks, the performer counters: the customer is told of the counter. */
  async function counterTo(channel: NotificationChannel) {
    const customer = await signUpOwner(t.app, 'customer');
    const performer = await addMember(t.app, customer, 'member', 'performer');
    const calendar = await createCalendar(customer);
    await choose(customer, 'counter-received', channel);
    const countered = await promiseIn('countered', { customer, performer, cycle: calendar.quarter });
    await send(customer);
    return { customer, performer, countered };
  }

  it.each([
    { channel: 'app', inBell: true, emailed: false },
    { channel: 'email', inBell: true, emailed: true },
    { channel: 'daily', inBell: true, emailed: false },
    { channel: 'off', inBell: false, emailed: false },
  ] as const)(
    'a counter chosen “$channel” reaches the bell: $inBell, an email at once: $emailed',
    async (c) => {
      const { customer, performer } = await counterTo(c.channel);
      const title = 'Counter-proposal on Ship the onboarding flow';
      expect((await bell(customer)).includes(title)).toBe(c.inBell);
      expect(mailbox.to(customer.email).some((m) => m.subject === title)).toBe(c.emailed);
      // The performer countered: they hear nothing of their own move.
      expect(await bell(performer)).not.toContain(title);
    },
  );

  it('refuses a weekly digest in the bell or a daily summary, and an unknown channel', async () => {
    const owner = await signUpOwner(t.app);
    for (const channel of ['app', 'daily', 'pigeon']) {
      const refused = await owner.client.put('/api/v1/me/notification-preferences', {
        preferences: [{ kind: 'weekly-digest', channel }],
      });
      expect(refused.status).toBe(400);
    }
    const preferences = await owner.client.get<NotificationPreferences>(
      '/api/v1/me/notification-preferences',
    );
    expect(preferences.body.preferences.find((p) => p.kind === 'weekly-digest')).toEqual({
      kind: 'weekly-digest',
      channel: 'email',
      isDefault: true,
    });
  });

  it('sends one daily summary per person at the set hour, none when empty, never twice', async () => {
    t.clock.set('2027-01-04T06:00:00Z');
    const customer = await signUpOwner(t.app, 'customer');
    const performer = await addMember(t.app, customer, 'member', 'performer');
    const calendar = await createCalendar(customer);
    const scope = { organizationIds: [customer.organizationId] };
    // Check-ins come to their customer in the daily summary by default.
    const { promise } = await keptPromise({
      customer,
      performer,
      cycle: calendar.quarter,
      checkIns: [{ status: 'on-track' }, { status: 'at-risk' }],
    });
    await send(customer);
    // The link that finished the customer's sign-up is the only email so far.
    const isSignUp = (m: { subject?: string | undefined }) => m.subject === 'Finish signing up for Accord';
    expect(mailbox.to(customer.email).filter((m) => !isSignUp(m))).toEqual([]);
    expect(await bell(customer)).toContain('At risk: check-in on Grow signups cheaply');

    expect(await sendDailySummaries(t.ctx, new Date('2027-01-04T07:50:00Z'), scope)).toEqual({
      summaries: 0,
    });
    expect(await sendDailySummaries(t.ctx, new Date('2027-01-04T08:05:00Z'), scope)).toEqual({
      summaries: 1,
    });
    expect(await sendDailySummaries(t.ctx, new Date('2027-01-04T08:15:00Z'), scope)).toEqual({
      summaries: 0,
    });
    t.clock.set('2027-01-04T08:20:00Z');
    await send(customer);
    const summaries = mailbox.to(customer.email).filter((m) => !isSignUp(m));
    expect(summaries.map((m) => m.subject)).toEqual(['Your Accord summary for 2027-01-04: 2 notifications']);
    const [summary] = summaries;
    expect(summary?.text).toContain('At risk: check-in on Grow signups cheaply');
    expect(summary?.html).toContain(`href="${t.ctx.config.publicUrl}/promises/${promise.id}"`);
    expect(header(summary, 'list-unsubscribe-post')).toBe(
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    );
    // The performer chose nothing daily and was told of nothing daily: no summary.
    expect(mailbox.to(performer.email).filter((m) => m.subject?.startsWith('Your Accord summary'))).toEqual(
      [],
    );

    // Nothing new the next day: no summary.
    expect(await sendDailySummaries(t.ctx, new Date('2027-01-05T08:05:00Z'), scope)).toEqual({
      summaries: 0,
    });

    // Unsubscribing from the summary sends what went into it to the bell only.
    const url = /<(http[^>]+)>/.exec(header(summary, 'list-unsubscribe'))?.[1];
    const response = await t.app.inject({ method: 'POST', url: new URL(url!).pathname });
    expect(response.json<Unsubscribed>()).toMatchObject({ kind: 'daily-summary', channel: 'app' });
    const preferences = await customer.client.get<NotificationPreferences>(
      '/api/v1/me/notification-preferences',
    );
    expect(preferences.body.preferences.find((p) => p.kind === 'check-in-posted')?.channel).toBe('app');
  });

  it('sends the weekly digest once to each member who did not turn it off, and previews it', async () => {
    t.clock.set('2027-01-11T07:00:00Z');
    const owner = await signUpOwner(t.app, 'owner');
    const performer = await addMember(t.app, owner, 'member', 'performer');
    const quiet = await addMember(t.app, owner, 'member', 'quiet');
    const calendar = await createCalendar(owner);
    await choose(quiet, 'weekly-digest', 'off');
    const { promise } = await keptPromise({
      customer: owner,
      performer,
      cycle: calendar.quarter,
      checkIns: [{ status: 'off-track', note: 'The vendor is late' }],
    });
    const scope = { organizationIds: [owner.organizationId] };

    const preview = await owner.client.get<DigestPreview>('/api/v1/digest/preview');
    expect(preview.status).toBe(200);
    expect(preview.body.isEmpty).toBe(false);
    expect(preview.body.text).toContain('Grow signups cheaply: off track');
    expect(preview.body.html).toContain(`/promises/${promise.id}`);
    expect((await performer.client.get('/api/v1/digest/preview')).status).toBe(403);

    // Monday before nine: not yet.
    expect(await sendWeeklyDigests(t.ctx, new Date('2027-01-11T08:30:00Z'), scope)).toEqual({ emails: 0 });
    expect(await sendWeeklyDigests(t.ctx, new Date('2027-01-11T09:05:00Z'), scope)).toEqual({ emails: 2 });
    expect(await sendWeeklyDigests(t.ctx, new Date('2027-01-11T09:15:00Z'), scope)).toEqual({ emails: 0 });
    expect(await sendWeeklyDigests(t.ctx, new Date('2027-01-13T10:00:00Z'), scope)).toEqual({ emails: 0 });
    t.clock.set('2027-01-11T09:20:00Z');
    await send(owner);
    for (const person of [owner, performer]) {
      const digests = mailbox.to(person.email).filter((m) => m.subject?.endsWith('the week in Accord'));
      expect(digests).toHaveLength(1);
      expect(digests[0]?.text).toContain('Grow signups cheaply: off track');
      expect(digests[0]?.html).toContain(`href="${t.ctx.config.publicUrl}/promises/${promise.id}"`);
    }
    expect(mailbox.to(quiet.email).filter((m) => m.subject?.endsWith('the week in Accord'))).toEqual([]);
  });

  it('answers the preview for an organization with nothing to tell', async () => {
    const owner = await signUpOwner(t.app);
    const preview = await owner.client.get<DigestPreview>('/api/v1/digest/preview');
    expect(preview.status).toBe(200);
    expect(preview.body.isEmpty).toBe(true);
    expect(preview.body.text).toContain('Nothing is at risk or off track.');
  });
});
