import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
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
      tags: [
        { name: 'setup', description: 'Health, first-run setup and the demo organization' },
        { name: 'auth', description: 'Sign-up, sign-in and sign-out' },
        { name: 'me', description: 'The signed-in person and their organizations' },
        { name: 'tokens', description: 'Personal API tokens' },
        { name: 'people', description: 'Members of the organization and their roles' },
        { name: 'invitations', description: 'Invitations to join the organization' },
        { name: 'teams', description: 'Teams, their members and leads' },
        { name: 'planning', description: 'Horizons and planning cycles' },
        { name: 'promises', description: 'Promises and the moves of their conversation' },
        {
          name: 'alignment',
          description: 'Contributions, dependencies, the inbox and the accountability map',
        },
        { name: 'progress', description: 'Check-ins, scores, assessments, reviews and dashboards' },
        { name: 'notifications', description: 'Everything that awaits someone, as one stream' },
      ],
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
