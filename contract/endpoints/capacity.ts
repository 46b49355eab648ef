import { CapacityQuery, SetCapacityBody, SetSizeBody, TeamCapacity } from '../capacity.js';
import { IdParams } from '../common.js';
import { defineEndpoint, NoContent } from './endpoint.js';

// Who declares a capacity (the team's leads, owners and admins) or sizes a promise (its performer) is
// the policy table's, which the service enforces.

export const getTeamCapacity = defineEndpoint({
  operationId: 'getTeamCapacity',
  method: 'GET',
  path: '/api/v1/teams/:id/capacity',
  summary: "A team's capacity and load in a cycle, and what it said no to",
  tags: ['planning'],
  access: 'member',
  params: IdParams,
  query: CapacityQuery,
  responses: { 200: TeamCapacity },
  errors: [400, 401, 403, 404],
});

export const setTeamCapacity = defineEndpoint({
  operationId: 'setTeamCapacity',
  method: 'PUT',
  path: '/api/v1/teams/:id/capacity',
  summary: 'Declare what a team can promise in a cycle (its leads, owners and admins)',
  tags: ['planning'],
  access: 'member',
  params: IdParams,
  body: SetCapacityBody,
  responses: { 200: TeamCapacity },
  errors: [400, 401, 403, 404, 409],
});

export const setPromiseSize = defineEndpoint({
  operationId: 'setPromiseSize',
  method: 'PUT',
  path: '/api/v1/promises/:id/size',
  summary: 'The performer sizes a promise in points',
  tags: ['planning'],
  access: 'member',
  params: IdParams,
  body: SetSizeBody,
  responses: { 204: NoContent },
  errors: [400, 401, 403, 404, 409],
});
