import type {
  FastifyContextConfig,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  preHandlerAsyncHookHandler,
} from 'fastify';
import type { z } from 'zod';
import { type Access, type AnyEndpoint, errorResponses } from '../../contract/endpoints/endpoint.js';
import type { Actor } from '../services/actor.js';
import {
  type MemberActor,
  requireManager,
  requireMember,
  requirePerson,
  requireWriter,
} from '../services/authorization.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The definition a route was registered from; the route-coverage test reads it. */
    endpoint?: AnyEndpoint;
  }
}

/** Who the handler of an endpoint with `access` is called for. */
export type ActorFor<Who extends Access> = Who extends 'public'
  ? Actor | undefined
  : Who extends 'person'
    ? Actor
    : MemberActor;

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

/** What a handler gets: the request's parts as the contract parsed them, and who is calling. */
export interface Call<E extends AnyEndpoint> {
  params: Parsed<E['params']>;
  query: Parsed<E['query']>;
  body: Parsed<E['body']>;
  actor: ActorFor<E['access']>;
}

/**
 * Answers with the body of the endpoint's success status; the registrar sends it with that status.
 * A 204's handler answers nothing: it returns once the work is done.
 */
export type Handler<E extends AnyEndpoint> = (
  call: Call<E>,
  reply: FastifyReply,
  request: FastifyRequest,
) => E['response'] extends z.ZodUndefined ? Promise<void> : Promise<z.input<E['response']>>;

const admit: { [Who in Access]: (actor: Actor | undefined) => ActorFor<Who> } = {
  public: (actor) => actor,
  person: requirePerson,
  member: requireMember,
  writer: (actor) => {
    const member = requireMember(actor);
    requireWriter(member);
    return member;
  },
  manager: (actor) => {
    const member = requireMember(actor);
    requireManager(member);
    return member;
  },
};

function admitted<Who extends Access>(access: Who, actor: Actor | undefined): ActorFor<Who> {
  return admit[access](actor);
}

/** The Fastify schema of an endpoint: validation of its parts, serialization and the OpenAPI operation. */
function schemaOf(endpoint: AnyEndpoint) {
  const errors = Object.fromEntries(endpoint.errors.map((status) => [status, errorResponses[status]]));
  return {
    operationId: endpoint.operationId,
    summary: endpoint.summary,
    tags: [...endpoint.tags],
    ...(endpoint.access === 'public' ? { security: [] } : {}),
    ...(endpoint.params ? { params: endpoint.params } : {}),
    ...(endpoint.query ? { querystring: endpoint.query } : {}),
    ...(endpoint.body ? { body: endpoint.body } : {}),
    response: { [endpoint.status]: endpoint.response, ...errors },
  };
}

/**
 * Registers the route of `endpoint`. Who may call it is checked here, after the request is validated
 * (a malformed request is a 400 whoever sends it) and before the handler runs, so no handler repeats
 * the check and none can forget it.
 */
export function route<E extends AnyEndpoint>(
  app: FastifyInstance,
  endpoint: E,
  handler: Handler<E>,
  options: {
    config?: Omit<FastifyContextConfig, 'endpoint'>;
    /** Run before the handler, after validation: e.g. a rate limit shared by several routes. */
    preHandler?: preHandlerAsyncHookHandler[];
    /** A body limit of its own, above the server's, for a route whose body is a document (an archive). */
    bodyLimit?: number;
  } = {},
): void {
  app.route({
    method: endpoint.method,
    url: endpoint.path,
    config: { ...options.config, endpoint },
    ...(options.preHandler ? { preHandler: options.preHandler } : {}),
    ...(options.bodyLimit ? { bodyLimit: options.bodyLimit } : {}),
    schema: schemaOf(endpoint),
    handler: async (request, reply) => {
      const actor = admitted<E['access']>(endpoint.access, request.actor);
      // Fastify validated each part with the very schema the types come from, so they are what they say.
      const call = { params: request.params, query: request.query, body: request.body, actor } as Call<E>;
      const body = await handler(call, reply, request);
      return reply.status(endpoint.status).send(body);
    },
  });
}
