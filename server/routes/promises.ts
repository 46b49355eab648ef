import type { FastifyInstance } from 'fastify';
import * as endpoints from '../../contract/endpoints/promises.js';
import { carryOverPromise, leavePromiseAsItIs } from '../services/carry-over.js';
import type { ServiceContext } from '../services/context.js';
import { createPromise } from '../services/promises/create-promise.js';
import { makeMove } from '../services/promises/make-move.js';
import { getPromise, listPromises } from '../services/promises/read-promise.js';
import { reviseDraft } from '../services/promises/revise-draft.js';
import { route } from './route.js';

export function promiseRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  route(app, endpoints.listPromises, async ({ actor, query }) => listPromises(ctx, actor, query));

  route(app, endpoints.createPromise, async ({ actor, body }) => createPromise(ctx, actor, body));

  route(app, endpoints.getPromise, async ({ actor, params, query }) =>
    getPromise(ctx, actor, params.id, query.at),
  );

  route(app, endpoints.reviseDraft, async ({ actor, params, body }) =>
    reviseDraft(ctx, actor, params.id, body),
  );

  // The move answers with the promise as it stands after it, as the promise's own page shows it.
  route(app, endpoints.makeMove, async ({ actor, params, body }) => {
    await makeMove(ctx, actor, params.id, body);
    return getPromise(ctx, actor, params.id);
  });

  route(app, endpoints.carryOverPromise, async ({ actor, params }) =>
    carryOverPromise(ctx, actor, params.id),
  );

  route(app, endpoints.leavePromiseAsItIs, async ({ actor, params }) =>
    leavePromiseAsItIs(ctx, actor, params.id),
  );
}
