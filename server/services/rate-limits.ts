import * as sharedState from '../store/shared-state.js';
import type { ServiceContext } from './context.js';

/**
 * Counts one attempt of `key` in the database, so that every server process on it counts against
 * the same limit. Answers the attempts so far in the key's window and how long until it ends.
 */
export async function countAttempt(
  ctx: ServiceContext,
  key: string,
  timeWindowMs: number,
): Promise<{ current: number; ttl: number }> {
  const now = ctx.now().getTime();
  const { hits, windowEnd } = await sharedState.countRateLimitHit(
    ctx.db,
    key,
    now,
    Math.max(1, timeWindowMs),
  );
  return { current: hits, ttl: windowEnd - now };
}

/** Forgets the windows that have ended; a periodic job calls it. */
export async function forgetEndedWindows(ctx: ServiceContext): Promise<number> {
  return sharedState.deleteEndedRateLimitWindows(ctx.db, ctx.now().getTime());
}
