import { ArchiveBody, ExportDocument, ExportQuery, RestoredArchive } from '../exports.js';
import { defineEndpoint } from './endpoint.js';

export const exportOrganization = defineEndpoint({
  operationId: 'exportOrganization',
  method: 'GET',
  path: '/api/v1/exports',
  summary: 'Export the organization: the lossless JSON archive, CSV files, or a cycle’s Markdown report',
  tags: ['exports'],
  access: 'manager',
  query: ExportQuery,
  responses: { 200: ExportDocument },
  errors: [400, 401, 403, 404],
});

export const restoreArchive = defineEndpoint({
  operationId: 'restoreArchive',
  method: 'POST',
  path: '/api/v1/imports/archive',
  summary: 'Restore a JSON archive into this organization, which must be empty; ids are kept',
  tags: ['exports'],
  access: 'manager',
  body: ArchiveBody,
  responses: { 201: RestoredArchive },
  errors: [400, 401, 403, 409],
});
