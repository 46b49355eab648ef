import { OrganizationSettings, UpdateOrganizationSettingsBody } from '../organization-settings.js';
import { defineEndpoint } from './endpoint.js';

export const getOrganizationSettings = defineEndpoint({
  operationId: 'getOrganizationSettings',
  method: 'GET',
  path: '/api/v1/settings/organization',
  summary: "The organization's settings: its time zone",
  tags: ['me'],
  access: 'member',
  responses: { 200: OrganizationSettings },
  errors: [401, 403],
});

export const updateOrganizationSettings = defineEndpoint({
  operationId: 'updateOrganizationSettings',
  method: 'PATCH',
  path: '/api/v1/settings/organization',
  summary: "Change the organization's settings (owners and admins): the fields sent, the others kept",
  tags: ['me'],
  access: 'manager',
  body: UpdateOrganizationSettingsBody,
  responses: { 200: OrganizationSettings },
  errors: [400, 401, 403],
});
