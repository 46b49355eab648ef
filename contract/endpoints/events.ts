import { LiveEventStream } from '../live-events.js';
import { defineEndpoint } from './endpoint.js';

export const streamEvents = defineEndpoint({
  operationId: 'streamEvents',
  method: 'GET',
  path: '/api/v1/events',
  summary: 'A live stream (server-sent events) of what changes in the organization that the caller can see',
  tags: ['notifications'],
  access: 'member',
  responses: { 200: LiveEventStream },
  errors: [401, 403],
});
