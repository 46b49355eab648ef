import { z } from 'zod';
import { Id } from './common.js';

/**
 * One server-sent event: what changed that the caller may see, never its content. The client
 * refreshes what it shows of it (the inbox, the bell, an open promise) by its usual reads.
 * `findings-changed`: the strategy debugger's findings were recomputed and differ.
 * `resync`: changes may have been missed, or the caller's membership changed; refresh everything.
 */
export const LiveEvent = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('promise-moved'), promiseId: Id }),
  z.object({ kind: z.literal('check-in-written'), promiseId: Id }),
  z.object({ kind: z.literal('notifications-created') }),
  z.object({ kind: z.literal('findings-changed') }),
  z.object({ kind: z.literal('resync') }),
]);
export type LiveEvent = z.infer<typeof LiveEvent>;

/** The stream itself: `text/event-stream`, one `data:` line of a LiveEvent per event, comments as heartbeats. */
export const LiveEventStream = z
  .unknown()
  .describe(
    'text/event-stream: each event is one `data:` line holding a LiveEvent as JSON ' +
      '({"kind":"promise-moved","promiseId":"…"}); lines starting with `:` are heartbeats.',
  );
