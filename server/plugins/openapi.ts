import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { tags } from '../../contract/endpoints/tags.js';
import { SESSION_COOKIE } from './authentication.js';

type OpenApiDocument = ReturnType<typeof jsonSchemaTransformObject>;

/**
 * The type provider emits an input and an output variant of every named schema; a document that
 * lists variants no operation uses is noise for readers and linters, so those are dropped.
 */
function withoutUnusedSchemas(document: OpenApiDocument): OpenApiDocument {
  const components = (document as { components?: { schemas?: Record<string, unknown> } }).components;
  const schemas = components?.schemas;
  if (!schemas) return document;
  let changed = true;
  while (changed) {
    changed = false;
    const text = JSON.stringify({ ...document, components: { ...components, schemas } });
    for (const name of Object.keys(schemas)) {
      const reference = `"#/components/schemas/${name}"`;
      if (!text.includes(reference)) {
        delete schemas[name];
        changed = true;
      }
    }
  }
  return document;
}

export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Accord API',
        version: '1',
        description:
          'Accord plans and tracks OKRs as promises between a customer and a performer. Authenticate with a ' +
          'session cookie (the web app) or an API token sent as `Authorization: Bearer <token>`.',
        license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
      },
      servers: [{ url: '/', description: 'This Accord server' }],
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'An API token made on the account page' },
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'The web session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
      tags: [...tags],
    },
    transform: jsonSchemaTransform,
    transformObject: (input) => withoutUnusedSchemas(jsonSchemaTransformObject(input)),
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
}

/** Call after the routes are registered. */
export function serveOpenApiDocument(app: FastifyInstance): void {
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
