import {
  AccountabilitySummary,
  AccountabilitySummaryQuery,
  TeamAccountabilityMap,
  TeamAccountabilityParams,
  TeamAccountabilityQuery,
} from '../accountability.js';
import { defineEndpoint } from './endpoint.js';

export const getAccountability = defineEndpoint({
  operationId: 'getAccountability',
  method: 'GET',
  path: '/api/v1/accountability',
  summary:
    'Who promises what to whom, summarised: one unit per team, and the promises, contributions and dependencies between them',
  tags: ['alignment'],
  access: 'member',
  query: AccountabilitySummaryQuery,
  responses: { 200: AccountabilitySummary },
  errors: [400, 401, 403, 404],
});

export const getTeamAccountability = defineEndpoint({
  operationId: 'getTeamAccountability',
  method: 'GET',
  path: '/api/v1/accountability/teams/:teamId',
  summary: "A team's part of the map: parties as nodes, its promises as edges, a page at a time",
  tags: ['alignment'],
  access: 'member',
  params: TeamAccountabilityParams,
  query: TeamAccountabilityQuery,
  responses: { 200: TeamAccountabilityMap },
  errors: [400, 401, 403, 404],
});
