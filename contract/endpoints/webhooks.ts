import { IdParams } from '../common.js';
import {
  CreatedWebhook,
  CreateWebhookBody,
  DeliveriesQuery,
  DeliveryList,
  DeliveryParams,
  UpdateWebhookBody,
  Webhook,
  WebhookDelivery,
  WebhookList,
  WebhooksQuery,
} from '../webhooks.js';
import { defineEndpoint, NoContent } from './endpoint.js';

export const listWebhooks = defineEndpoint({
  operationId: 'listWebhooks',
  method: 'GET',
  path: '/api/v1/webhooks',
  summary: 'The webhook subscriptions of the organization',
  tags: ['integrations'],
  access: 'manager',
  query: WebhooksQuery,
  responses: { 200: WebhookList },
  errors: [400, 401, 403],
});

export const createWebhook = defineEndpoint({
  operationId: 'createWebhook',
  method: 'POST',
  path: '/api/v1/webhooks',
  summary: 'Subscribe a URL to event types; the signing secret is shown once',
  tags: ['integrations'],
  access: 'manager',
  body: CreateWebhookBody,
  responses: { 201: CreatedWebhook },
  errors: [400, 401, 403],
});

export const updateWebhook = defineEndpoint({
  operationId: 'updateWebhook',
  method: 'PATCH',
  path: '/api/v1/webhooks/:id',
  summary: 'Change a subscription, or enable a disabled one again',
  tags: ['integrations'],
  access: 'manager',
  params: IdParams,
  body: UpdateWebhookBody,
  responses: { 200: Webhook },
  errors: [400, 401, 403, 404],
});

export const removeWebhook = defineEndpoint({
  operationId: 'removeWebhook',
  method: 'DELETE',
  path: '/api/v1/webhooks/:id',
  summary: 'Remove a subscription: nothing more is sent to it',
  tags: ['integrations'],
  access: 'manager',
  params: IdParams,
  responses: { 204: NoContent },
  errors: [401, 403, 404],
});

export const rotateWebhookSecret = defineEndpoint({
  operationId: 'rotateWebhookSecret',
  method: 'POST',
  path: '/api/v1/webhooks/:id/rotate-secret',
  summary: 'Make a new signing secret; the old one still signs deliveries for 24 hours',
  tags: ['integrations'],
  access: 'manager',
  params: IdParams,
  responses: { 200: CreatedWebhook },
  errors: [401, 403, 404],
});

export const listWebhookDeliveries = defineEndpoint({
  operationId: 'listWebhookDeliveries',
  method: 'GET',
  path: '/api/v1/webhooks/:id/deliveries',
  summary: 'The deliveries to a subscription, newest first',
  tags: ['integrations'],
  access: 'manager',
  params: IdParams,
  query: DeliveriesQuery,
  responses: { 200: DeliveryList },
  errors: [400, 401, 403, 404],
});

export const redeliverWebhook = defineEndpoint({
  operationId: 'redeliverWebhook',
  method: 'POST',
  path: '/api/v1/webhooks/:id/deliveries/:deliveryId/redeliver',
  summary: 'Send a delivery again, with the same webhook-id',
  tags: ['integrations'],
  access: 'manager',
  params: DeliveryParams,
  responses: { 202: WebhookDelivery },
  errors: [401, 403, 404, 409],
});
