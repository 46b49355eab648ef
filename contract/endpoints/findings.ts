import {
  DismissFindingBody,
  FindingKeyParams,
  FindingList,
  FindingsQuery,
  FindingView,
} from '../findings.js';
import { defineEndpoint } from './endpoint.js';

export const listFindings = defineEndpoint({
  operationId: 'listFindings',
  method: 'GET',
  path: '/api/v1/findings',
  summary: "The strategy debugger: the plan's findings, filtered and paginated",
  tags: ['alignment'],
  access: 'member',
  query: FindingsQuery,
  responses: { 200: FindingList },
  errors: [400, 401, 403],
});

export const dismissFinding = defineEndpoint({
  operationId: 'dismissFinding',
  method: 'POST',
  path: '/api/v1/findings/:key/dismiss',
  summary: 'Dismiss an open finding, with a reason; one of its parties may',
  tags: ['alignment'],
  access: 'writer',
  params: FindingKeyParams,
  body: DismissFindingBody,
  responses: { 200: FindingView },
  errors: [400, 401, 403, 404, 409],
});

export const undoFindingDismissal = defineEndpoint({
  operationId: 'undoFindingDismissal',
  method: 'DELETE',
  path: '/api/v1/findings/:key/dismiss',
  summary: 'Undo the dismissal of a finding: it is open again',
  tags: ['alignment'],
  access: 'writer',
  params: FindingKeyParams,
  responses: { 200: FindingView },
  errors: [401, 403, 404, 409],
});
