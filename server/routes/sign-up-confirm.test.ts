import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Me, SignupPending } from '../../contract/auth.js';
import { deliverDueEmails } from '../services/email/delivery.js';
import { PASSWORD, signUpOwner } from '../test/factories.js';
import { Client, createTestApp, type TestApp, testEngines, unique } from '../test/harness.js';
import { type Mailbox, startMailbox } from '../test/mailbox.js';

type Refusal = { error: { code: string; message: string } };

/** Issue 10: where the instance sends email, signing up never tells whether the address has an account. */
describe.each(testEngines())('sign-up confirmed by email on %s', (engine) => {
  let t: TestApp;
  let mailbox: Mailbox;
  beforeAll(async () => {
    mailbox = await startMailbox();
    t = await createTestApp(engine, { smtpUrl: mailbox.url, mailFrom: 'Accord <accord@example.test>' });
    // The instance has an organization: first-run setup is over.
    await signUpOwner(t.app, 'first');
  });
  afterAll(async () => {
    await t.close();
    await mailbox.close();
  });

  const signUp = (email: string, organizationName = unique('Org')) =>
    new Client(t.app).post<SignupPending | Me>('/api/v1/auth/signup', {
      organizationName,
      name: 'Grace Hopper',
      email,
      password: PASSWORD,
    });

  const linkIn = (email: string) =>
    /\/sign-up\/confirm\/(\S+)/.exec(mailbox.to(email).at(-1)?.text ?? '')?.[1];

  it('answers the same for a new and a known address, and emails each what fits', async () => {
    const known = await signUpOwner(t.app, 'known');
    const fresh = `${unique('fresh')}@example.com`;

    const forKnown = await signUp(known.email);
    const forFresh = await signUp(fresh);
    expect(forKnown.status).toBe(201);
    expect(forFresh.status).toBe(forKnown.status);
    expect(forFresh.body).toEqual(forKnown.body);
    expect(forFresh.body).toMatchObject({
      pending: true,
      message: expect.stringMatching(/check your email/i),
    });
    expect(forFresh.headers['set-cookie']).toBeUndefined();

    const toKnown = mailbox.to(known.email).at(-1);
    expect(toKnown?.subject).toBe('Someone tried to sign up for Accord with your address');
    expect(toKnown?.text).toContain(`${t.ctx.config.publicUrl}/sign-in`);
    expect(toKnown?.text).toContain(`${t.ctx.config.publicUrl}/forgot-password`);
    expect(toKnown?.text).not.toMatch(/sign-up\/confirm/);
    expect(mailbox.to(fresh).at(-1)?.subject).toBe('Finish signing up for Accord');
    expect(linkIn(fresh)).toBeTruthy();

    // No account exists for the new address until its link is followed; the known one is unchanged.
    const early = await new Client(t.app).post('/api/v1/auth/login', { email: fresh, password: PASSWORD });
    expect(early.status).toBe(401);
    expect((await known.client.get<Me>('/api/v1/me')).body.person.name).toBe('known person');
  });

  it('makes the account and organization from the link, signs in, and refuses the link a second time', async () => {
    const email = `${unique('grace')}@example.com`;
    const organizationName = unique('Navy');
    await signUp(email, organizationName);
    const token = linkIn(email);
    if (!token) throw new Error('no link emailed');

    const browser = new Client(t.app);
    const confirmed = await browser.post<Me>('/api/v1/auth/signup/confirm', { token });
    expect(confirmed.status).toBe(201);
    expect(confirmed.body.person).toMatchObject({ name: 'Grace Hopper', email });
    expect(confirmed.body.organization).toMatchObject({ name: organizationName, role: 'owner' });
    expect((await browser.get<Me>('/api/v1/me')).body.person.email).toBe(email);
    // The password chosen at sign-up is the account's.
    const login = await new Client(t.app).post('/api/v1/auth/login', { email, password: PASSWORD });
    expect(login.status).toBe(200);

    const again = await new Client(t.app).post<Refusal>('/api/v1/auth/signup/confirm', { token });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/used already/);
  });

  it('refuses an unknown or malformed link', async () => {
    const unknown = await new Client(t.app).post<Refusal>('/api/v1/auth/signup/confirm', {
      token: 'x'.repeat(43),
    });
    expect(unknown.status).toBe(404);
    expect((await new Client(t.app).post('/api/v1/auth/signup/confirm', { token: '' })).status).toBe(400);
  });

  it('refuses a link that has expired, and makes no account', async () => {
    t.clock.set('2027-05-01T09:00:00Z');
    try {
      const email = `${unique('late')}@example.com`;
      await signUp(email);
      const token = linkIn(email);
      t.clock.set('2027-05-02T09:00:01Z');
      const late = await new Client(t.app).post<Refusal>('/api/v1/auth/signup/confirm', { token });
      expect(late.status).toBe(409);
      expect(late.body.error.message).toMatch(/expired/);
      const login = await new Client(t.app).post('/api/v1/auth/login', { email, password: PASSWORD });
      expect(login.status).toBe(401);
    } finally {
      t.clock.reset();
    }
  });

  it('refuses a second link for an address whose account was made meanwhile', async () => {
    const email = `${unique('twice')}@example.com`;
    await signUp(email);
    const first = linkIn(email);
    await signUp(email);
    const second = linkIn(email);
    expect(second).not.toBe(first);
    expect((await new Client(t.app).post('/api/v1/auth/signup/confirm', { token: second })).status).toBe(201);
    const late = await new Client(t.app).post<Refusal>('/api/v1/auth/signup/confirm', { token: first });
    expect(late.status).toBe(409);
    expect(late.body.error.message).toMatch(/already exists/);
  });
});

