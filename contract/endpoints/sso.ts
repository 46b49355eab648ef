import {
  OrganizationSlugParams,
  SaveSsoSettingsBody,
  SsoCallbackQuery,
  SsoProvider,
  SsoSettings,
} from '../sso.js';
import { defineEndpoint, NoContent, Redirect } from './endpoint.js';

export const getSsoSettings = defineEndpoint({
  operationId: 'getSsoSettings',
  method: 'GET',
  path: '/api/v1/sso',
  summary: "The organization's identity provider for single sign-on (never its client secret)",
  tags: ['auth'],
  access: 'manager',
  responses: { 200: SsoSettings },
  errors: [401, 403],
});

export const saveSsoSettings = defineEndpoint({
  operationId: 'saveSsoSettings',
  method: 'PUT',
  path: '/api/v1/sso',
  summary:
    "Set the organization's OpenID Connect provider, who may sign in with it, and whether it is required",
  tags: ['auth'],
  access: 'manager',
  body: SaveSsoSettingsBody,
  responses: { 200: SsoSettings },
  errors: [400, 401, 403],
});

export const removeSsoSettings = defineEndpoint({
  operationId: 'removeSsoSettings',
  method: 'DELETE',
  path: '/api/v1/sso',
  summary: "Remove the organization's own provider (the instance's, if any, applies again)",
  tags: ['auth'],
  access: 'manager',
  responses: { 204: NoContent },
  errors: [401, 403, 404],
});

export const findSsoProvider = defineEndpoint({
  operationId: 'findSsoProvider',
  method: 'GET',
  path: '/api/v1/auth/oidc/:org/provider',
  summary: 'Whether an organization signs its people in with an identity provider, and which',
  tags: ['auth'],
  access: 'public',
  params: OrganizationSlugParams,
  responses: { 200: SsoProvider },
  errors: [400, 404],
});

export const startSsoSignIn = defineEndpoint({
  operationId: 'startSsoSignIn',
  method: 'GET',
  path: '/api/v1/auth/oidc/:org/start',
  summary: "Sends the browser to the organization's identity provider to sign in",
  tags: ['auth'],
  access: 'public',
  params: OrganizationSlugParams,
  responses: { 303: Redirect },
  errors: [400, 404, 503],
});

export const finishSsoSignIn = defineEndpoint({
  operationId: 'finishSsoSignIn',
  method: 'GET',
  path: '/api/v1/auth/oidc/callback',
  summary: 'Where the identity provider sends the browser back: signs the person in and opens the app',
  tags: ['auth'],
  access: 'public',
  query: SsoCallbackQuery,
  responses: { 303: Redirect },
  errors: [400, 403, 503],
});
