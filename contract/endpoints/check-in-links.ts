import { CheckInLink, CheckInLinkParams } from '../check-in-links.js';
import { CheckIn, CreateCheckInBody } from '../check-ins.js';
import { defineEndpoint } from './endpoint.js';

export const readCheckInLink = defineEndpoint({
  operationId: 'readCheckInLink',
  method: 'GET',
  path: '/api/v1/check-in-links/:token',
  summary: 'What an emailed check-in link is for: the promise, its key results and their values',
  tags: ['progress'],
  access: 'public',
  params: CheckInLinkParams,
  responses: { 200: CheckInLink },
  errors: [400, 404],
});

export const checkInByLink = defineEndpoint({
  operationId: 'checkInByLink',
  method: 'POST',
  path: '/api/v1/check-in-links/:token',
  summary: 'Check in through an emailed link, without signing in; the link works once',
  tags: ['progress'],
  access: 'public',
  params: CheckInLinkParams,
  body: CreateCheckInBody,
  responses: { 201: CheckIn },
  errors: [400, 404, 409],
});