describe.each(testEngines())('sign-up closed, with email, on %s', (engine) => {
  let t: TestApp;
  let mailbox: Mailbox;
  beforeAll(async () => {
    mailbox = await startMailbox();
    t = await createTestApp(engine, { smtpUrl: mailbox.url, signup: 'closed' });
  });
  afterAll(async () => {
    await t.close();
    await mailbox.close();
  });

  it('refuses a sign-up once the instance has an organization, and emails nobody', async () => {
    const fresh = `${unique('closed')}@example.com`;
    const refused = await new Client(t.app).post<Refusal>('/api/v1/auth/signup', {
      organizationName: unique('Org'),
      name: 'Someone',
      email: fresh,
      password: PASSWORD,
    });
    // The shared PostgreSQL database always has organizations; a fresh SQLite one gets its first here.
    if (refused.status === 201) {
      const again = await new Client(t.app).post<Refusal>('/api/v1/auth/signup', {
        organizationName: unique('Org'),
        name: 'Someone',
        email: `${unique('closed')}@example.com`,
        password: PASSWORD,
      });
      expect(again.status).toBe(403);
    } else {
      expect(refused.status).toBe(403);
      expect(mailbox.to(fresh)).toEqual([]);
    }
  });
});

/** Issue 12: a sign-up's emails belong to no organization, and still get the outbox's retries. */
describe.each(testEngines())('sign-up emails retried from the outbox on %s', (engine) => {
  let t: TestApp;
  let mailbox: Mailbox;
  beforeAll(async () => {
    mailbox = await startMailbox();
    // A database of its own: a pass over the whole instance sends every instance email in it.
    t = await createTestApp(engine, { smtpUrl: mailbox.url }, { freshDatabase: true });
    await signUpOwner(t.app, 'first');
  });
  afterAll(async () => {
    await t.close();
    await mailbox.close();
  });

  it('retries a confirmation the SMTP server refused, sends it once, and keeps no secret link after', async () => {
    const email = `${unique('retried')}@example.com`;
    mailbox.refuse(true);
    const pending = await new Client(t.app).post<SignupPending>('/api/v1/auth/signup', {
      organizationName: unique('Org'),
      name: 'Grace Hopper',
      email,
      password: PASSWORD,
    });
    mailbox.refuse(false);
    // The answer is the same as when the email went out: it tells nothing about the address.
    expect(pending.status).toBe(201);
    expect(mailbox.to(email)).toEqual([]);

    // Not due again until the outbox's first wait is over.
    expect(await deliverDueEmails(t.ctx)).toEqual({ sent: 0, retried: 0, failed: 0 });
    t.clock.advance({ seconds: 31 });
    expect(await deliverDueEmails(t.ctx)).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(await deliverDueEmails(t.ctx)).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(mailbox.to(email).map((message) => message.subject)).toEqual(['Finish signing up for Accord']);

    const row = await t.ctx.db
      .selectFrom('instance_email_outbox')
      .selectAll()
      .where('to_address', '=', email)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'sent', attempts: 2, text_body: '', html_body: '' });

    const token = /\/sign-up\/confirm\/(\S+)/.exec(mailbox.to(email)[0]?.text ?? '')?.[1];
    const confirmed = await new Client(t.app).post<Me>('/api/v1/auth/signup/confirm', { token });
    expect(confirmed.status).toBe(201);
    expect(confirmed.body.person.email).toBe(email);
  });

  it('retries "someone tried to sign up" too, and gives up after three days', async () => {
    const known = await signUpOwner(t.app, 'known');
    t.clock.set('2027-03-01T09:00:00Z');
    mailbox.refuse(true);
    try {
      const pending = await new Client(t.app).post('/api/v1/auth/signup', {
        organizationName: unique('Org'),
        name: 'Someone',
        email: known.email,
        password: PASSWORD,
      });
      expect(pending.status).toBe(201);
      t.clock.advance({ seconds: 31 });
      expect(await deliverDueEmails(t.ctx)).toEqual({ sent: 0, retried: 1, failed: 0 });
      t.clock.set('2027-03-04T10:00:00Z');
      expect(await deliverDueEmails(t.ctx)).toEqual({ sent: 0, retried: 0, failed: 1 });
      const row = await t.ctx.db
        .selectFrom('instance_email_outbox')
        .selectAll()
        .where('to_address', '=', known.email)
        .where('kind', '=', 'sign-up-existing')
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ status: 'failed', attempts: 3, text_body: '' });
      expect(row.last_error).toMatch(/try again later/);
      expect(mailbox.to(known.email).map((message) => message.subject)).not.toContain(
        'Someone tried to sign up for Accord with your address',
      );
    } finally {
      mailbox.refuse(false);
      t.clock.reset();
    }
  });
});
