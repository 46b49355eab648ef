import type { Side } from './move.js';

/**
 * The inbox's groups, in the order it shows them: what is mine to answer, what my team's leads
 * answer (I may follow it, not answer it), and what I wait on from the other side.
 */
export const INBOX_GROUPS = ['awaiting-me', 'my-team', 'waiting-on-others'] as const;
export type InboxGroup = (typeof INBOX_GROUPS)[number];

/** Where the viewer stands on a promise that awaits an answer from one side. */
export interface InboxStanding {
  /** The answer is the viewer's to give (for a team, as one of its leads). */
  readonly awaitsMe: boolean;
  readonly awaited: Side;
  /** The sides the viewer belongs to, in person or through a team. */
  readonly memberOf: readonly Side[];
  /** The sides the viewer may move for. */
  readonly movesFor: readonly Side[];
  /** A draft is its drafting side's own: nobody else waits on it. */
  readonly isDraft: boolean;
}

/**
 * Which group of the viewer's inbox a promise's pending answer goes to, or null when it is none of
 * theirs. With several performers each answers for itself: a performer that has answered waits on
 * the others. A member of the awaited team who is not one of its leads sees it as their team's.
 */
export function inboxGroupOf(standing: InboxStanding): InboxGroup | null {
  const { awaitsMe, awaited, memberOf, movesFor, isDraft } = standing;
  if (awaitsMe) return 'awaiting-me';
  if (movesFor.includes(awaited)) return isDraft ? null : 'waiting-on-others';
  if (memberOf.includes(awaited)) return 'my-team';
  if (!isDraft && memberOf.some((side) => side !== awaited)) return 'waiting-on-others';
  return null;
}

/** How an inbox is ordered: the longest waiting first, or the soonest due first. */
export const INBOX_SORTS = ['age', 'due'] as const;
export type InboxSort = (typeof INBOX_SORTS)[number];

/** What the order reads of an item. */
export interface Sortable {
  readonly key: string;
  /** When it started waiting (an ISO instant). */
  readonly since: string;
  /** The calendar day its answer is due (YYYY-MM-DD). */
  readonly due: string;
}

/**
 * The order of a section: by age, the longest waiting first; by due date, the soonest first, and
 * the longest waiting first among those due the same day. Ties end on the key, so pages are stable.
 */
export function compareInboxItems(sort: InboxSort) {
  return (a: Sortable, b: Sortable): number =>
    (sort === 'due' ? a.due.localeCompare(b.due) : 0) ||
    a.since.localeCompare(b.since) ||
    a.key.localeCompare(b.key);
}

/**
 * One item per promise and reason: asked twice for the same thing (as a person and as a team, or
 * by several questions on one promise), the person sees it once, from when it first waited.
 */
export function onePerPromiseAndReason<Item extends Sortable>(items: readonly Item[]): Item[] {
  const first = new Map<string, Item>();
  for (const item of items) {
    const seen = first.get(item.key);
    if (!seen || item.since < seen.since) first.set(item.key, item);
  }
  return [...first.values()];
}

/** The key of an item: its kind, its promise, and what it is about when a promise has several. */
export function inboxItemKey(kind: string, promiseId: string, subjectId?: string | null): string {
  return subjectId ? `${kind}:${promiseId}:${subjectId}` : `${kind}:${promiseId}`;
}
