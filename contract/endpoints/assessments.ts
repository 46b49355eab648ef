import { Assessment, RetrospectiveBody } from '../assessments.js';
import { IdParams } from '../common.js';
import { defineEndpoint } from './endpoint.js';

export const getAssessment = defineEndpoint({
  operationId: 'getAssessment',
  method: 'GET',
  path: '/api/v1/promises/:id/assessment',
  summary: "The customer's assessment with final scores, and both sides' retrospectives",
  tags: ['progress'],
  access: 'member',
  params: IdParams,
  responses: { 200: Assessment },
  errors: [401, 403, 404],
});

export const writeRetrospective = defineEndpoint({
  operationId: 'writeRetrospective',
  method: 'POST',
  path: '/api/v1/promises/:id/retrospectives',
  summary: 'The customer or the performer writes what went well and what to change',
  tags: ['progress'],
  access: 'member',
  params: IdParams,
  body: RetrospectiveBody,
  responses: { 201: Assessment },
  errors: [400, 401, 403, 404, 409],
});
