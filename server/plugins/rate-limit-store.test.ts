import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { Client, createTestServices, type TestServices, testEngines, unique } from '../test/harness.js';

describe.each(testEngines())('rate limits shared through the database on %s', (engine) => {
  let services: TestServices;
  let first: FastifyInstance;
  let second: FastifyInstance;
  beforeAll(async () => {
    services = await createTestServices(engine, { loginRateLimit: { max: 3, timeWindowMs: 60_000 } });
    // Two servers on one database, as two processes behind a load balancer are.
    first = await buildApp(services.ctx, { logger: services.ctx.log });
    second = await buildApp(services.ctx, { logger: services.ctx.log });
    await Promise.all([first.ready(), second.ready()]);
  });
  afterAll(async () => {
    await Promise.all([first.close(), second.close()]);
    await services.close();
  });

  const logIn = (app: FastifyInstance, email: string) =>
    new Client(app).post<{ error: { code: string } }>('/api/v1/auth/login', {
      email,
      password: 'guess guess',
    });

  it('refuses on one server the attempts spent on the other', async () => {
    services.clock.set('2031-03-01T10:00:00.000Z');
    const email = `${unique('shared')}@example.com`;
    const statuses = [];
    for (const app of [first, second, first, second, first]) statuses.push((await logIn(app, email)).status);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    expect((await logIn(second, email)).body.error.code).toBe('rate_limited');
    // Another email from the same address has its own count.
    expect((await logIn(second, `${unique('other')}@example.com`)).status).toBe(401);
  });

  it('counts afresh once the window has passed', async () => {
    services.clock.set('2031-03-01T11:00:00.000Z');
    const email = `${unique('window')}@example.com`;
    for (let i = 0; i < 3; i += 1) await logIn(first, email);
    expect((await logIn(second, email)).status).toBe(429);
    services.clock.set('2031-03-01T11:01:00.000Z');
    expect((await logIn(second, email)).status).toBe(401);
    expect((await logIn(first, email)).status).toBe(401);
  });
});
