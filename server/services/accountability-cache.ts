import type { AccountabilitySummary } from '../../contract/accountability.js';
import type { Change, ChangeBus, ChangeKind } from './changes.js';

/**
 * What the map counts changes only with these: a promise's move (made, opened, agreed, ended: its
 * status and phase), a team (its name, whether archived, its members: a person's home team), a
 * contribution or a dependency, promises written in bulk, or members joining or leaving.
 * Check-ins, notifications and findings leave the map as it is.
 */
const MAP_CHANGES: ReadonlySet<ChangeKind> = new Set<ChangeKind>([
  'promise-moved',
  'plan-changed',
  'membership-changed',
]);

/** Scopes kept at once, across organizations: at size L, one scope's summary is a megabyte or two. */
const DEFAULT_CAPACITY = 16;
/**
 * The longest a summary is kept, changes or not: on SQLite a second process on the same file hears
 * none of this one's changes (the bus is in-process), so its map is at most this old.
 */
const DEFAULT_MAX_AGE_MS = 60_000;

export interface KeptSummaries {
  /**
   * The summary of an organization's scope (named by `key`): the one counted since the last change
   * the bus told of, else counted now by `count` (one count at a time per scope; callers meanwhile
   * share it).
   */
  get(
    organizationId: string,
    key: string,
    count: () => Promise<AccountabilitySummary>,
  ): Promise<AccountabilitySummary>;
  close(): void;
}

interface Entry {
  organizationId: string;
  generation: string;
  countedAt: number;
  summary: Promise<AccountabilitySummary>;
}

/**
 * Counting the map of a large organization reads every live promise of the scope (tens of
 * thousands at size L): its summary is kept until a change makes it stale, so reading the map
 * again costs nothing until a promise moves, a team changes or a link is made or removed. The bus
 * tells of changes in every server process; counts begun before a change are used by whoever asked
 * but never kept, so what is kept was counted after the last change this process heard of.
 */
export function createKeptSummaries(
  bus: ChangeBus,
  options: { capacity?: number; maxAgeMs?: number; now?: () => number } = {},
): KeptSummaries {
  const { capacity = DEFAULT_CAPACITY, maxAgeMs = DEFAULT_MAX_AGE_MS, now = Date.now } = options;
  const entries = new Map<string, Entry>();
  // Each organization's changes so far, and the resyncs (a lost connection: anything may have changed).
  const changes = new Map<string, number>();
  let resyncs = 0;
  const generationOf = (organizationId: string) => `${resyncs}:${changes.get(organizationId) ?? 0}`;

  const forget = (change: Change) => {
    if (change.kind === 'resync') {
      resyncs += 1;
      entries.clear();
      return;
    }
    if (!MAP_CHANGES.has(change.kind) || change.organizationId === null) return;
    const organizationId = change.organizationId;
    changes.set(organizationId, (changes.get(organizationId) ?? 0) + 1);
    for (const [key, entry] of entries) if (entry.organizationId === organizationId) entries.delete(key);
  };
  const unsubscribe = bus.subscribe(forget);

  return {
    get(organizationId, key, count) {
      const id = `${organizationId}\u0000${key}`;
      const generation = generationOf(organizationId);
      const found = entries.get(id);
      const age = found ? now() - found.countedAt : 0;
      if (found && found.generation === generation && age >= 0 && age < maxAgeMs) {
        // Re-inserted, it moves to the back: the front is the least recently used.
        entries.delete(id);
        entries.set(id, found);
        return found.summary;
      }
      const summary = count();
      entries.delete(id);
      if (entries.size >= capacity) entries.delete(entries.keys().next().value as string);
      entries.set(id, { organizationId, generation, countedAt: now(), summary });
      summary.then(
        () => {
          // A change heard while counting may have come too late for what was read: not kept.
          const entry = entries.get(id);
          if (entry?.summary === summary && generationOf(organizationId) !== generation) entries.delete(id);
        },
        () => {
          const entry = entries.get(id);
          if (entry?.summary === summary) entries.delete(id);
        },
      );
      return summary;
    },
    close() {
      unsubscribe();
      entries.clear();
    },
  };
}
