import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import * as tokenEndpoints from '../../contract/endpoints/scim.js';
import { MAX_OFFSET } from '../../contract/pages.js';
import {
  SCIM_MAX_COUNT,
  SCIM_SCHEMAS,
  ScimGroupBody,
  ScimListQuery,
  ScimPatchBody,
  ScimUserBody,
} from '../../contract/scim.js';
import { AppError, statusOf } from '../errors.js';
import type { ServiceContext } from '../services/context.js';
import { resourceTypes, schemas, serviceProviderConfig } from '../services/scim/discovery.js';
import { isUniqueViolation, ScimError } from '../services/scim/errors.js';
import * as groups from '../services/scim/groups.js';
import {
  createScimToken,
  listScimTokens,
  revokeScimToken,
  type ScimActor,
  scimActorFromToken,
} from '../services/scim/tokens.js';
import * as users from '../services/scim/users.js';
import { route } from './route.js';

export const SCIM_PREFIX = '/scim/v2';
const SCIM_CONTENT_TYPE = 'application/scim+json; charset=utf-8';

/** The admins' endpoints for the tokens: ordinary API endpoints of the contract. */
export function scimTokenRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  route(app, tokenEndpoints.listScimTokens, async ({ actor, query }) => listScimTokens(ctx, actor, query));
  route(app, tokenEndpoints.createScimToken, async ({ actor, body }) =>
    createScimToken(ctx, actor, body.name),
  );
  route(app, tokenEndpoints.revokeScimToken, async ({ actor, params }) =>
    revokeScimToken(ctx, actor, params.id),
  );
}

declare module 'fastify' {
  interface FastifyRequest {
    scimActor: ScimActor | undefined;
  }
}

function scimError(reply: FastifyReply, status: number, detail: string, scimType?: string) {
  return reply
    .status(status)
    .header('content-type', SCIM_CONTENT_TYPE)
    .send({
      schemas: [SCIM_SCHEMAS.error],
      status: String(status),
      ...(scimType ? { scimType } : {}),
      detail,
    });
}

/** A request part read with its contract schema; what does not fit is a SCIM 400 naming the field. */
function parse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ScimError(400, 'The body must be a JSON object', 'invalidSyntax');
  }
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path.map(String).join('.') || 'body';
  throw new ScimError(400, `${path} ${issue?.message ?? 'is invalid'}`, 'invalidValue');
}

function pageOf(query: z.output<typeof ScimListQuery>) {
  const startIndex = Math.max(1, query.startIndex ?? 1);
  const count = Math.min(SCIM_MAX_COUNT, Math.max(0, query.count ?? SCIM_MAX_COUNT));
  return { startIndex, limit: count, offset: Math.min(startIndex - 1, MAX_OFFSET) };
}

function listResponse(resources: unknown[], total: number, startIndex: number) {
  return {
    schemas: [SCIM_SCHEMAS.listResponse],
    totalResults: total,
    startIndex,
    itemsPerPage: resources.length,
    Resources: resources,
  };
}

function actorOf(request: FastifyRequest): ScimActor {
  const actor = request.scimActor;
  if (!actor) throw new ScimError(401, 'Send a SCIM token as Authorization: Bearer <token>');
  return actor;
}

/**
 * SCIM 2.0 under /scim/v2, for identity providers: its own media type, bearer tokens and error
 * shape, which the contract's endpoints do not speak, so it is a plugin of its own (ARCHITECTURE.md).
 * Every refusal leaves as a SCIM error with a 4xx; the handlers call the services in services/scim/.
 */
