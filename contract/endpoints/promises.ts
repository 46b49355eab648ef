import { IdParams } from '../common.js';
import {
  CreatePromiseBody,
  MoveBody,
  PromiseDetail,
  PromiseList,
  PromiseQuery,
  PromisesQuery,
  ReviseDraftBody,
} from '../promises.js';
import { defineEndpoint, NoContent } from './endpoint.js';

export const listPromises = defineEndpoint({
  operationId: 'listPromises',
  method: 'GET',
  path: '/api/v1/promises',
  summary: 'Promises, filtered by cycle, horizon, party, status, phase and tag',
  tags: ['promises'],
  access: 'member',
  query: PromisesQuery,
  responses: { 200: PromiseList },
  errors: [400, 401, 403],
});

export const createPromise = defineEndpoint({
  operationId: 'createPromise',
  method: 'POST',
  path: '/api/v1/promises',
  summary: 'Make a promise: as a request (I am the customer), an offer (I am the performer) or a draft',
  tags: ['promises'],
  access: 'member',
  body: CreatePromiseBody,
  responses: { 201: PromiseDetail },
  errors: [400, 401, 403, 404],
});

export const getPromise = defineEndpoint({
  operationId: 'getPromise',
  method: 'GET',
  path: '/api/v1/promises/:id',
  summary:
    'A promise with its phase, terms, pending proposal and whole history; ?at= shows it as it stood then',
  tags: ['promises'],
  access: 'member',
  params: IdParams,
  query: PromiseQuery,
  responses: { 200: PromiseDetail },
  errors: [400, 401, 403, 404],
});

export const reviseDraft = defineEndpoint({
  operationId: 'reviseDraft',
  method: 'PATCH',
  path: '/api/v1/promises/:id',
  summary: 'Edit a draft before it is opened (the drafting side)',
  tags: ['promises'],
  access: 'member',
  params: IdParams,
  body: ReviseDraftBody,
  responses: { 200: PromiseDetail },
  errors: [400, 401, 403, 404, 409],
});

export const makeMove = defineEndpoint({
  operationId: 'makeMove',
  method: 'POST',
  path: '/api/v1/promises/:id/moves',
  summary: 'Make a move in the conversation: request, offer, counter, promise, decline, report-complete…',
  tags: ['promises'],
  access: 'member',
  params: IdParams,
  body: MoveBody,
  responses: { 201: PromiseDetail },
  errors: [400, 401, 403, 404, 409],
});

export const carryOverPromise = defineEndpoint({
  operationId: 'carryOverPromise',
  method: 'POST',
  path: '/api/v1/promises/:id/carry-over',
  summary:
    'Carry an unfinished promise of a closed cycle into the next cycle on its horizon: a new promise that cites it',
  tags: ['promises'],
  access: 'member',
  params: IdParams,
  responses: { 201: PromiseDetail },
  errors: [400, 401, 403, 404, 409],
});

export const leavePromiseAsItIs = defineEndpoint({
  operationId: 'leavePromiseAsItIs',
  method: 'POST',
  path: '/api/v1/promises/:id/carry-over/leave',
  summary: 'Leave an unfinished promise of a closed cycle as it is: the carry-over question leaves my inbox',
  tags: ['promises'],
  access: 'member',
  params: IdParams,
  responses: { 204: NoContent },
  errors: [400, 401, 403, 404, 409],
});
