import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions } from 'fastify';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { buildApp } from '../app.js';
import { type Config, type Engine, loadConfig } from '../config.js';
import { createServiceContext, type ServiceContext } from '../services/context.js';
import { type DatabaseHandle, openPostgres, openSqlite, type QueryObserver } from '../store/database.js';
import { TestClock } from './clock.js';
import { createTestPostgres } from './postgres.js';

/** The engines this run tests; CI always has both (global-setup refuses otherwise). */
export function testEngines(): Engine[] {
  return inject('postgresUrl') ? ['sqlite', 'postgres'] : ['sqlite'];
}

export interface TestServices {
  /** The services' context: its clock is `clock`, its database a fresh one (SQLite) or the run's (PostgreSQL). */
  ctx: ServiceContext;
  clock: TestClock;
  handle: DatabaseHandle;
  close(): Promise<void>;
}

export interface TestApp extends TestServices {
  app: FastifyInstance;
}

export interface TestDatabaseOptions {
  /** A database of its own on PostgreSQL too, rather than the run's shared one (SQLite always has one). */
  freshDatabase?: boolean;
  /** Sees every query the services run. */
  observe?: QueryObserver;
}

/** Cheap password hashing and a generous login limit keep the suite fast; a test may override. */
export async function createTestServices(
  engine: Engine,
  overrides: Partial<Config> = {},
  options: TestDatabaseOptions = {},
): Promise<TestServices> {
  let handle: DatabaseHandle;
  let cleanup = async () => {};
  if (engine === 'postgres' && options.freshDatabase) {
    // An instance of its own, e.g. for what only happens on an instance with no organization yet.
    const fresh = await createTestPostgres();
    handle = openPostgres(fresh.url, { max: 8, observe: options.observe });
    cleanup = () => fresh.drop();
  } else if (engine === 'postgres') {
    const url = inject('postgresUrl');
    if (!url) throw new Error('PostgreSQL was not set up for this run');
    handle = openPostgres(url, { max: 4, observe: options.observe });
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-test-'));
    const file = path.join(dir, 'accord.sqlite');
    // A copy of the run's migrated template (global-setup.ts): the same schema, without migrating.
    fs.copyFileSync(inject('sqliteTemplate'), file);
    handle = openSqlite(file, { observe: options.observe });
    cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
  }
  const config = loadConfig(
    { PORT: '0' },
    {
      logLevel: 'silent',
      passwordHashing: { memoryCost: 1024, timeCost: 1 },
      loginRateLimit: { max: 1000, timeWindowMs: 60_000 },
      // Every test's requests come from 127.0.0.1, and on PostgreSQL the run shares one database.
      addressRateLimit: { max: 1_000_000, timeWindowMs: 60_000 },
      // Tests move the clock by weeks between one person's requests: a session idles as long as it
      // lives here, and sessions.test.ts tests the idle timeout with production's.
      sessionIdleMs: 30 * 86_400_000,
      // Tests run the jobs themselves, for their own organizations and at the time they choose.
      jobIntervalMs: null,
      findingsDelayMs: null,
      // …and send the outbox themselves.
      deliveryIntervalMs: null,
      // Every response the tests see is checked against its schema, which production skips.
      checkResponses: true,
      ...overrides,
    },
  );
  const clock = new TestClock();
  const ctx = createServiceContext({ ...handle, config, log: pino({ level: 'silent' }), now: clock.now });
  return {
    ctx,
    clock,
    handle,
    async close() {
      await handle.close();
      await cleanup();
    },
  };
}

/**
 * The services over a test database for the tests of one describe block (call it in the block):
 * opened before them, closed after them, the clock back on the wall after each test. Each test
 * makes its own organization with service-factories.ts.
 */
export function useTestServices(engine: Engine): Pick<TestServices, 'ctx' | 'clock'> {
  let services: TestServices | undefined;
  beforeAll(async () => {
    services = await createTestServices(engine);
  });
  afterEach(() => services?.clock.reset());
  afterAll(() => services?.close());
  const opened = () => {
    if (!services) throw new Error('The test services are opened in beforeAll: use them inside a test');
    return services;
  };
  return {
    get ctx() {
      return opened().ctx;
    },
    get clock() {
      return opened().clock;
    },
  };
}

/** The clock of each test app, so that its clients see cookies expire by the time the server sees. */
const clocks = new WeakMap<FastifyInstance, TestClock>();

/** The whole server over a test database, reached in-process with `Client`. */
export async function createTestApp(
  engine: Engine,
  overrides: Partial<Config> = {},
  options: TestDatabaseOptions = {},
): Promise<TestApp> {
  const services = await createTestServices(engine, overrides, options);
  const app = await buildApp(services.ctx, { logger: services.ctx.log });
  await app.ready();
  clocks.set(app, services.clock);
  const testApp: TestApp = {
    ...services,
    app,
    async close() {
      await testApp.app.close();
      await services.close();
    },
  };
  return testApp;
}

let counter = 0;
/** Unique per test process and call, so tests sharing one PostgreSQL never collide. */
export function unique(label: string): string {
  counter += 1;
  return `${label}-${process.pid}-${Date.now().toString(36)}-${counter}`;
}

export interface Response<T = unknown> {
  status: number;
  body: T;
  headers: Record<string, unknown>;
}

/** A browser-like client: keeps cookies and echoes the CSRF token, or sends a bearer token. */
export class Client {
  private cookies = new Map<string, string>();
  bearer: string | undefined;

  constructor(private readonly app: FastifyInstance) {}

  /** The same browser talking to another server process, e.g. after a restart. */
  against(app: FastifyInstance): Client {
    const other = new Client(app);
    other.cookies = new Map(this.cookies);
    other.bearer = this.bearer;
    return other;
  }

  async request<T = unknown>(
    method: InjectOptions['method'],
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Response<T>> {
    const allHeaders: Record<string, string> = { ...headers };
    if (this.bearer) allHeaders.authorization = `Bearer ${this.bearer}`;
    if (this.cookies.size > 0) {
      allHeaders.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
      const csrf = this.cookies.get('accord_csrf');
      if (csrf && !('x-csrf-token' in headers)) allHeaders['x-csrf-token'] = csrf;
    }
    const response = await this.app.inject({
      method,
      url,
      headers: allHeaders,
      ...(body === undefined
        ? {}
        : typeof body === 'string'
          ? { payload: body }
          : { payload: body as object }),
    });
    for (const cookie of response.cookies) {
      const now = (clocks.get(this.app)?.now() ?? new Date()).getTime();
      if (cookie.value === '' || (cookie.expires && cookie.expires.getTime() < now)) {
        this.cookies.delete(cookie.name);
      } else this.cookies.set(cookie.name, cookie.value);
    }
    const text = response.body;
    return {
      status: response.statusCode,
      body: (text && response.headers['content-type']?.toString().includes('json')
        ? JSON.parse(text)
        : text) as T,
      headers: response.headers,
    };
  }

  get<T = unknown>(url: string) {
    return this.request<T>('GET', url);
  }
  post<T = unknown>(url: string, body?: unknown) {
    return this.request<T>('POST', url, body ?? {});
  }
  patch<T = unknown>(url: string, body: unknown) {
    return this.request<T>('PATCH', url, body);
  }
  put<T = unknown>(url: string, body: unknown) {
    return this.request<T>('PUT', url, body);
  }
  delete<T = unknown>(url: string) {
    return this.request<T>('DELETE', url);
  }
}
