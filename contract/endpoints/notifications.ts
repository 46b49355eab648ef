import { IdParams } from '../common.js';
import { NotificationList, NotificationsQuery } from '../notifications.js';
import { defineEndpoint } from './endpoint.js';

export const listNotifications = defineEndpoint({
  operationId: 'listNotifications',
  method: 'GET',
  path: '/api/v1/notifications',
  summary: 'What happened that awaits me, newest first, with the unread count',
  tags: ['notifications'],
  access: 'member',
  query: NotificationsQuery,
  responses: { 200: NotificationList },
  errors: [400, 401, 403],
});

export const markNotificationRead = defineEndpoint({
  operationId: 'markNotificationRead',
  method: 'POST',
  path: '/api/v1/notifications/:id/read',
  summary: 'Mark one notification read',
  tags: ['notifications'],
  access: 'member',
  params: IdParams,
  responses: { 200: NotificationList },
  errors: [401, 403, 404],
});

export const markAllNotificationsRead = defineEndpoint({
  operationId: 'markAllNotificationsRead',
  method: 'POST',
  path: '/api/v1/notifications/read-all',
  summary: 'Mark every notification read',
  tags: ['notifications'],
  access: 'member',
  responses: { 200: NotificationList },
  errors: [401, 403],
});
