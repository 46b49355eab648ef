import type {
  SavedView,
  SaveViewBody,
  SearchQuery,
  SearchResult,
  SearchResults,
  ViewQuery,
} from '../../contract/search.js';
import { MAX_SAVED_VIEWS } from '../../contract/search.js';
import type { Status } from '../../core/promises/state.js';
import { searchWords, snippetOf } from '../../core/search/search-words.js';
import { AppError, notFound } from '../errors.js';
import type { SavedViewsTable } from '../store/schema.js';
import * as store from '../store/search.js';
import type { MemberActor } from './authorization.js';
import { inTransaction, iso, type ServiceContext } from './context.js';
import { loadViewer } from './parties.js';
import { viewerParties } from './promises/visibility.js';

/**
 * Promises, people and teams of the searcher's organization that hold the words, best first: a title
 * or a name above a concern or a condition. Private drafts are found only by who may open them;
 * removed people and archived teams are found, and marked, since their names are still on promises.
 */
export async function search(
  ctx: ServiceContext,
  actor: MemberActor,
  query: SearchQuery,
): Promise<SearchResults> {
  const words = searchWords(query.q);
  const viewer = await loadViewer(ctx, actor);
  const rows = await store.searchEntries(ctx.db, ctx.dialect, actor.organizationId, {
    words,
    kind: query.kind,
    limit: query.limit,
    draftVisibleTo: viewerParties(viewer),
  });
  return {
    results: rows.map(
      (row): SearchResult => ({
        kind: row.kind,
        id: row.entity_id,
        title: row.title,
        snippet: snippetOf(row.body, words.words),
        score: row.score,
        status: row.kind === 'promise' ? (row.status as Status) : null,
        isRemoved: row.kind === 'person' && (row.removed_at !== null || !row.has_membership),
        isArchived: row.kind === 'team' && row.archived_at !== null,
      }),
    ),
  };
}

/** The ids of the promises that hold the words, best first: the promise list's text filter. */
export async function matchingPromiseIds(
  ctx: ServiceContext,
  actor: MemberActor,
  text: string,
  limit: number,
): Promise<string[]> {
  const { results } = await search(ctx, actor, { q: text, kind: 'promise', limit });
  return results.map((result) => result.id);
}

const presentView = (ctx: ServiceContext, row: SavedViewsTable): SavedView => ({
  id: row.id,
  name: row.name,
  query: ctx.dialect.parseJson<ViewQuery>(row.query),
  createdAt: row.created_at,
});

export async function listViews(ctx: ServiceContext, actor: MemberActor): Promise<{ views: SavedView[] }> {
  const rows = await store.listSavedViews(ctx.db, actor.organizationId, actor.personId, MAX_SAVED_VIEWS);
  return { views: rows.map((row) => presentView(ctx, row)) };
}

/** Saves the list's filters under a name; a view of the same name is replaced, not doubled. */
export async function saveView(
  ctx: ServiceContext,
  actor: MemberActor,
  body: SaveViewBody,
): Promise<SavedView> {
  const query = JSON.stringify(withoutEmpty(body.query));
  return inTransaction(ctx, async (tx) => {
    const existing = await store.findSavedViewByName(tx.db, actor.organizationId, actor.personId, body.name);
    if (existing) {
      await store.replaceSavedViewQuery(tx.db, actor.organizationId, existing.id, query);
      return presentView(tx, { ...existing, query });
    }
    if ((await store.countSavedViews(tx.db, actor.organizationId, actor.personId)) >= MAX_SAVED_VIEWS) {
      throw new AppError(
        'conflict',
        `You have ${MAX_SAVED_VIEWS} saved views already: delete one to save another`,
      );
    }
    const row: SavedViewsTable = {
      organization_id: actor.organizationId,
      id: tx.newId(),
      person_id: actor.personId,
      name: body.name,
      query,
      created_at: iso(tx.now()),
    };
    await store.insertSavedView(tx.db, row);
    return presentView(tx, row);
  });
}

export async function deleteView(ctx: ServiceContext, actor: MemberActor, id: string): Promise<void> {
  if (!(await store.deleteSavedView(ctx.db, actor.organizationId, actor.personId, id)))
    throw notFound('View');
}

const withoutEmpty = (query: ViewQuery): ViewQuery =>
  Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && value !== ''));
