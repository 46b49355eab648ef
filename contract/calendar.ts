import { z } from 'zod';
import { Timestamp } from './common.js';

/** A person's secret calendar address in this organization: whether it is live, never the secret. */
export const CalendarFeed = z
  .object({
    active: z.boolean().describe('Whether the person has a live calendar address'),
    createdAt: Timestamp.nullable(),
    lastReadAt: Timestamp.nullable().describe('When a calendar application last fetched it'),
  })
  .meta({ id: 'CalendarFeed' });
export type CalendarFeed = z.infer<typeof CalendarFeed>;

export const CreatedCalendarFeed = z.object({
  feed: CalendarFeed,
  url: z.string().describe('The secret address to subscribe to; shown once, like a token'),
});
export type CreatedCalendarFeed = z.infer<typeof CreatedCalendarFeed>;

/** The secret part of the address, with or without the `.ics` calendar applications like to see. */
export const CalendarFeedParams = z.object({
  secret: z
    .string()
    .regex(/^[A-Za-z0-9_-]{20,100}(\.ics)?$/, 'is not a calendar address')
    .transform((secret) => secret.replace(/\.ics$/, '')),
});

/** The feed itself: an RFC 5545 iCalendar document. */
export const CalendarDocument = z
  .unknown()
  .describe(
    'text/calendar (RFC 5545): an all-day event on the due date of each open promise the person is a ' +
      'side of (as themselves or through a team), and one on each planning milestone of the cycles ' +
      'being planned.',
  );
