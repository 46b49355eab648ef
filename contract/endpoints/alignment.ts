import {
  AnswerDependencyBody,
  Contribution,
  CreateContributionBody,
  CreateDependencyBody,
  Dependency,
} from '../alignment.js';
import { IdParams } from '../common.js';
import { defineEndpoint, NoContent } from './endpoint.js';

export const createContribution = defineEndpoint({
  operationId: 'createContribution',
  method: 'POST',
  path: '/api/v1/contributions',
  summary: 'Say that one promise contributes to another running at the same time',
  tags: ['alignment'],
  access: 'member',
  body: CreateContributionBody,
  responses: { 201: Contribution },
  errors: [400, 401, 403, 404, 409],
});

export const deleteContribution = defineEndpoint({
  operationId: 'deleteContribution',
  method: 'DELETE',
  path: '/api/v1/contributions/:id',
  summary: 'Remove a contribution',
  tags: ['alignment'],
  access: 'member',
  params: IdParams,
  responses: { 204: NoContent },
  errors: [401, 403, 404],
});

export const createDependency = defineEndpoint({
  operationId: 'createDependency',
  method: 'POST',
  path: '/api/v1/dependencies',
  summary: 'Say that a promise needs another promise, or a team that has not promised yet',
  tags: ['alignment'],
  access: 'member',
  body: CreateDependencyBody,
  responses: { 201: Dependency },
  errors: [400, 401, 403, 404],
});

export const deleteDependency = defineEndpoint({
  operationId: 'deleteDependency',
  method: 'DELETE',
  path: '/api/v1/dependencies/:id',
  summary: 'Remove a dependency (kept as history: the plan as of an earlier moment still shows it)',
  tags: ['alignment'],
  access: 'member',
  params: IdParams,
  responses: { 204: NoContent },
  errors: [401, 403, 404],
});

export const answerDependency = defineEndpoint({
  operationId: 'answerDependency',
  method: 'POST',
  path: '/api/v1/dependencies/:id/answer',
  summary: 'The supplier acknowledges or declines a dependency',
  tags: ['alignment'],
  access: 'member',
  params: IdParams,
  body: AnswerDependencyBody,
  responses: { 200: Dependency },
  errors: [400, 401, 403, 404, 409],
});
