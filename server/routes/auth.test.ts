import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Me } from '../../contract/auth.js';
import { PASSWORD, signUpOwner } from '../test/factories.js';
import { Client, createTestApp, type TestApp, testEngines, unique } from '../test/harness.js';

describe.each(testEngines())('accounts and sessions on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  it('signs up an organization with its owner and signs the owner in', async () => {
    const owner = await signUpOwner(t.app);
    expect(owner.me.organization?.role).toBe('owner');
    expect(owner.me.organizations).toHaveLength(1);
    const me = await owner.client.get<Me>('/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.body.person.email).toBe(owner.email);
  });

  it('sets the session cookie HttpOnly and SameSite', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: {
        organizationName: 'Cookie Co',
        name: 'C',
        email: `${unique('c')}@example.com`,
        password: PASSWORD,
      },
    });
    const session = response.cookies.find((c) => c.name === 'accord_session');
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe('Lax');
    expect(response.cookies.find((c) => c.name === 'accord_csrf')?.httpOnly).toBeFalsy();
  });

  it('refuses a second account with the same email, whatever its case', async () => {
    const owner = await signUpOwner(t.app);
    const again = await new Client(t.app).post('/api/v1/auth/signup', {
      organizationName: 'Again',
      name: 'Again',
      email: owner.email.toUpperCase(),
      password: PASSWORD,
    });
    expect(again.status).toBe(409);
  });

  it('signs out and back in', async () => {
    const owner = await signUpOwner(t.app);
    expect((await owner.client.post('/api/v1/auth/logout')).status).toBe(204);
    expect((await owner.client.get('/api/v1/me')).status).toBe(401);
    const login = await owner.client.post<Me>('/api/v1/auth/login', {
      email: owner.email,
      password: PASSWORD,
    });
    expect(login.status).toBe(200);
    expect(login.body.organization?.id).toBe(owner.organizationId);
  });

  it('says the same thing for an unknown email and a wrong password', async () => {
    const owner = await signUpOwner(t.app);
    const wrong = await new Client(t.app).post<{ error: { message: string } }>('/api/v1/auth/login', {
      email: owner.email,
      password: 'not the password',
    });
    const unknown = await new Client(t.app).post<{ error: { message: string } }>('/api/v1/auth/login', {
      email: `${unique('nobody')}@example.com`,
      password: 'not the password',
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.error.message).toBe(unknown.body.error.message);
  });

  it('keeps a session across a server restart', async () => {
    const owner = await signUpOwner(t.app);
    const { buildApp } = await import('../app.js');
    const restarted = await buildApp(t.ctx, { logger: t.ctx.log });
    await t.app.close();
    // The same browser, a new server over the same database.
    const me = await owner.client.against(restarted).get<Me>('/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.body.person.id).toBe(owner.personId);
    await restarted.close();
    t.app = await buildApp(t.ctx, { logger: t.ctx.log });
  });

  it('creates another organization and switches between them', async () => {
    const owner = await signUpOwner(t.app);
    const created = await owner.client.post<{ id: string }>('/api/v1/organizations', { name: 'Second Org' });
    expect(created.status).toBe(201);
    let me = (await owner.client.get<Me>('/api/v1/me')).body;
    expect(me.organization?.id).toBe(created.body.id);
    expect(me.organizations.map((o) => o.id).sort()).toEqual([owner.organizationId, created.body.id].sort());
    const switched = await owner.client.put<Me>('/api/v1/me/organization', {
      organizationId: owner.organizationId,
    });
    expect(switched.status).toBe(200);
    me = (await owner.client.get<Me>('/api/v1/me')).body;
    expect(me.organization?.id).toBe(owner.organizationId);
  });

  it('cannot switch into an organization it does not belong to', async () => {
    const a = await signUpOwner(t.app);
    const b = await signUpOwner(t.app);
    const response = await a.client.put('/api/v1/me/organization', { organizationId: b.organizationId });
    expect(response.status).toBe(404);
    expect((await a.client.get<Me>('/api/v1/me')).body.organization?.id).toBe(a.organizationId);
  });

  it('refuses a state change from a cookie session without the CSRF header', async () => {
    const owner = await signUpOwner(t.app);
    const response = await owner.client.request(
      'POST',
      '/api/v1/teams',
      { name: 'No CSRF' },
      { 'x-csrf-token': 'wrong' },
    );
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ error: { code: 'csrf_failed' } });
    const teams = await owner.client.get<{ teams: unknown[] }>('/api/v1/teams');
    expect(teams.body.teams).toHaveLength(0);
  });

  it('refuses a state change sent from another site', async () => {
    const owner = await signUpOwner(t.app);
    const response = await owner.client.request(
      'POST',
      '/api/v1/teams',
      { name: 'Cross site' },
      { origin: 'https://evil.example' },
    );
    expect(response.status).toBe(403);
  });

  it('sets security headers, a Content-Security-Policy among them', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBeDefined();
  });
});

describe.each(testEngines())('sign-up policy and login rate limit on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine, { signup: 'closed', loginRateLimit: { max: 3, timeWindowMs: 60_000 } });
  });
  afterAll(() => t.close());

  it('rate-limits repeated logins for one email', async () => {
    const email = `${unique('limited')}@example.com`;
    const client = new Client(t.app);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      statuses.push((await client.post('/api/v1/auth/login', { email, password: 'guess guess' })).status);
    }
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses.slice(3)).toEqual([429, 429]);
    const limited = await client.post<{ error: { code: string } }>('/api/v1/auth/login', {
      email,
      password: 'x',
    });
    expect(limited.body.error.code).toBe('rate_limited');
  });

  it('refuses sign-up when closed and the instance has an organization', async () => {
    const signUp = () =>
      new Client(t.app).post('/api/v1/auth/signup', {
        organizationName: 'Late',
        name: 'Late',
        email: `${unique('late')}@example.com`,
        password: PASSWORD,
      });
    // The first succeeds only on an empty instance (the fresh SQLite file); after it, none may.
    const first = await signUp();
    expect(first.status).toBe(engine === 'sqlite' ? 201 : 403);
    const second = await signUp();
    expect(second.status).toBe(403);
  });
});
