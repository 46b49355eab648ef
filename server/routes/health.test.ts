import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { knownMigrations } from '../migrations/index.js';
import { createServiceContext } from '../services/context.js';
import { openSqlite } from '../store/database.js';
import { createTestApp, createTestServices, type TestApp, testEngines } from '../test/harness.js';

describe.each(testEngines())('health on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  it('names the database it runs on', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: engine });
  });

  it('is ready once every migration is applied', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/ready' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      status: 'ready',
      database: engine,
      migrations: knownMigrations.length,
    });
  });
});

describe('readiness', () => {
  it('is refused, with the migrations named, on a database that lacks them', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-unmigrated-'));
    const handle = openSqlite(path.join(dir, 'accord.sqlite'));
    const services = await createTestServices('sqlite');
    const ctx = createServiceContext({
      ...handle,
      config: services.ctx.config,
      log: pino({ level: 'silent' }),
    });
    const app = await buildApp(ctx, { logger: ctx.log });
    try {
      const response = await app.inject({ method: 'GET', url: '/api/ready' });
      expect(response.statusCode).toBe(503);
      expect(response.json().error.code).toBe('unavailable');
      expect(response.json().error.message).toContain(knownMigrations.join(', '));
    } finally {
      await app.close();
      await handle.close();
      await services.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is refused when the database does not answer, without saying what the database said', async () => {
    const t = await createTestApp('sqlite');
    try {
      // Ready while the database answers (which also opens its connection, as a server's start does)…
      expect((await t.app.inject({ method: 'GET', url: '/api/ready' })).statusCode).toBe(200);
      await t.handle.close();
      const response = await t.app.inject({ method: 'GET', url: '/api/ready' });
      expect(response.statusCode).toBe(503);
      expect(response.json().error).toEqual({ code: 'unavailable', message: 'The database does not answer' });
    } finally {
      // Closing twice is harmless: Kysely destroys its driver once.
      await t.close();
    }
  });
});
