import type { Actor } from './actor.js';
import type { Change, ChangeBus } from './changes.js';

interface Entry {
  actor: Actor;
  expiresAt: number;
  cachedAt: number;
}

export interface SessionCache {
  /** The actor of a session looked up at most `ttlMs` ago and still live at `now`, if any. */
  get(sessionId: string, now: Date): Actor | undefined;
  set(sessionId: string, actor: Actor, expiresAt: string, now: Date): void;
  close(): void;
}

const MAX_ENTRIES = 10_000;

/**
 * Every API call resolves its session cookie to an actor (three reads); this keeps the answer for a
 * few seconds. The bus keeps it honest across processes: a sign-out, a switch of organization, a
 * role change or a removal anywhere drops the entries it concerns, so a cached session never
 * outlives what ended it by more than a notification's trip. `ttlMs` 0 turns it off.
 */
export function createSessionCache(bus: ChangeBus, ttlMs: number): SessionCache {
  const entries = new Map<string, Entry>();
  const forget = (change: Change) => {
    if (change.kind === 'session-changed') entries.delete(change.sessionId);
    else if (change.kind === 'resync') entries.clear();
    else if (change.kind === 'membership-changed') {
      const people = new Set(change.personIds);
      for (const [id, entry] of entries) if (people.has(entry.actor.personId)) entries.delete(id);
    }
  };
  const unsubscribe = ttlMs > 0 ? bus.subscribe(forget) : () => {};
  return {
    get(sessionId, now) {
      const entry = entries.get(sessionId);
      if (!entry) return undefined;
      const age = now.getTime() - entry.cachedAt;
      if (age < 0 || age >= ttlMs || now.getTime() >= entry.expiresAt) {
        entries.delete(sessionId);
        return undefined;
      }
      return entry.actor;
    },
    set(sessionId, actor, expiresAt, now) {
      if (ttlMs <= 0) return;
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
      entries.set(sessionId, { actor, expiresAt: Date.parse(expiresAt), cachedAt: now.getTime() });
    },
    close: () => {
      unsubscribe();
      entries.clear();
    },
  };
}
