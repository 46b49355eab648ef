import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineEndpoint } from '../../contract/endpoints/endpoint.js';
import { route } from '../routes/route.js';
import { registerErrorHandling } from './errors.js';
import { responseSerializerCompiler } from './serialization.js';

const endpoint = defineEndpoint({
  operationId: 'readThing',
  method: 'GET',
  path: '/thing/:shape',
  summary: 'A response as the handler built it',
  tags: ['setup'],
  access: 'public',
  params: z.object({ shape: z.enum(['declared', 'extra', 'wrong']) }),
  responses: { 200: z.object({ name: z.string(), count: z.number() }) },
  errors: [400],
});

const answers = {
  declared: { count: 2, name: 'kept' },
  extra: { name: 'kept', count: 2, passwordHash: 'secret' },
  wrong: { name: 'kept', count: 'two' },
};

describe('how responses are serialised', () => {
  let app: FastifyInstance | undefined;
  afterEach(() => app?.close());

  async function serve(checkResponses: boolean) {
    const logged: unknown[] = [];
    const logger: FastifyBaseLogger = pino(
      { level: 'error' },
      { write: (line: string) => logged.push(line) },
    );
    app = Fastify({ loggerInstance: logger });
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(responseSerializerCompiler(checkResponses));
    registerErrorHandling(app);
    app.decorateRequest('actor', undefined);
    route(app, endpoint, async ({ params }) => answers[params.shape] as never);
    await app.ready();
    return { app, logged };
  }

  it('sends what the handler built, unvalidated, in production', async () => {
    const { app } = await serve(false);
    const declared = await app.inject({ url: '/thing/declared' });
    expect(declared.statusCode).toBe(200);
    expect(declared.body).toBe(JSON.stringify(answers.declared));
    // The cost of checking is what production saves: an undeclared field would go out as it is.
    expect((await app.inject({ url: '/thing/extra' })).json()).toEqual(answers.extra);
  });

  it('checks every response against its schema when asked, whatever the order of its fields', async () => {
    const { app, logged } = await serve(true);
    const declared = await app.inject({ url: '/thing/declared' });
    expect(declared.statusCode).toBe(200);
    expect(declared.json()).toEqual(answers.declared);

    for (const shape of ['extra', 'wrong'] as const) {
      const response = await app.inject({ url: `/thing/${shape}` });
      expect(response.statusCode).toBe(500);
      expect(response.json().error.code).toBe('internal');
      expect(response.body).not.toContain('secret');
    }
    expect(logged.join('\n')).toContain('passwordHash');
  });
});