export function scimProtocolRoutes(ctx: ServiceContext) {
  return async function scimPlugin(app: FastifyInstance): Promise<void> {
    app.decorateRequest('scimActor', undefined);
    // Not in the OpenAPI document: SCIM's own RFCs and /scim/v2/Schemas describe it.
    app.addHook('onRoute', (options) => {
      options.schema = { ...options.schema, hide: true };
    });
    app.addContentTypeParser('application/scim+json', { parseAs: 'string' }, (_request, body, done) => {
      try {
        done(null, body === '' ? undefined : JSON.parse(body as string));
      } catch {
        done(new ScimError(400, 'The body is not valid JSON', 'invalidSyntax'), undefined);
      }
    });

    app.setErrorHandler((error: FastifyError, request, reply) => {
      if (error instanceof ScimError) return scimError(reply, error.status, error.message, error.scimType);
      if (error instanceof AppError) {
        const status = statusOf(error.code);
        if (status < 500)
          return scimError(reply, status, error.message, status === 400 ? 'invalidValue' : undefined);
      }
      if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
        return scimError(reply, 400, 'The body is not valid JSON', 'invalidSyntax');
      }
      if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY')
        return scimError(reply, 400, 'The body is empty', 'invalidSyntax');
      if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
        return scimError(reply, 415, 'Send application/scim+json or application/json');
      }
      if (isUniqueViolation(error)) return scimError(reply, 409, 'That already exists', 'uniqueness');
      if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
        return scimError(reply, error.statusCode, error.message);
      }
      request.log.error({ err: error }, 'unhandled SCIM error');
      return scimError(reply, 500, 'Something went wrong on our side; it has been logged');
    });

    app.setNotFoundHandler((request, reply) =>
      scimError(reply, 404, `No SCIM endpoint ${request.method} ${request.url.split('?')[0]}`),
    );

    app.addHook('onRequest', async (request) => {
      const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
      const actor = match ? await scimActorFromToken(ctx, match[1]!) : undefined;
      if (!actor) throw new ScimError(401, 'The SCIM token is missing, invalid or revoked');
      request.scimActor = actor;
    });

    app.addHook('onSend', async (_request, reply, payload) => {
      reply.header('cache-control', 'no-store');
      const type = reply.getHeader('content-type');
      if (typeof type === 'string' && type.startsWith('application/json'))
        reply.header('content-type', SCIM_CONTENT_TYPE);
      return payload;
    });

    const send = (reply: FastifyReply, status: number, body: unknown) =>
      reply.status(status).header('content-type', SCIM_CONTENT_TYPE).send(body);
    type IdRequest = FastifyRequest<{ Params: { id: string } }>;

    app.get('/ServiceProviderConfig', async (_request, reply) =>
      send(reply, 200, serviceProviderConfig(ctx)),
    );
    app.get('/ResourceTypes', async (_request, reply) => {
      const all = resourceTypes(ctx);
      return send(reply, 200, listResponse(all, all.length, 1));
    });
    app.get('/ResourceTypes/:id', async (request: IdRequest, reply) => {
      const found = resourceTypes(ctx).find((type) => type.id === request.params.id);
      if (!found) throw new ScimError(404, `Resource type ${request.params.id} was not found`);
      return send(reply, 200, found);
    });
    app.get('/Schemas', async (_request, reply) => {
      const all = schemas(ctx);
      return send(reply, 200, listResponse(all, all.length, 1));
    });
    app.get('/Schemas/:id', async (request: IdRequest, reply) => {
      const found = schemas(ctx).find((schema) => schema.id === request.params.id);
      if (!found) throw new ScimError(404, `Schema ${request.params.id} was not found`);
      return send(reply, 200, found);
    });

    app.get('/Users', async (request, reply) => {
      const query = parse(ScimListQuery, request.query);
      const { startIndex, limit, offset } = pageOf(query);
      const { resources, total } = await users.listUsers(ctx, actorOf(request), query.filter, {
        limit,
        offset,
      });
      return send(reply, 200, listResponse(resources, total, startIndex));
    });
    app.post('/Users', async (request, reply) =>
      send(reply, 201, await users.createUser(ctx, actorOf(request), parse(ScimUserBody, request.body))),
    );
    app.get('/Users/:id', async (request: IdRequest, reply) =>
      send(reply, 200, await users.getUser(ctx, actorOf(request), request.params.id)),
    );
    app.put('/Users/:id', async (request: IdRequest, reply) =>
      send(
        reply,
        200,
        await users.replaceUser(ctx, actorOf(request), request.params.id, parse(ScimUserBody, request.body)),
      ),
    );
    app.patch('/Users/:id', async (request: IdRequest, reply) => {
      const { Operations } = parse(ScimPatchBody, request.body);
      return send(reply, 200, await users.patchUser(ctx, actorOf(request), request.params.id, Operations));
    });
    app.delete('/Users/:id', async (request: IdRequest, reply) => {
      await users.deleteUser(ctx, actorOf(request), request.params.id);
      return reply.status(204).send();
    });

    app.get('/Groups', async (request, reply) => {
      const query = parse(ScimListQuery, request.query);
      const { startIndex, limit, offset } = pageOf(query);
      const { resources, total } = await groups.listGroups(ctx, actorOf(request), query, { limit, offset });
      return send(reply, 200, listResponse(resources, total, startIndex));
    });
    app.post('/Groups', async (request, reply) =>
      send(reply, 201, await groups.createGroup(ctx, actorOf(request), parse(ScimGroupBody, request.body))),
    );
    app.get(
      '/Groups/:id',
      async (request: FastifyRequest<{ Params: { id: string }; Querystring: unknown }>, reply) => {
        const query = parse(ScimListQuery, request.query);
        return send(
          reply,
          200,
          await groups.getGroup(ctx, actorOf(request), request.params.id, query.excludedAttributes),
        );
      },
    );
    app.put('/Groups/:id', async (request: IdRequest, reply) =>
      send(
        reply,
        200,
        await groups.replaceGroup(
          ctx,
          actorOf(request),
          request.params.id,
          parse(ScimGroupBody, request.body),
        ),
      ),
    );
    app.patch('/Groups/:id', async (request: IdRequest, reply) => {
      const { Operations } = parse(ScimPatchBody, request.body);
      await groups.patchGroup(ctx, actorOf(request), request.params.id, Operations);
      return reply.status(204).send();
    });
    app.delete('/Groups/:id', async (request: IdRequest, reply) => {
      await groups.deleteGroup(ctx, actorOf(request), request.params.id);
      return reply.status(204).send();
    });
  };
}
