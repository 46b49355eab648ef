import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionList } from '../../contract/sessions.js';
import { loadConfig } from '../config.js';
import { addMember, PASSWORD, signUpOwner } from '../test/factories.js';
import { Client, createTestApp, type TestApp, testEngines, unique } from '../test/harness.js';

describe.each(testEngines())('signed-in sessions on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    // Production's idle timeout, which the harness lengthens for tests that move the clock by weeks.
    t = await createTestApp(engine, { sessionIdleMs: loadConfig({}).sessionIdleMs });
  });
  afterAll(() => t.close());

  async function signInAgain(email: string) {
    const client = new Client(t.app);
    expect((await client.post('/api/v1/auth/login', { email, password: PASSWORD })).status).toBe(200);
    return client;
  }

  it('lists where one is signed in, and signs out another session or all the others', async () => {
    const owner = await signUpOwner(t.app, 'sessions-owner');
    const laptop = await signInAgain(owner.email);
    const phone = await signInAgain(owner.email);

    const listed = (await owner.client.get<SessionList>('/api/v1/sessions')).body.sessions;
    expect(listed).toHaveLength(3);
    expect(listed.filter((s) => s.isCurrent)).toHaveLength(1);
    const others = listed.filter((s) => !s.isCurrent);

    // The laptop is lost: signed out from here, it is refused at once.
    const laptopId = (await laptop.get<SessionList>('/api/v1/sessions')).body.sessions.find(
      (s) => s.isCurrent,
    )!.id;
    expect((await owner.client.delete(`/api/v1/sessions/${laptopId}`)).status).toBe(204);
    expect((await laptop.get('/api/v1/me')).status).toBe(401);
    expect((await owner.client.get<SessionList>('/api/v1/sessions')).body.sessions).toHaveLength(2);

    // Everywhere but here.
    expect((await owner.client.delete('/api/v1/sessions')).status).toBe(204);
    expect((await phone.get('/api/v1/me')).status).toBe(401);
    expect((await owner.client.get('/api/v1/me')).status).toBe(200);
    expect(
      (await owner.client.get<SessionList>('/api/v1/sessions')).body.sessions.map((s) => s.isCurrent),
    ).toEqual([true]);
    expect(others.map((s) => s.id)).toContain(laptopId);
  });

  it("never ends or shows another person's session: 404, and a malformed id is 400", async () => {
    const owner = await signUpOwner(t.app, 'sessions-a');
    const member = await addMember(t.app, owner, 'member', 'sessions-b');
    const memberSession = (await member.client.get<SessionList>('/api/v1/sessions')).body.sessions[0]!;
    expect(
      (await owner.client.get<SessionList>('/api/v1/sessions')).body.sessions.map((s) => s.id),
    ).not.toContain(memberSession.id);
    expect((await owner.client.delete(`/api/v1/sessions/${memberSession.id}`)).status).toBe(404);
    expect((await member.client.get('/api/v1/me')).status).toBe(200);
    expect((await owner.client.delete('/api/v1/sessions/not-a-session')).status).toBe(400);
    expect((await new Client(t.app).get('/api/v1/sessions')).status).toBe(401);
  });

  it('ends a session left idle, and any session at the end of its lifetime however much it is used', async () => {
    t.clock.set('2027-03-01T09:00:00Z');
    try {
      const owner = await signUpOwner(t.app, 'sessions-idle');
      const session = (await owner.client.get<SessionList>('/api/v1/sessions')).body.sessions[0]!;
      expect(Date.parse(session.idleUntil) - Date.parse(session.lastSeenAt)).toBe(t.ctx.config.sessionIdleMs);
      // Used every day, it lives on to its lifetime…
      for (let day = 1; day <= 29; day++) {
        t.clock.set(new Date(Date.parse('2027-03-01T09:00:00Z') + day * 86_400_000));
        expect((await owner.client.get('/api/v1/me')).status).toBe(200);
      }
      t.clock.set(new Date(Date.parse('2027-03-01T09:00:00Z') + 30 * 86_400_000 + 60_000));
      expect((await owner.client.get('/api/v1/me')).status).toBe(401);

      // …and left alone past the idle timeout, it ends early.
      const again = await signInAgain(owner.email);
      t.clock.advance({ milliseconds: t.ctx.config.sessionIdleMs + 60_000 });
      expect((await again.get('/api/v1/me')).status).toBe(401);
    } finally {
      t.clock.reset();
    }
  });
});

describe.each(testEngines())('attempts from one address on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    // A database of its own: the count is per address, and every test's address is 127.0.0.1.
    t = await createTestApp(
      engine,
      { addressRateLimit: { max: 4, timeWindowMs: 60_000 } },
      { freshDatabase: true },
    );
  });
  afterAll(() => t.close());

  it('are limited across emails and across signing in, signing up and accepting invitations', async () => {
    const client = new Client(t.app);
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const response = await client.post('/api/v1/auth/login', {
        email: `${unique(`guess${i}`)}@example.com`,
        password: PASSWORD,
      });
      statuses.push(response.status);
    }
    statuses.push(
      (
        await client.post('/api/v1/auth/signup', {
          organizationName: unique('Org'),
          name: 'New',
          email: `${unique('new')}@example.com`,
          password: PASSWORD,
        })
      ).status,
    );
    statuses.push(
      (
        await client.post('/api/v1/invitations/accept', {
          token: 'x'.repeat(43),
          name: 'N',
          password: PASSWORD,
        })
      ).status,
    );
    statuses.push(
      (await client.post('/api/v1/auth/login', { email: 'a@example.com', password: PASSWORD })).status,
    );
    expect(statuses).toEqual([401, 401, 401, 201, 429, 429]);
  });
});
