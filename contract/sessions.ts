import { z } from 'zod';
import { Timestamp } from './common.js';

/** A session's id as its owner sees it: the hash it is stored under, never the cookie's secret. */
export const SessionId = z.string().regex(/^[0-9a-f]{64}$/, 'is not a session id');

export const SessionParams = z.object({ id: SessionId });

export const SignedInSession = z
  .object({
    id: SessionId,
    createdAt: Timestamp,
    lastSeenAt: Timestamp.describe('Updated at most hourly'),
    expiresAt: Timestamp.describe('When it ends at the latest, used or not'),
    idleUntil: Timestamp.describe('When it ends if it is not used before'),
    isCurrent: z.boolean().describe('The session this request was made with'),
  })
  .meta({ id: 'SignedInSession' });
export type SignedInSession = z.infer<typeof SignedInSession>;

export const SessionList = z.object({ sessions: z.array(SignedInSession) });
export type SessionList = z.infer<typeof SessionList>;
