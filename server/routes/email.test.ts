import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotificationPreferences, Unsubscribed } from '../../contract/email.js';
import type { CreatedInvitation } from '../../contract/invitations.js';
import type { NotificationList } from '../../contract/notifications.js';
import { deliverDueEmails } from '../services/email/delivery.js';
import {
  addMember,
  createCalendar,
  PASSWORD,
  promiseIn,
  type SignedIn,
  signUpOwner,
} from '../test/factories.js';
import { Client, createTestApp, type TestApp, testEngines } from '../test/harness.js';
import { type Mailbox, startMailbox } from '../test/mailbox.js';
import { signUpOwner as signUpOwnerDirectly } from '../test/service-factories.js';

describe.each(testEngines())('email on %s', (engine) => {
  let t: TestApp;
  let mailbox: Mailbox;
  beforeAll(async () => {
    mailbox = await startMailbox();
    t = await createTestApp(engine, { smtpUrl: mailbox.url, mailFrom: 'Accord <accord@example.test>' });
  });
  afterAll(async () => {
    await t.close();
    await mailbox.close();
  });

  const send = (owner: SignedIn) => deliverDueEmails(t.ctx, { organizationIds: [owner.organizationId] });
  /** What reached `person` other than the invitation that brought them in. */
  const asks = (person: SignedIn) =>
    mailbox.to(person.email).filter((m) => m.subject?.startsWith('Asked of you'));
  const bell = async (person: SignedIn) =>
    (await person.client.get<NotificationList>('/api/v1/notifications')).body.notifications;

  it('emails an invitation with its link, as text and HTML, and the link lets the person join', async () => {
    const owner = await signUpOwner(t.app);
    const email = `invitee-${Date.now()}@example.test`;
    const invited = await owner.client.post<CreatedInvitation>('/api/v1/invitations', {
      email,
      role: 'member',
    });
    expect(invited.status).toBe(201);
    expect(invited.body.emailed).toBe(true);
    expect(await send(owner)).toEqual({ sent: 1, retried: 0, failed: 0 });

    const [message] = mailbox.to(email);
    expect(message?.subject).toBe(`owner person invites you to ${owner.me.organization!.name} on Accord`);
    expect(message?.from?.value[0]).toMatchObject({ name: 'Accord', address: 'accord@example.test' });
    expect(message?.text).toContain(invited.body.link);
    expect(message?.html).toContain(`href="${invited.body.link}"`);
    // An invitation is not a notification one can unsubscribe from.
    expect(message?.headerLines.some((line) => line.key === 'list-unsubscribe')).toBe(false);

    const token = invited.body.link.split('/invite/')[1];
    const joined = await new Client(t.app).post('/api/v1/invitations/accept', {
      token,
      name: 'Invited Person',
      password: 'a long enough passphrase',
    });
    expect(joined.status).toBe(200);
  });

  it('emails an ask to the performer, with one-click unsubscribe that keeps the bell', async () => {
    const owner = await signUpOwner(t.app);
    const member = await addMember(t.app, owner, 'member');
    const calendar = await createCalendar(owner);
    await promiseIn('requested', { customer: owner, performer: member, cycle: calendar.quarter });
    await send(owner);

    const [ask] = asks(member);
    expect(ask?.subject).toBe('Asked of you: Ship the onboarding flow');
    expect(ask?.text).toMatch(/Open the promise: http:\/\/\S+\/promises\//);
    const header = (name: string) => ask?.headerLines.find((line) => line.key === name)?.line ?? '';
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    const url = /^List-Unsubscribe:\s*<(http[^>]+)>$/.exec(header('list-unsubscribe'))?.[1];
    expect(url).toMatch(/\/api\/v1\/unsubscribe\/[A-Za-z0-9_-]+$/);

    // What a mail client sends for RFC 8058: a form POST, no cookie, no sign-in.
    const response = await t.app.inject({
      method: 'POST',
      url: new URL(url!).pathname,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json<Unsubscribed>()).toMatchObject({ kind: 'ask-received', channel: 'app' });

    const preferences = await member.client.get<NotificationPreferences>(
      '/api/v1/me/notification-preferences',
    );
    expect(preferences.body.emailEnabled).toBe(true);
    expect(preferences.body.preferences.find((p) => p.kind === 'ask-received')).toEqual({
      kind: 'ask-received',
      channel: 'app',
      isDefault: false,
    });

    // The next ask is in the bell, and in no email.
    await promiseIn('requested', {
      customer: owner,
      performer: member,
      cycle: calendar.quarter,
      body: { title: 'Another ask' },
    });
    await send(owner);
    expect(asks(member).map((m) => m.subject)).toEqual(['Asked of you: Ship the onboarding flow']);
    expect((await bell(member)).map((n) => n.title)).toContain('Asked of you: Another ask');
  });

  it('follows each person’s choice per kind: email, the bell only, or nothing', async () => {
    const owner = await signUpOwner(t.app);
    const member = await addMember(t.app, owner, 'member');
    const calendar = await createCalendar(owner);
    const chosen = await member.client.put<NotificationPreferences>('/api/v1/me/notification-preferences', {
      preferences: [{ kind: 'ask-received', channel: 'off' }],
    });
    expect(chosen.status).toBe(200);
    await promiseIn('requested', { customer: owner, performer: member, cycle: calendar.quarter });
    await send(owner);
    expect(asks(member)).toEqual([]);
    expect(await bell(member)).toEqual([]);

    const refused = await member.client.put('/api/v1/me/notification-preferences', {
      preferences: [{ kind: 'ask-received', channel: 'pigeon' }],
    });
    expect(refused.status).toBe(400);
    const twice = await member.client.put('/api/v1/me/notification-preferences', {
      preferences: [
        { kind: 'ask-received', channel: 'app' },
        { kind: 'ask-received', channel: 'email' },
      ],
    });
    expect(twice.status).toBe(400);
  });

  it('retries when the mail server cannot be reached, and refuses unknown unsubscribe links', async () => {
    const owner = await signUpOwner(t.app);
    const unreachable = await createTestApp(engine, { smtpUrl: 'smtp://127.0.0.1:9' });
    try {
      // No link could reach a sign-up here: the owner is made as the services make one, then signs in.
      const owner = await signUpOwnerDirectly(unreachable.ctx, 'stranded');
      const stranded = { client: new Client(unreachable.app), organizationId: owner.organizationId };
      await stranded.client.post('/api/v1/auth/login', { email: owner.email, password: PASSWORD });
      await stranded.client.post('/api/v1/invitations', { email: 'nobody@example.test', role: 'member' });
      expect(await deliverDueEmails(unreachable.ctx, { organizationIds: [stranded.organizationId] })).toEqual(
        {
          sent: 0,
          retried: 1,
          failed: 0,
        },
      );
    } finally {
      await unreachable.close();
    }
    const anonymous = new Client(t.app);
    expect((await anonymous.post(`/api/v1/unsubscribe/${'x'.repeat(43)}`)).status).toBe(404);
    expect((await anonymous.post('/api/v1/unsubscribe/bad%20token')).status).toBe(400);
    expect(
      (await owner.client.get<NotificationPreferences>('/api/v1/me/notification-preferences')).status,
    ).toBe(200);
  });
});

describe.each(testEngines())('email turned off on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  it('still shows the invitation link, says email is off, and writes no email', async () => {
    const owner = await signUpOwner(t.app);
    const invited = await owner.client.post<CreatedInvitation>('/api/v1/invitations', {
      email: 'off@example.test',
      role: 'member',
    });
    expect(invited.body).toMatchObject({ emailed: false });
    expect(invited.body.link).toMatch(/\/invite\//);
    const preferences = await owner.client.get<NotificationPreferences>(
      '/api/v1/me/notification-preferences',
    );
    expect(preferences.body.emailEnabled).toBe(false);
    const queued = await t.handle.db
      .selectFrom('email_outbox')
      .select('id')
      .where('organization_id', '=', owner.organizationId)
      .execute();
    expect(queued).toEqual([]);
  });
});
