import { Dashboard, DashboardQuery } from '../dashboard.js';
import { defineEndpoint } from './endpoint.js';

export const getDashboard = defineEndpoint({
  operationId: 'getDashboard',
  method: 'GET',
  path: '/api/v1/dashboard',
  summary: 'A cycle at a glance for the organization, a team or a person',
  tags: ['progress'],
  access: 'member',
  query: DashboardQuery,
  responses: { 200: Dashboard },
  errors: [400, 401, 403, 404],
});
