import {
  AnswerCheckInBody,
  CheckIn,
  CheckInList,
  CheckInsQuery,
  CreateCheckInBody,
  Progress,
} from '../check-ins.js';
import { IdParams } from '../common.js';
import { PromiseQuery } from '../promises.js';
import { defineEndpoint } from './endpoint.js';

export const listCheckIns = defineEndpoint({
  operationId: 'listCheckIns',
  method: 'GET',
  path: '/api/v1/promises/:id/check-ins',
  summary: "A page of a promise's check-ins, newest first, with the customer's answers",
  tags: ['progress'],
  access: 'member',
  params: IdParams,
  query: CheckInsQuery,
  responses: { 200: CheckInList },
  errors: [400, 401, 403, 404],
});

export const createCheckIn = defineEndpoint({
  operationId: 'createCheckIn',
  method: 'POST',
  path: '/api/v1/promises/:id/check-ins',
  summary: 'The performer records values, confidence, status, a note and blockers (append-only)',
  tags: ['progress'],
  access: 'member',
  params: IdParams,
  body: CreateCheckInBody,
  responses: { 201: CheckIn },
  errors: [400, 401, 403, 404, 409],
});

export const answerCheckIn = defineEndpoint({
  operationId: 'answerCheckIn',
  method: 'POST',
  path: '/api/v1/check-ins/:id/answers',
  summary: 'The customer acknowledges, comments on or offers help with a check-in',
  tags: ['progress'],
  access: 'member',
  params: IdParams,
  body: AnswerCheckInBody,
  responses: { 201: CheckIn },
  errors: [400, 401, 403, 404],
});

export const getProgress = defineEndpoint({
  operationId: 'getProgress',
  method: 'GET',
  path: '/api/v1/promises/:id/progress',
  summary:
    'Key results with their values over time, the score, the roll-up and check-in timing; ?at= as they stood then',
  tags: ['progress'],
  access: 'member',
  params: IdParams,
  query: PromiseQuery,
  responses: { 200: Progress },
  errors: [400, 401, 403, 404],
});
