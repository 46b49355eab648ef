import { IdParams } from '../common.js';
import { SavedView, SavedViews, SaveViewBody, SearchQuery, SearchResults } from '../search.js';
import { defineEndpoint, NoContent } from './endpoint.js';

export const search = defineEndpoint({
  operationId: 'search',
  method: 'GET',
  path: '/api/v1/search',
  summary: 'Find promises, people and teams by words, best match first',
  tags: ['search'],
  access: 'member',
  query: SearchQuery,
  responses: { 200: SearchResults },
  errors: [400, 401, 403],
});

export const listViews = defineEndpoint({
  operationId: 'listViews',
  method: 'GET',
  path: '/api/v1/views',
  summary: 'My saved views of the promise list, by name',
  tags: ['search'],
  access: 'member',
  responses: { 200: SavedViews },
  errors: [401, 403],
});

export const saveView = defineEndpoint({
  operationId: 'saveView',
  method: 'POST',
  path: '/api/v1/views',
  summary: "Save the promise list's filters under a name (a view of the same name is replaced)",
  tags: ['search'],
  access: 'member',
  body: SaveViewBody,
  responses: { 201: SavedView },
  errors: [400, 401, 403, 409],
});

export const deleteView = defineEndpoint({
  operationId: 'deleteView',
  method: 'DELETE',
  path: '/api/v1/views/:id',
  summary: 'Delete one of my saved views',
  tags: ['search'],
  access: 'member',
  params: IdParams,
  responses: { 204: NoContent },
  errors: [401, 403, 404],
});
