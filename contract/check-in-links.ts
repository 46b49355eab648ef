import { z } from 'zod';
import { Progress } from './check-ins.js';
import { Id, Timestamp } from './common.js';

export const CheckInLinkParams = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'is not a check-in link'),
});

/** What the one-screen check-in form shows: whose check-in, on what, and where it stands. */
export const CheckInLink = z
  .object({
    promise: z.object({ id: Id, title: z.string() }),
    person: z.object({ name: z.string() }),
    organizationName: z.string(),
    progress: Progress,
    expiresAt: Timestamp,
  })
  .meta({ id: 'CheckInLink' });
export type CheckInLink = z.infer<typeof CheckInLink>;
