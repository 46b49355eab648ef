import { CalendarDocument, CalendarFeed, CalendarFeedParams, CreatedCalendarFeed } from '../calendar.js';
import { defineEndpoint, NoContent } from './endpoint.js';

export const getCalendarFeed = defineEndpoint({
  operationId: 'getCalendarFeed',
  method: 'GET',
  path: '/api/v1/me/calendar-feed',
  summary: 'Whether I have a calendar address in this organization',
  tags: ['me'],
  access: 'member',
  responses: { 200: CalendarFeed },
  errors: [401, 403],
});

export const createCalendarFeed = defineEndpoint({
  operationId: 'createCalendarFeed',
  method: 'POST',
  path: '/api/v1/me/calendar-feed',
  summary: 'Make my secret calendar address, replacing any earlier one; the address is shown once',
  tags: ['me'],
  access: 'member',
  responses: { 201: CreatedCalendarFeed },
  errors: [401, 403],
});

export const revokeCalendarFeed = defineEndpoint({
  operationId: 'revokeCalendarFeed',
  method: 'DELETE',
  path: '/api/v1/me/calendar-feed',
  summary: 'Revoke my calendar address: calendar applications can no longer read it',
  tags: ['me'],
  access: 'member',
  responses: { 204: NoContent },
  errors: [401, 403, 404],
});

export const readCalendarFeed = defineEndpoint({
  operationId: 'readCalendarFeed',
  method: 'GET',
  path: '/api/v1/calendar/:secret',
  summary: 'A person’s calendar (iCalendar), read by calendar applications with the secret address',
  tags: ['me'],
  access: 'public',
  params: CalendarFeedParams,
  responses: { 200: CalendarDocument },
  errors: [400, 404],
});
