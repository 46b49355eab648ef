import type { FastifyInstance } from 'fastify';
import * as endpoints from '../../contract/endpoints/webhooks.js';
import type { ServiceContext } from '../services/context.js';
import {
  createWebhook,
  listWebhookDeliveries,
  listWebhooks,
  redeliverWebhook,
  removeWebhook,
  rotateWebhookSecret,
  updateWebhook,
} from '../services/webhooks/subscriptions.js';
import { route } from './route.js';

export function webhookRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  route(app, endpoints.listWebhooks, async ({ actor, query }) => listWebhooks(ctx, actor, query));

  route(app, endpoints.createWebhook, async ({ actor, body }) => createWebhook(ctx, actor, body));

  route(app, endpoints.updateWebhook, async ({ actor, params, body }) =>
    updateWebhook(ctx, actor, params.id, body),
  );

  route(app, endpoints.removeWebhook, async ({ actor, params }) => removeWebhook(ctx, actor, params.id));

  route(app, endpoints.rotateWebhookSecret, async ({ actor, params }) =>
    rotateWebhookSecret(ctx, actor, params.id),
  );

  route(app, endpoints.listWebhookDeliveries, async ({ actor, params, query }) =>
    listWebhookDeliveries(ctx, actor, params.id, query),
  );

  route(app, endpoints.redeliverWebhook, async ({ actor, params }) =>
    redeliverWebhook(ctx, actor, params.id, params.deliveryId),
  );
}
