import { IdParams } from '../common.js';
import { AnswerQuestionBody, AskQuestionBody, PromiseReviews, RequestReviewBody } from '../draft-reviews.js';
import { defineEndpoint } from './endpoint.js';

// Who may review, ask or answer (reviewers, the customer and the performer) is the policy table's,
// which the service enforces.

export const getReviews = defineEndpoint({
  operationId: 'getReviews',
  method: 'GET',
  path: '/api/v1/promises/:id/reviews',
  summary: 'Who reviews the promise, their questions, suggested reviewers and whether its round trip is done',
  tags: ['planning'],
  access: 'member',
  params: IdParams,
  responses: { 200: PromiseReviews },
  errors: [401, 403, 404],
});

export const requestReview = defineEndpoint({
  operationId: 'requestReview',
  method: 'POST',
  path: '/api/v1/promises/:id/reviews',
  summary: 'Share a draft or proposal with a reviewer: a peer, supplier or consumer team, a manager',
  tags: ['planning'],
  access: 'member',
  params: IdParams,
  body: RequestReviewBody,
  responses: { 201: PromiseReviews },
  errors: [400, 401, 403, 404, 409],
});

export const completeReview = defineEndpoint({
  operationId: 'completeReview',
  method: 'POST',
  path: '/api/v1/reviews/:id/complete',
  summary: 'The reviewer marks the review done',
  tags: ['planning'],
  access: 'member',
  params: IdParams,
  responses: { 200: PromiseReviews },
  errors: [400, 401, 403, 404, 409],
});

export const askQuestion = defineEndpoint({
  operationId: 'askQuestion',
  method: 'POST',
  path: '/api/v1/promises/:id/questions',
  summary: 'Raise a question the promise’s customer or performer must answer',
  tags: ['planning'],
  access: 'member',
  params: IdParams,
  body: AskQuestionBody,
  responses: { 201: PromiseReviews },
  errors: [400, 401, 403, 404, 409],
});

export const answerQuestion = defineEndpoint({
  operationId: 'answerQuestion',
  method: 'POST',
  path: '/api/v1/questions/:id/answer',
  summary: 'The customer or performer answers a question',
  tags: ['planning'],
  access: 'member',
  params: IdParams,
  body: AnswerQuestionBody,
  responses: { 200: PromiseReviews },
  errors: [400, 401, 403, 404, 409],
});

export const resolveQuestion = defineEndpoint({
  operationId: 'resolveQuestion',
  method: 'POST',
  path: '/api/v1/questions/:id/resolve',
  summary: 'Mark a question resolved',
  tags: ['planning'],
  access: 'member',
  params: IdParams,
  responses: { 200: PromiseReviews },
  errors: [400, 401, 403, 404, 409],
});
