import { IdParams } from '../common.js';
import {
  CreateTeamBody,
  PutTeamMemberBody,
  Team,
  TeamList,
  TeamMemberParams,
  TeamsQuery,
  UpdateTeamBody,
} from '../teams.js';
import { defineEndpoint } from './endpoint.js';

// Who may create, change or staff a team (owners, admins, the team's leads) is the policy table's,
// which the service enforces.

export const listTeams = defineEndpoint({
  operationId: 'listTeams',
  method: 'GET',
  path: '/api/v1/teams',
  summary: 'Teams of the organization, with their members',
  tags: ['teams'],
  access: 'member',
  query: TeamsQuery,
  responses: { 200: TeamList },
  errors: [400, 401, 403],
});

export const createTeam = defineEndpoint({
  operationId: 'createTeam',
  method: 'POST',
  path: '/api/v1/teams',
  summary: 'Create a team (owners and admins)',
  tags: ['teams'],
  access: 'member',
  body: CreateTeamBody,
  responses: { 201: Team },
  errors: [400, 401, 403],
});

export const getTeam = defineEndpoint({
  operationId: 'getTeam',
  method: 'GET',
  path: '/api/v1/teams/:id',
  summary: 'One team with its members',
  tags: ['teams'],
  access: 'member',
  params: IdParams,
  responses: { 200: Team },
  errors: [401, 403, 404],
});

export const updateTeam = defineEndpoint({
  operationId: 'updateTeam',
  method: 'PATCH',
  path: '/api/v1/teams/:id',
  summary: 'Rename, describe, archive or restore a team (owners and admins)',
  tags: ['teams'],
  access: 'member',
  params: IdParams,
  body: UpdateTeamBody,
  responses: { 200: Team },
  errors: [400, 401, 403, 404, 409],
});

export const archiveTeam = defineEndpoint({
  operationId: 'archiveTeam',
  method: 'DELETE',
  path: '/api/v1/teams/:id',
  summary: 'Archive a team; it keeps everything and can be restored',
  tags: ['teams'],
  access: 'member',
  params: IdParams,
  responses: { 200: Team },
  errors: [401, 403, 404],
});

export const putTeamMember = defineEndpoint({
  operationId: 'putTeamMember',
  method: 'PUT',
  path: '/api/v1/teams/:id/members/:personId',
  summary: 'Add a member to a team, or change whether they lead it',
  tags: ['teams'],
  access: 'member',
  params: TeamMemberParams,
  body: PutTeamMemberBody,
  responses: { 200: Team },
  errors: [400, 401, 403, 404, 409],
});

export const removeTeamMember = defineEndpoint({
  operationId: 'removeTeamMember',
  method: 'DELETE',
  path: '/api/v1/teams/:id/members/:personId',
  summary: 'Remove a member from a team',
  tags: ['teams'],
  access: 'member',
  params: TeamMemberParams,
  responses: { 200: Team },
  errors: [401, 403, 404, 409],
});
