import { IdParams } from '../common.js';
import { PeopleQuery, Person, PersonList, UpdateMemberBody } from '../people.js';
import { defineEndpoint, NoContent } from './endpoint.js';

// Who may change a role or remove a member (owners and admins; only owners touch ownership) is the
// policy table's, which the service enforces.

export const listPeople = defineEndpoint({
  operationId: 'listPeople',
  method: 'GET',
  path: '/api/v1/people',
  summary: 'Members of the organization with their role and teams',
  tags: ['people'],
  access: 'member',
  query: PeopleQuery,
  responses: { 200: PersonList },
  errors: [400, 401, 403],
});

export const getPerson = defineEndpoint({
  operationId: 'getPerson',
  method: 'GET',
  path: '/api/v1/people/:id',
  summary: 'One member of the organization',
  tags: ['people'],
  access: 'member',
  params: IdParams,
  responses: { 200: Person },
  errors: [401, 403, 404],
});

export const changeMemberRole = defineEndpoint({
  operationId: 'changeMemberRole',
  method: 'PATCH',
  path: '/api/v1/members/:id',
  summary: "Change a member's role (owners and admins; only owners touch ownership)",
  tags: ['people'],
  access: 'member',
  params: IdParams,
  body: UpdateMemberBody,
  responses: { 200: Person },
  errors: [400, 401, 403, 404, 409],
});

export const removeMember = defineEndpoint({
  operationId: 'removeMember',
  method: 'DELETE',
  path: '/api/v1/members/:id',
  summary: 'Remove a member from the organization; what they did stays in the history',
  tags: ['people'],
  access: 'member',
  params: IdParams,
  responses: { 204: NoContent },
  errors: [401, 403, 404, 409],
});
