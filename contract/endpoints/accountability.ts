import { AccountabilityMap, AccountabilityQuery } from '../accountability.js';
import { defineEndpoint } from './endpoint.js';

export const getAccountability = defineEndpoint({
  operationId: 'getAccountability',
  method: 'GET',
  path: '/api/v1/accountability',
  summary: 'Who promises what to whom over which horizon: parties as nodes, promises as edges',
  tags: ['alignment'],
  access: 'member',
  query: AccountabilityQuery,
  responses: { 200: AccountabilityMap },
  errors: [400, 401, 403],
});
