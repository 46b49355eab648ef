import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Me } from '../../contract/auth.js';
import type { Person } from '../../contract/people.js';

type PersonList = { people: Person[] };

import type { PromiseDetail } from '../../contract/promises.js';
import type { SessionList } from '../../contract/sessions.js';
import { deliverDueEmails } from '../services/email/delivery.js';
import {
  addMember,
  createCalendar,
  PASSWORD,
  promiseIn,
  type SignedIn,
  signUpOwner,
} from '../test/factories.js';
import { Client, createTestApp, type TestApp, testEngines, unique } from '../test/harness.js';
import { type Mailbox, startMailbox } from '../test/mailbox.js';

const NEW_PASSWORD = 'a quiet lighthouse keeper';

type Refusal = { error: { code: string; message: string; details?: { issues: { path: string }[] } } };

describe.each(testEngines())('accounts people manage themselves on %s', (engine) => {
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

  /** Sends what the outbox holds for `person`'s organization, and answers the link in their newest email. */
  async function linkEmailedTo(address: string, organizationId: string, page: string): Promise<string> {
    await deliverDueEmails(t.ctx, { organizationIds: [organizationId] });
    const messages = mailbox.to(address);
    const text = messages.at(-1)?.text ?? '';
    const match = new RegExp(`/${page}/([A-Za-z0-9_-]+)`).exec(text);
    if (!match?.[1]) throw new Error(`no ${page} link reached ${address}`);
    return match[1];
  }

  const signIn = (email: string, password: string) =>
    new Client(t.app).post<Me>('/api/v1/auth/login', { email, password });

  async function signedInAgain(person: SignedIn) {
    const client = new Client(t.app);
    expect(
      (await client.post('/api/v1/auth/login', { email: person.email, password: PASSWORD })).status,
    ).toBe(200);
    return client;
  }

  it('changes one’s name, shown wherever one appears; an empty name is refused', async () => {
    const owner = await signUpOwner(t.app, 'renamed');
    const renamed = await owner.client.patch<Me>('/api/v1/me', { name: 'Ada Lovelace' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.person.name).toBe('Ada Lovelace');
    expect((await owner.client.get<Me>('/api/v1/me')).body.person.name).toBe('Ada Lovelace');
    const people = (await owner.client.get<PersonList>('/api/v1/people')).body.people;
    expect(people.map((p) => p.name)).toEqual(['Ada Lovelace']);

    expect((await owner.client.patch('/api/v1/me', { name: '  ' })).status).toBe(400);
    expect((await new Client(t.app).patch('/api/v1/me', { name: 'Nobody' })).status).toBe(401);
    expect((await owner.client.get<Me>('/api/v1/me')).body.person.name).toBe('Ada Lovelace');
  });

  it('changes the password with the current one, ending every other session', async () => {
    const owner = await signUpOwner(t.app, 'password');
    const laptop = await signedInAgain(owner);

    const wrong = await owner.client.put<Refusal>('/api/v1/me/password', {
      currentPassword: 'not my password',
      password: NEW_PASSWORD,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details?.issues.map((i) => i.path)).toEqual(['currentPassword']);
    const weak = await owner.client.put<Refusal>('/api/v1/me/password', {
      currentPassword: PASSWORD,
      password: 'password1234',
    });
    expect(weak.status).toBe(400);
    expect(weak.body.error.details?.issues.map((i) => i.path)).toEqual(['password']);
    // Refused twice, nothing changed: the old password signs in, the laptop is still signed in.
    expect((await signIn(owner.email, PASSWORD)).status).toBe(200);
    expect((await laptop.get('/api/v1/me')).status).toBe(200);

    const changed = await owner.client.put('/api/v1/me/password', {
      currentPassword: PASSWORD,
      password: NEW_PASSWORD,
    });
    expect(changed.status).toBe(204);
    expect((await laptop.get('/api/v1/me')).status).toBe(401);
    expect((await owner.client.get('/api/v1/me')).status).toBe(200);
    expect((await owner.client.get<SessionList>('/api/v1/sessions')).body.sessions).toHaveLength(1);
    expect((await signIn(owner.email, PASSWORD)).status).toBe(401);
    expect((await signIn(owner.email, NEW_PASSWORD)).status).toBe(200);
  });

  it('changes the email only once the link emailed to the new address is followed, once', async () => {
    const owner = await signUpOwner(t.app, 'moving');
    const other = await signUpOwner(t.app, 'taken');
    const newEmail = `${unique('moved')}@example.com`;

    expect(
      (await owner.client.post('/api/v1/me/email', { email: newEmail, currentPassword: 'wrong password' }))
        .status,
    ).toBe(400);
    expect(
      (await owner.client.post('/api/v1/me/email', { email: other.email, currentPassword: PASSWORD })).status,
    ).toBe(409);
    expect(
      (await owner.client.post('/api/v1/me/email', { email: owner.email, currentPassword: PASSWORD })).status,
    ).toBe(400);

    const asked = await owner.client.post<{ email: string }>('/api/v1/me/email', {
      email: newEmail.toUpperCase(),
      currentPassword: PASSWORD,
    });
    expect(asked.status).toBe(202);
    expect(asked.body.email).toBe(newEmail);
    // Until the link is followed the account keeps its address.
    expect((await owner.client.get<Me>('/api/v1/me')).body.person.email).toBe(owner.email);
    const token = await linkEmailedTo(newEmail, owner.organizationId, 'confirm-email');
    expect(mailbox.to(newEmail).at(-1)?.subject).toBe('Confirm your new email address for Accord');

    // Followed in another browser, signed in or not.
    const confirmed = await new Client(t.app).post<{ email: string }>('/api/v1/auth/confirm-email', {
      token,
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.email).toBe(newEmail);
    expect((await owner.client.get<Me>('/api/v1/me')).body.person.email).toBe(newEmail);
    expect((await signIn(newEmail, PASSWORD)).status).toBe(200);
    expect((await signIn(owner.email, PASSWORD)).status).toBe(401);

    const again = await new Client(t.app).post<Refusal>('/api/v1/auth/confirm-email', { token });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/used already/);
    expect(
      (await new Client(t.app).post('/api/v1/auth/confirm-email', { token: 'x'.repeat(43) })).status,
    ).toBe(404);
    expect((await new Client(t.app).post('/api/v1/auth/confirm-email', { token: 'no' })).status).toBe(400);
  });

  it('refuses an email link that has expired, and changes nothing', async () => {
    t.clock.set('2027-05-01T09:00:00Z');
    try {
      const owner = await signUpOwner(t.app, 'late-confirm');
      const newEmail = `${unique('late')}@example.com`;
      await owner.client.post('/api/v1/me/email', { email: newEmail, currentPassword: PASSWORD });
      const token = await linkEmailedTo(newEmail, owner.organizationId, 'confirm-email');
      t.clock.set('2027-05-02T09:00:01Z');
      const late = await new Client(t.app).post<Refusal>('/api/v1/auth/confirm-email', { token });
      expect(late.status).toBe(409);
      expect(late.body.error.message).toMatch(/expired/);
      expect((await owner.client.get<Me>('/api/v1/me')).body.person.email).toBe(owner.email);
    } finally {
      t.clock.reset();
    }
  });

  it('resets a forgotten password by an emailed link, once, without telling who has an account', async () => {
    const owner = await signUpOwner(t.app, 'forgetful');
    const laptop = await signedInAgain(owner);
    const unknown = `${unique('nobody')}@example.com`;

    const forKnown = await new Client(t.app).post('/api/v1/auth/forgot-password', { email: owner.email });
    const forUnknown = await new Client(t.app).post('/api/v1/auth/forgot-password', { email: unknown });
    expect(forKnown.status).toBe(204);
    expect(forUnknown.status).toBe(204);
    expect(forUnknown.body).toEqual(forKnown.body);

    const token = await linkEmailedTo(owner.email, owner.organizationId, 'reset-password');
    expect(mailbox.to(unknown)).toEqual([]);
    expect(mailbox.to(owner.email).at(-1)?.subject).toBe('Choose a new password for Accord');

    // A weak password is refused and leaves the link usable.
    expect(
      (await new Client(t.app).post('/api/v1/auth/reset-password', { token, password: 'password1234' }))
        .status,
    ).toBe(400);
    const reset = await new Client(t.app).post('/api/v1/auth/reset-password', {
      token,
      password: NEW_PASSWORD,
    });
    expect(reset.status).toBe(204);
    expect((await laptop.get('/api/v1/me')).status).toBe(401);
    expect((await owner.client.get('/api/v1/me')).status).toBe(401);
    expect((await signIn(owner.email, PASSWORD)).status).toBe(401);
    expect((await signIn(owner.email, NEW_PASSWORD)).status).toBe(200);

    const reused = await new Client(t.app).post<Refusal>('/api/v1/auth/reset-password', {
      token,
      password: 'another fine long phrase',
    });
    expect(reused.status).toBe(409);
    expect(reused.body.error.message).toMatch(/used already/);
    expect((await signIn(owner.email, NEW_PASSWORD)).status).toBe(200);
  });

  it('refuses a reset link past its hour, and retires an older link when a newer one is sent', async () => {
    t.clock.set('2027-06-01T09:00:00Z');
    try {
      const owner = await signUpOwner(t.app, 'expired-reset');
      await new Client(t.app).post('/api/v1/auth/forgot-password', { email: owner.email });
      const first = await linkEmailedTo(owner.email, owner.organizationId, 'reset-password');
      await new Client(t.app).post('/api/v1/auth/forgot-password', { email: owner.email });
      const second = await linkEmailedTo(owner.email, owner.organizationId, 'reset-password');
      expect(second).not.toBe(first);
      expect(
        (
          await new Client(t.app).post('/api/v1/auth/reset-password', {
            token: first,
            password: NEW_PASSWORD,
          })
        ).status,
      ).toBe(409);

      t.clock.set('2027-06-01T10:00:01Z');
      const late = await new Client(t.app).post<Refusal>('/api/v1/auth/reset-password', {
        token: second,
        password: NEW_PASSWORD,
      });
      expect(late.status).toBe(409);
      expect(late.body.error.message).toMatch(/expired/);
      expect((await signIn(owner.email, PASSWORD)).status).toBe(200);
    } finally {
      t.clock.reset();
    }
  });

  it('lets a member leave an organization, but never its last owner', async () => {
    const owner = await signUpOwner(t.app, 'staying');
    const member = await addMember(t.app, owner, 'member', 'leaving');
    const stranger = await signUpOwner(t.app, 'elsewhere');

    const lastOwner = await owner.client.delete<Refusal>(`/api/v1/me/organizations/${owner.organizationId}`);
    expect(lastOwner.status).toBe(409);
    expect(lastOwner.body.error.message).toMatch(/last owner/);
    expect((await owner.client.get('/api/v1/people')).status).toBe(200);
    expect((await member.client.delete(`/api/v1/me/organizations/${stranger.organizationId}`)).status).toBe(
      404,
    );

    const token = await member.client.post<{ secret: string }>('/api/v1/tokens', { name: 'script' });
    const script = new Client(t.app);
    script.bearer = token.body.secret;
    expect((await script.get('/api/v1/me')).status).toBe(200);

    expect((await member.client.delete(`/api/v1/me/organizations/${member.organizationId}`)).status).toBe(
      204,
    );
    const me = (await member.client.get<Me>('/api/v1/me')).body;
    expect(me.organization).toBeNull();
    expect(me.organizations).toEqual([]);
    expect((await member.client.get('/api/v1/people')).status).toBe(403);
    expect((await script.get('/api/v1/me')).status).toBe(401);
    const people = (await owner.client.get<PersonList>('/api/v1/people')).body.people;
    expect(people.map((p) => p.id)).toEqual([owner.personId]);

    // With a second owner, the first may leave.
    const coOwner = await addMember(t.app, owner, 'owner', 'co-owner');
    expect((await owner.client.delete(`/api/v1/me/organizations/${owner.organizationId}`)).status).toBe(204);
    expect((await coOwner.client.get<PersonList>('/api/v1/people')).body.people).toHaveLength(1);
  });

  it('deletes an account with its password; its promises stay, under "Former member"', async () => {
    const owner = await signUpOwner(t.app, 'keeper');
    const member = await addMember(t.app, owner, 'member', 'departing');
    const calendar = await createCalendar(owner);
    const promise = await promiseIn('requested', {
      customer: owner,
      performer: member,
      cycle: calendar.quarter,
    });

    const wrong = await member.client.post<Refusal>('/api/v1/me/deletion', {
      currentPassword: 'not it at all',
    });
    expect(wrong.status).toBe(400);
    expect((await member.client.get('/api/v1/me')).status).toBe(200);
    // The last owner of an organization cannot delete the account: nothing changes.
    expect((await owner.client.post('/api/v1/me/deletion', { currentPassword: PASSWORD })).status).toBe(409);
    expect((await owner.client.get('/api/v1/me')).status).toBe(200);

    const elsewhere = await signedInAgain(member);
    const deleted = await member.client.post('/api/v1/me/deletion', { currentPassword: PASSWORD });
    expect(deleted.status).toBe(204);
    expect((await member.client.get('/api/v1/me')).status).toBe(401);
    expect((await elsewhere.get('/api/v1/me')).status).toBe(401);
    expect((await signIn(member.email, PASSWORD)).status).toBe(401);

    const kept = await owner.client.get<PromiseDetail>(`/api/v1/promises/${promise.id}`);
    expect(kept.status).toBe(200);
    expect(kept.body.performers.map((p) => p.name)).toEqual(['Former member']);
    const people = (await owner.client.get<PersonList>('/api/v1/people')).body.people;
    expect(people.map((p) => p.id)).toEqual([owner.personId]);

    // The address is free again: whoever has it may be invited anew.
    const invited = await owner.client.post('/api/v1/invitations', { email: member.email, role: 'member' });
    expect(invited.status).toBe(201);
  });
});

describe.each(testEngines())('accounts without email on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine, { smtpUrl: null, loginRateLimit: { max: 3, timeWindowMs: 60_000 } });
  });
  afterAll(() => t.close());

  it('says that email is off and keeps the email as it is', async () => {
    const owner = await signUpOwner(t.app, 'no-mail');
    const asked = await owner.client.post<Refusal>('/api/v1/me/email', {
      email: `${unique('new')}@example.com`,
      currentPassword: PASSWORD,
    });
    expect(asked.status).toBe(409);
    expect(asked.body.error.message).toMatch(/sends no email/);
    expect((await owner.client.get<Me>('/api/v1/me')).body.person.email).toBe(owner.email);

    const forgot = await new Client(t.app).post<Refusal>('/api/v1/auth/forgot-password', {
      email: `${unique('any')}@example.com`,
    });
    expect(forgot.status).toBe(409);
    expect(forgot.body.error.message).toMatch(/sends no email/);
  });

  it('rate-limits asking for a reset link like signing in', async () => {
    const email = `${unique('limited')}@example.com`;
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      statuses.push((await new Client(t.app).post('/api/v1/auth/forgot-password', { email })).status);
    }
    expect(statuses).toEqual([409, 409, 409, 429, 429]);
  });
});
