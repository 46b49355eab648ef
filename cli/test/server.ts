import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { SignedIn } from '../../server/test/factories.js';
import { createTestApp, type TestApp } from '../../server/test/harness.js';
import { listen, loggedInTerminal, removeTerminals } from './terminal.js';

/** One of the engines `testEngines()` lists (the CLI reaches server code only through its test harness). */
type Engine = Parameters<typeof createTestApp>[0];

export interface CliServer {
  /** The app, for factories that set the scene through the API. */
  readonly app: FastifyInstance;
  /** Its services, for what a test runs itself (the delivery worker). */
  readonly ctx: TestApp['ctx'];
  /** Where the CLI reaches it. */
  readonly url: string;
  /** `person`, sitting at a terminal of their own where they have logged in with a fresh token. */
  atTerminal<P extends SignedIn>(person: P): Promise<P & Awaited<ReturnType<typeof loggedInTerminal>>>;
}

/**
 * The server a describe block's CLI tests talk to over HTTP, on one engine: started before its
 * tests on a local port and closed after them. Each test's terminals are removed after it.
 */
export function cliServer(engine: Engine, overrides: Parameters<typeof createTestApp>[1] = {}): CliServer {
  let testApp: TestApp | undefined;
  let url = '';
  beforeAll(async () => {
    testApp = await createTestApp(engine, overrides);
    url = await listen(testApp);
  });
  afterAll(() => testApp?.close());
  afterEach(removeTerminals);
  return {
    get app() {
      if (!testApp) throw new Error('The server starts before the tests: use it inside one');
      return testApp.app;
    },
    get ctx() {
      if (!testApp) throw new Error('The server starts before the tests: use it inside one');
      return testApp.ctx;
    },
    get url() {
      return url;
    },
    async atTerminal(person) {
      return { ...person, ...(await loggedInTerminal(url, person)) };
    },
  };
}
