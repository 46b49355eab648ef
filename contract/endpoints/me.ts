import { CreateOrganizationBody, Me, OrganizationSummary, SwitchOrganizationBody } from '../auth.js';
import { defineEndpoint } from './endpoint.js';

export const getMe = defineEndpoint({
  operationId: 'getMe',
  method: 'GET',
  path: '/api/v1/me',
  summary: 'Who is signed in, in which organization, and the organizations they belong to',
  tags: ['me'],
  access: 'person',
  responses: { 200: Me },
  errors: [401],
});

export const switchOrganization = defineEndpoint({
  operationId: 'switchOrganization',
  method: 'PUT',
  path: '/api/v1/me/organization',
  summary: 'Switch the organization this session acts in',
  tags: ['me'],
  access: 'person',
  body: SwitchOrganizationBody,
  responses: { 200: Me },
  errors: [400, 401, 403, 404],
});

export const createOrganization = defineEndpoint({
  operationId: 'createOrganization',
  method: 'POST',
  path: '/api/v1/organizations',
  summary: 'Create another organization, owned by the signed-in person, and switch to it',
  tags: ['me'],
  access: 'person',
  body: CreateOrganizationBody,
  responses: { 201: OrganizationSummary },
  errors: [400, 401, 403],
});
