import { IdParams } from '../common.js';
import { CreatedScimToken, CreateScimTokenBody, ScimTokenList, ScimTokensQuery } from '../scim.js';
import { defineEndpoint, NoContent } from './endpoint.js';

export const listScimTokens = defineEndpoint({
  operationId: 'listScimTokens',
  method: 'GET',
  path: '/api/v1/scim-tokens',
  summary: "The organization's SCIM provisioning tokens, and the SCIM base URL",
  tags: ['scim'],
  access: 'manager',
  query: ScimTokensQuery,
  responses: { 200: ScimTokenList },
  errors: [400, 401, 403],
});

export const createScimToken = defineEndpoint({
  operationId: 'createScimToken',
  method: 'POST',
  path: '/api/v1/scim-tokens',
  summary: 'Create a SCIM token for an identity provider; its secret is shown once',
  tags: ['scim'],
  access: 'manager',
  body: CreateScimTokenBody,
  responses: { 201: CreatedScimToken },
  errors: [400, 401, 403],
});

export const revokeScimToken = defineEndpoint({
  operationId: 'revokeScimToken',
  method: 'DELETE',
  path: '/api/v1/scim-tokens/:id',
  summary: 'Revoke a SCIM token: the identity provider is refused from the next request on',
  tags: ['scim'],
  access: 'manager',
  params: IdParams,
  responses: { 204: NoContent },
  errors: [401, 403, 404],
});
