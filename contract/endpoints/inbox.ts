import { Inbox, InboxQuery } from '../inbox.js';
import { defineEndpoint } from './endpoint.js';

export const getInbox = defineEndpoint({
  operationId: 'getInbox',
  method: 'GET',
  path: '/api/v1/inbox',
  summary: 'What awaits my move, and what I am waiting on from others',
  tags: ['alignment'],
  access: 'member',
  query: InboxQuery,
  responses: { 200: Inbox },
  errors: [400, 401, 403],
});
