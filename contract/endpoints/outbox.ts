import { OutboxItem, OutboxItemParams, OutboxList, OutboxQuery } from '../outbox.js';
import { defineEndpoint } from './endpoint.js';

export const listOutbox = defineEndpoint({
  operationId: 'listOutbox',
  method: 'GET',
  path: '/api/v1/admin/outbox',
  summary: "The organization's emails and webhook deliveries waiting, being retried or failed, newest first",
  tags: ['integrations'],
  access: 'manager',
  query: OutboxQuery,
  responses: { 200: OutboxList },
  errors: [400, 401, 403],
});

export const retryOutboxItem = defineEndpoint({
  operationId: 'retryOutboxItem',
  method: 'POST',
  path: '/api/v1/admin/outbox/:kind/:id/retry',
  summary: 'Send an email or a webhook delivery that failed (or waits for a retry) at the next pass',
  tags: ['integrations'],
  access: 'manager',
  params: OutboxItemParams,
  responses: { 202: OutboxItem },
  errors: [400, 401, 403, 404, 409],
});
