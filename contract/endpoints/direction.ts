import { IdParams } from '../common.js';
import { CommentDirectionBody, DirectionDocument, SaveDirectionBody } from '../direction.js';
import { defineEndpoint } from './endpoint.js';

// Who writes the direction (leadership) is the policy table's, which the service enforces.

export const getDirection = defineEndpoint({
  operationId: 'getDirection',
  method: 'GET',
  path: '/api/v1/cycles/:id/direction',
  summary: "The cycle's direction document: published versions, comments, and the draft for leadership",
  tags: ['planning'],
  access: 'member',
  params: IdParams,
  responses: { 200: DirectionDocument },
  errors: [401, 403, 404],
});

export const saveDirectionDraft = defineEndpoint({
  operationId: 'saveDirectionDraft',
  method: 'PUT',
  path: '/api/v1/cycles/:id/direction',
  summary: 'Save the draft of the direction document (leadership)',
  tags: ['planning'],
  access: 'member',
  params: IdParams,
  body: SaveDirectionBody,
  responses: { 200: DirectionDocument },
  errors: [400, 401, 403, 404, 409],
});

export const publishDirection = defineEndpoint({
  operationId: 'publishDirection',
  method: 'POST',
  path: '/api/v1/cycles/:id/direction/publish',
  summary: 'Publish the draft as a new version; every version is kept (leadership)',
  tags: ['planning'],
  access: 'member',
  params: IdParams,
  responses: { 201: DirectionDocument },
  errors: [400, 401, 403, 404, 409],
});

export const commentOnDirection = defineEndpoint({
  operationId: 'commentOnDirection',
  method: 'POST',
  path: '/api/v1/cycles/:id/direction/comments',
  summary: 'Comment on the published direction',
  tags: ['planning'],
  access: 'member',
  params: IdParams,
  body: CommentDirectionBody,
  responses: { 201: DirectionDocument },
  errors: [400, 401, 403, 404, 409],
});
