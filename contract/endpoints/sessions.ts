import { SessionList, SessionParams } from '../sessions.js';
import { defineEndpoint, NoContent } from './endpoint.js';

export const listSessions = defineEndpoint({
  operationId: 'listSessions',
  method: 'GET',
  path: '/api/v1/sessions',
  summary: 'Where I am signed in: my live sessions, the current one marked',
  tags: ['auth'],
  access: 'person',
  responses: { 200: SessionList },
  errors: [401],
});

export const endSession = defineEndpoint({
  operationId: 'endSession',
  method: 'DELETE',
  path: '/api/v1/sessions/:id',
  summary: 'Sign out one of my sessions (another browser, a lost device)',
  tags: ['auth'],
  access: 'person',
  params: SessionParams,
  responses: { 204: NoContent },
  errors: [400, 401, 404],
});

export const endOtherSessions = defineEndpoint({
  operationId: 'endOtherSessions',
  method: 'DELETE',
  path: '/api/v1/sessions',
  summary: 'Sign out everywhere but here',
  tags: ['auth'],
  access: 'person',
  responses: { 204: NoContent },
  errors: [401],
});
