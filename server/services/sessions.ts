import type { SessionList } from '../../contract/sessions.js';
import { notFound } from '../errors.js';
import * as sessions from '../store/sessions.js';
import type { Actor } from './actor.js';
import { inTransaction, iso, type ServiceContext } from './context.js';

/** Where the caller is signed in: their live sessions, with when each ends at the latest. */
export async function listSessions(ctx: ServiceContext, actor: Actor): Promise<SessionList> {
  const now = ctx.now();
  const idle = ctx.config.sessionIdleMs;
  const rows = await sessions.listLiveSessionsOf(
    ctx.db,
    actor.personId,
    iso(now),
    iso(new Date(now.getTime() - idle)),
  );
  return {
    sessions: rows.map((row) => {
      const idleUntil = new Date(Date.parse(row.last_seen_at) + idle);
      const expiresAt = new Date(row.expires_at);
      return {
        id: row.id,
        createdAt: row.created_at,
        lastSeenAt: row.last_seen_at,
        expiresAt: row.expires_at,
        idleUntil: iso(idleUntil < expiresAt ? idleUntil : expiresAt),
        isCurrent: row.id === actor.sessionId,
      };
    }),
  };
}

/** Signs out one of the caller's sessions; another person's, or one that ended, is not found. */
export async function endSession(ctx: ServiceContext, actor: Actor, id: string): Promise<void> {
  if (!(await sessions.deleteSessionOf(ctx.db, actor.personId, id))) throw notFound('Session');
  ctx.changes.publish({ kind: 'session-changed', organizationId: null, sessionId: id });
}

/** Signs out every session of the caller but the one this request came with (all of them, for a token). */
export async function endOtherSessions(ctx: ServiceContext, actor: Actor): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const ended = await sessions.deleteSessionsOfExcept(tx.db, actor.personId, actor.sessionId ?? '');
    for (const id of ended)
      tx.changes.publish({ kind: 'session-changed', organizationId: null, sessionId: id });
  });
}
