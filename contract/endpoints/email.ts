import {
  NotificationPreferences,
  Unsubscribed,
  UnsubscribeParams,
  UpdateNotificationPreferencesBody,
} from '../email.js';
import { defineEndpoint } from './endpoint.js';

export const getNotificationPreferences = defineEndpoint({
  operationId: 'getNotificationPreferences',
  method: 'GET',
  path: '/api/v1/me/notification-preferences',
  summary: 'Where each kind of my notifications goes: the bell, email, or nowhere',
  tags: ['notifications'],
  access: 'member',
  responses: { 200: NotificationPreferences },
  errors: [401, 403],
});

export const updateNotificationPreferences = defineEndpoint({
  operationId: 'updateNotificationPreferences',
  method: 'PUT',
  path: '/api/v1/me/notification-preferences',
  summary: 'Choose where kinds of my notifications go',
  tags: ['notifications'],
  access: 'member',
  body: UpdateNotificationPreferencesBody,
  responses: { 200: NotificationPreferences },
  errors: [400, 401, 403, 409],
});

export const unsubscribe = defineEndpoint({
  operationId: 'unsubscribe',
  method: 'POST',
  path: '/api/v1/unsubscribe/:token',
  summary:
    'One-click unsubscribe (RFC 8058) from the kind of email the link came in; the bell keeps it. ' +
    'Accepts the List-Unsubscribe=One-Click form body mail clients send.',
  tags: ['notifications'],
  access: 'public',
  params: UnsubscribeParams,
  responses: { 200: Unsubscribed },
  errors: [400, 404],
});
