import { IdParams } from '../common.js';
import {
  CreateImportBody,
  ImportJob,
  ImportMappingQuery,
  ImportMappingView,
  ImportStarted,
} from '../imports.js';
import { defineEndpoint } from './endpoint.js';

export const createImport = defineEndpoint({
  operationId: 'createImport',
  method: 'POST',
  path: '/api/v1/imports',
  summary: 'Check a file and preview its import (dry run), or confirm it: the import then runs as a job',
  tags: ['imports'],
  access: 'manager',
  body: CreateImportBody,
  responses: { 200: ImportStarted },
  errors: [400, 401, 403, 404, 409],
});

export const getImport = defineEndpoint({
  operationId: 'getImport',
  method: 'GET',
  path: '/api/v1/imports/:id',
  summary: 'How far an import has got, and its result',
  tags: ['imports'],
  access: 'manager',
  params: IdParams,
  responses: { 200: ImportJob },
  errors: [401, 403, 404],
});

export const getImportMapping = defineEndpoint({
  operationId: 'getImportMapping',
  method: 'GET',
  path: '/api/v1/import-mappings',
  summary: 'The column mapping last used for a source in this organization',
  tags: ['imports'],
  access: 'manager',
  query: ImportMappingQuery,
  responses: { 200: ImportMappingView },
  errors: [400, 401, 403],
});
