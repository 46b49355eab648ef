import { DigestPreview } from '../digest.js';
import { defineEndpoint } from './endpoint.js';

export const previewDigest = defineEndpoint({
  operationId: 'previewDigest',
  method: 'GET',
  path: '/api/v1/digest/preview',
  summary: "This week's digest of the organization's progress, as it would be emailed now",
  tags: ['notifications'],
  access: 'manager',
  responses: { 200: DigestPreview },
  errors: [401, 403],
});
