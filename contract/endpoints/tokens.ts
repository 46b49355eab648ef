import { IdParams } from '../common.js';
import { CreatedToken, CreateTokenBody, TokenList, TokensQuery } from '../tokens.js';
import { defineEndpoint, NoContent } from './endpoint.js';

export const listTokens = defineEndpoint({
  operationId: 'listTokens',
  method: 'GET',
  path: '/api/v1/tokens',
  summary: 'My API tokens in this organization',
  tags: ['tokens'],
  access: 'member',
  query: TokensQuery,
  responses: { 200: TokenList },
  errors: [400, 401, 403],
});

export const createToken = defineEndpoint({
  operationId: 'createToken',
  method: 'POST',
  path: '/api/v1/tokens',
  summary: 'Create an API token; its secret is shown once',
  tags: ['tokens'],
  access: 'member',
  body: CreateTokenBody,
  responses: { 201: CreatedToken },
  errors: [400, 401, 403],
});

export const revokeToken = defineEndpoint({
  operationId: 'revokeToken',
  method: 'DELETE',
  path: '/api/v1/tokens/:id',
  summary: 'Revoke one of my API tokens',
  tags: ['tokens'],
  access: 'member',
  params: IdParams,
  responses: { 204: NoContent },
  errors: [401, 403, 404],
});
