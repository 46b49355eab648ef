import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Role } from '../../contract/common.js';
import { type Access, defineEndpoint } from '../../contract/endpoints/endpoint.js';
import { endpoints } from '../../contract/endpoints/index.js';
import { registerErrorHandling } from '../plugins/errors.js';
import type { Actor } from '../services/actor.js';
import { createTestApp, type TestApp } from '../test/harness.js';
import { registerRoutes } from './index.js';
import { route } from './route.js';

describe('the routes of the API', () => {
  let t: TestApp;
  const routes: RouteOptions[] = [];
  beforeAll(async () => {
    t = await createTestApp('sqlite');
    const app = Fastify();
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    app.addHook('onRoute', (route) => {
      if (route.method !== 'HEAD') routes.push(route);
    });
    registerRoutes(app, t.ctx);
    await app.ready();
  });
  afterAll(() => t.close());

  it('register every endpoint of the contract once, at its method and path', () => {
    const missing = endpoints.filter((endpoint) => {
      const registered = routes.filter((route) => route.config?.endpoint === endpoint);
      return (
        registered.length !== 1 ||
        registered[0]?.method !== endpoint.method ||
        registered[0]?.url !== endpoint.path
      );
    });
    expect(missing.map((endpoint) => endpoint.operationId)).toEqual([]);
  });
});

describe('who may call an endpoint', () => {
  const accesses: Access[] = ['public', 'person', 'member', 'writer', 'manager'];
  let app: FastifyInstance;
  beforeAll(async () => {
    app = Fastify();
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    registerErrorHandling(app);
    // Stands in for the authentication plugin: the test says who is calling in a header.
    app.decorateRequest('actor', undefined);
    app.addHook('onRequest', async (request) => {
      request.actor = actorOf(request.headers['x-test-role']);
    });
    for (const access of accesses) {
      const endpoint = defineEndpoint({
        operationId: `try${access}`,
        method: 'POST',
        path: `/try/${access}`,
        summary: 'A route guarded by its access',
        tags: ['setup'],
        access,
        body: z.object({ n: z.number() }),
        responses: { 200: z.object({ calledBy: z.string() }) },
        errors: [400, 401, 403],
      });
      route(app, endpoint, async ({ actor }) => ({ calledBy: actor?.name ?? 'nobody' }));
    }
    await app.ready();
  });
  afterAll(() => app.close());

  function actorOf(header: string | string[] | undefined): Actor | undefined {
    if (typeof header !== 'string') return undefined;
    const inOrganization = header !== 'outsider';
    return {
      personId: 'p1',
      name: header,
      email: 'ada@example.com',
      organizationId: inOrganization ? 'o1' : null,
      role: inOrganization ? Role.parse(header) : null,
      via: 'token',
    };
  }

  async function statusOf(access: Access, caller: string | undefined, body: unknown = { n: 1 }) {
    const response = await app.inject({
      method: 'POST',
      url: `/try/${access}`,
      headers: { 'content-type': 'application/json', ...(caller ? { 'x-test-role': caller } : {}) },
      payload: JSON.stringify(body),
    });
    return response.statusCode;
  }

  it('lets each caller through exactly the accesses that admit them', async () => {
    const callers = [undefined, 'outsider', 'viewer', 'member', 'admin', 'owner'] as const;
    const table: Record<string, number[]> = {};
    for (const access of accesses) {
      table[access] = [];
      for (const caller of callers) table[access].push(await statusOf(access, caller));
    }
    expect(table).toEqual({
      //       nobody outsider viewer member admin owner
      public: [200, 200, 200, 200, 200, 200],
      person: [401, 200, 200, 200, 200, 200],
      member: [401, 403, 200, 200, 200, 200],
      writer: [401, 403, 403, 200, 200, 200],
      manager: [401, 403, 403, 403, 200, 200],
    });
  });

  it('validates the request before it asks who is calling: a malformed one is a 400 for anyone', async () => {
    expect(await statusOf('manager', undefined, { n: 'one' })).toBe(400);
  });
});
