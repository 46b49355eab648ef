import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { OrganizationSettings } from '../../contract/organization-settings.js';
import { sendDailySummaries } from '../jobs/send-daily-summaries.js';
import { sendWeeklyDigests } from '../jobs/send-weekly-digests.js';
import { deliverDueEmails } from '../services/email/delivery.js';
import { addMember, createCalendar, keptPromise, type SignedIn, signUpOwner } from '../test/factories.js';
import { createTestApp, type TestApp, testEngines } from '../test/harness.js';
import { type Mailbox, startMailbox } from '../test/mailbox.js';

describe.each(testEngines())('organization time zones on %s', (engine) => {
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

  const setTimeZone = async (owner: SignedIn, timeZone: string) => {
    const changed = await owner.client.patch<OrganizationSettings>('/api/v1/settings/organization', {
      timeZone,
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toEqual({ timeZone });
  };
  const summariesAt = async (owner: SignedIn, instant: string) =>
    (await sendDailySummaries(t.ctx, new Date(instant), { organizationIds: [owner.organizationId] }))
      .summaries;
  const digestsAt = async (owner: SignedIn, instant: string) =>
    (await sendWeeklyDigests(t.ctx, new Date(instant), { organizationIds: [owner.organizationId] })).emails;
  const subjectsTo = async (owner: SignedIn, at: string, starting: string) => {
    t.clock.set(at);
    await deliverDueEmails(t.ctx, { organizationIds: [owner.organizationId] });
    return mailbox
      .to(owner.email)
      .map((m) => m.subject ?? '')
      .filter((subject) => subject.startsWith(starting));
  };

  /** An organization in `timeZone` whose owner is told of one check-in in their daily summary. */
  async function organizationIn(timeZone: string, name: string) {
    const customer = await signUpOwner(t.app, name);
    await setTimeZone(customer, timeZone);
    const performer = await addMember(t.app, customer, 'member', `${name}-performer`);
    const calendar = await createCalendar(customer);
    const kept = await keptPromise({
      customer,
      performer,
      cycle: calendar.quarter,
      checkIns: [{ status: 'off-track', note: 'The vendor is late' }],
    });
    return { customer, performer, calendar, promise: kept.promise };
  }

  it('starts every organization on UTC; owners and admins change it, an unknown zone is refused', async () => {
    const owner = await signUpOwner(t.app, 'zones');
    const member = await addMember(t.app, owner, 'member', 'zones-member');
    const admin = await addMember(t.app, owner, 'admin', 'zones-admin');
    const read = await member.client.get<OrganizationSettings>('/api/v1/settings/organization');
    expect(read.status).toBe(200);
    expect(read.body).toEqual({ timeZone: 'UTC' });

    for (const timeZone of ['Mars/Olympus_Mons', '', 'utc', 42, null]) {
      const refused = await owner.client.patch<{ error: { message: string } }>(
        '/api/v1/settings/organization',
        {
          timeZone,
        },
      );
      expect(refused.status).toBe(400);
      expect(refused.body.error.message).toContain('timeZone');
    }
    expect(
      (await member.client.patch('/api/v1/settings/organization', { timeZone: 'Europe/Paris' })).status,
    ).toBe(403);
    await setTimeZone(admin, 'Europe/Paris');
    // Nothing sent keeps what is there.
    expect(
      (await owner.client.patch<OrganizationSettings>('/api/v1/settings/organization', {})).body,
    ).toEqual({
      timeZone: 'Europe/Paris',
    });
    // IANA's newer names are taken though the runtime's list has the older ones (Asia/Calcutta).
    await setTimeZone(owner, 'Asia/Kolkata');
    // Another organization is not moved.
    const other = await signUpOwner(t.app, 'zones-other');
    expect((await other.client.get<OrganizationSettings>('/api/v1/settings/organization')).body).toEqual({
      timeZone: 'UTC',
    });
  });

  it('sends the daily summary at 08:00 in Auckland and in Los Angeles, not at UTC’s 08:00', async () => {
    t.clock.set('2027-01-04T06:00:00Z');
    const auckland = await organizationIn('Pacific/Auckland', 'auckland');
    const losAngeles = await organizationIn('America/Los_Angeles', 'los-angeles');

    // 08:05 UTC: 21:05 on the 4th in Auckland (its 8 o'clock came before the check-in), 00:05 in LA.
    expect(await summariesAt(auckland.customer, '2027-01-04T08:05:00Z')).toBe(0);
    expect(await summariesAt(losAngeles.customer, '2027-01-04T08:05:00Z')).toBe(0);
    // Los Angeles: 07:55, then 08:05 (PST, UTC-8).
    expect(await summariesAt(losAngeles.customer, '2027-01-04T15:55:00Z')).toBe(0);
    expect(await summariesAt(losAngeles.customer, '2027-01-04T16:05:00Z')).toBe(1);
    expect(await summariesAt(losAngeles.customer, '2027-01-04T16:15:00Z')).toBe(0);
    // Auckland: 07:55, then 08:05 on the 5th (NZDT, UTC+13).
    expect(await summariesAt(auckland.customer, '2027-01-04T18:55:00Z')).toBe(0);
    expect(await summariesAt(auckland.customer, '2027-01-04T19:05:00Z')).toBe(1);

    // Each summary names its organization's own day.
    expect(await subjectsTo(losAngeles.customer, '2027-01-04T19:10:00Z', 'Your Accord summary')).toEqual([
      'Your Accord summary for 2027-01-04: 1 notification',
    ]);
    expect(await subjectsTo(auckland.customer, '2027-01-04T19:10:00Z', 'Your Accord summary')).toEqual([
      'Your Accord summary for 2027-01-05: 1 notification',
    ]);
  });

  it('cuts the summary at 08:00 local on the day Los Angeles moves its clocks forward', async () => {
    // 14 March 2027: at 02:00 PST the clocks go to 03:00 PDT, so 08:00 is 15:00 UTC, not 16:00.
    t.clock.set('2027-03-14T14:30:00Z');
    const { customer, performer, calendar } = await organizationIn('America/Los_Angeles', 'dst');
    t.clock.set('2027-03-14T15:02:00Z');
    await keptPromise({ customer, performer, cycle: calendar.quarter, checkIns: [{ status: 'at-risk' }] });

    expect(await summariesAt(customer, '2027-03-14T14:55:00Z')).toBe(0);
    expect(await summariesAt(customer, '2027-03-14T15:05:00Z')).toBe(1);
    // The check-in at 08:02 PDT waits for the next day's summary.
    expect(await summariesAt(customer, '2027-03-15T14:55:00Z')).toBe(0);
    expect(await summariesAt(customer, '2027-03-15T15:05:00Z')).toBe(1);
    expect(await subjectsTo(customer, '2027-03-15T15:10:00Z', 'Your Accord summary')).toEqual([
      'Your Accord summary for 2027-03-14: 1 notification',
      'Your Accord summary for 2027-03-15: 1 notification',
    ]);
  });

  it('sends the weekly digest on Monday at 09:00 in each organization’s zone, with its dates', async () => {
    // Sunday 10 January, 07:00 UTC: Sunday 20:00 in Auckland, Saturday 23:00 in Los Angeles.
    t.clock.set('2027-01-10T07:00:00Z');
    const auckland = await organizationIn('Pacific/Auckland', 'digest-auckland');
    const losAngeles = await organizationIn('America/Los_Angeles', 'digest-los-angeles');

    // Monday 09:00 in Auckland is Sunday 20:00 UTC.
    expect(await digestsAt(auckland.customer, '2027-01-10T19:55:00Z')).toBe(0);
    expect(await digestsAt(auckland.customer, '2027-01-10T20:05:00Z')).toBe(2);
    // UTC's Monday 09:00 is 01:00 in Los Angeles; its own is 17:00 UTC.
    expect(await digestsAt(losAngeles.customer, '2027-01-11T09:05:00Z')).toBe(0);
    expect(await digestsAt(losAngeles.customer, '2027-01-11T16:55:00Z')).toBe(0);
    expect(await digestsAt(losAngeles.customer, '2027-01-11T17:05:00Z')).toBe(2);

    t.clock.set('2027-01-11T17:10:00Z');
    await deliverDueEmails(t.ctx, { organizationIds: [auckland.customer.organizationId] });
    await deliverDueEmails(t.ctx, { organizationIds: [losAngeles.customer.organizationId] });
    const digestOf = (owner: SignedIn) =>
      mailbox.to(owner.email).find((m) => m.subject?.endsWith('the week in Accord'))?.text ?? '';
    // A week before 20:05 UTC on the 10th is the 3rd in UTC but the 4th in Auckland.
    expect(digestOf(auckland.customer)).toContain('moved since 2027-01-04:');
    // A week before 17:05 UTC on the 11th is the 4th, 09:05 in Los Angeles.
    expect(digestOf(losAngeles.customer)).toContain('moved since 2027-01-04:');
  });
});
