import { type RawBuilder, sql } from 'kysely';
import type { SearchWords } from '../../core/search/search-words.js';
import type { Db } from './database.js';
import type { Dialect } from './dialect.js';
import { type PartyFilter, visibleDraftIds } from './promises.js';
import type { SavedViewsTable, SearchEntriesTable } from './schema.js';

export interface SearchFilter {
  words: SearchWords;
  kind?: SearchEntriesTable['kind'] | undefined;
  limit: number;
  /** The parties whose private drafts the searcher may see (the promise list's rule). */
  draftVisibleTo: readonly PartyFilter[];
}

export interface SearchRow {
  kind: SearchEntriesTable['kind'];
  entity_id: string;
  title: string;
  body: string;
  score: number;
  /** A promise's status; null for the other kinds. */
  status: string | null;
  removed_at: string | null;
  archived_at: string | null;
  /** Whether the person is still listed as a member (false only for a person with no membership row). */
  has_membership: number | boolean | null;
}

/**
 * The best entries of one organization for these words, best first. The index holds the whole
 * organization; what this searcher may not see (another side's private draft, a discarded draft) is
 * left out here by the promise list's own rule, so a search never shows what the list would not.
 */
export async function searchEntries(
  db: Db,
  dialect: Dialect,
  organizationId: string,
  filter: SearchFilter,
): Promise<SearchRow[]> {
  if (filter.words.words.length === 0) return [];
  const match =
    dialect.engine === 'postgres' ? postgresMatch(filter.words) : sqliteMatch(organizationId, filter.words);
  const visible = sql`(e.kind <> 'promise' or (p.status <> 'discarded' and (p.status <> 'draft' or p.id in (${visibleDraftIds(
    db,
    organizationId,
    filter.draftVisibleTo,
  )}))))`;
  const kind = filter.kind ? sql`and e.kind = ${filter.kind}` : sql``;
  const result = await sql<SearchRow>`
    select e.kind, e.entity_id, e.title, e.body, ${match.score} as score,
      p.status, m.removed_at, t.archived_at, m.person_id is not null as has_membership
    from ${match.from}
    left join promises p on e.kind = 'promise' and p.organization_id = e.organization_id and p.id = e.entity_id
    left join memberships m on e.kind = 'person' and m.organization_id = e.organization_id and m.person_id = e.entity_id
    left join teams t on e.kind = 'team' and t.organization_id = e.organization_id and t.id = e.entity_id
    where ${match.where} and e.organization_id = ${organizationId} ${kind} and ${visible}
    order by score desc, e.title, e.entity_id
    limit ${filter.limit}`.execute(db);
  return result.rows.map((row) => ({ ...row, score: Number(row.score) }));
}

interface Match {
  from: RawBuilder<unknown>;
  where: RawBuilder<unknown>;
  score: RawBuilder<unknown>;
}

/**
 * FTS5: the organization's id is indexed with the entries, so the index intersects it with the words
 * rather than finding every tenant's matches; bm25 weighs a title 10 times the body (and the id not at
 * all). Each word is a quoted string, so nothing typed is read as FTS5 syntax.
 */
function sqliteMatch(organizationId: string, { words, lastIsPrefix }: SearchWords): Match {
  const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;
  const terms = words.map((word, i) =>
    i === words.length - 1 && lastIsPrefix ? `${quote(word)}*` : quote(word),
  );
  const query = `organization_id : ${quote(organizationId)} AND {title body} : (${terms.join(' AND ')})`;
  return {
    from: sql`search_index join search_entries e on e.seq = search_index.rowid`,
    where: sql`search_index match ${query}`,
    score: sql`-bm25(search_index, 0.0, 10.0, 1.0)`,
  };
}

/**
 * tsvector: titles are weighted A and bodies D, so ts_rank puts a title match above a body match. The
 * query is built from words of letters and digits only, each quoted, the last one a prefix (`:*`).
 */
function postgresMatch({ words, lastIsPrefix }: SearchWords): Match {
  const terms = words.map((word, i) => `'${word}'${i === words.length - 1 && lastIsPrefix ? ':*' : ''}`);
  const query = sql`to_tsquery('simple', ${terms.join(' & ')})`;
  return {
    from: sql`search_entries e`,
    where: sql`e.document @@ ${query}`,
    score: sql`ts_rank(e.document, ${query})`,
  };
}

/** One person's saved views, by name. */
export async function listSavedViews(
  db: Db,
  organizationId: string,
  personId: string,
  limit: number,
): Promise<SavedViewsTable[]> {
  return db
    .selectFrom('saved_views')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('person_id', '=', personId)
    .orderBy('name')
    .orderBy('id')
    .limit(limit)
    .execute();
}

export async function countSavedViews(db: Db, organizationId: string, personId: string): Promise<number> {
  const row = await db
    .selectFrom('saved_views')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('organization_id', '=', organizationId)
    .where('person_id', '=', personId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findSavedViewByName(
  db: Db,
  organizationId: string,
  personId: string,
  name: string,
): Promise<SavedViewsTable | undefined> {
  return db
    .selectFrom('saved_views')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('person_id', '=', personId)
    .where('name', '=', name)
    .executeTakeFirst();
}

export async function insertSavedView(db: Db, row: SavedViewsTable): Promise<void> {
  await db.insertInto('saved_views').values(row).execute();
}

export async function replaceSavedViewQuery(
  db: Db,
  organizationId: string,
  id: string,
  query: string,
): Promise<void> {
  await db
    .updateTable('saved_views')
    .set({ query })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}

/** Deletes one of the person's views; false when they have none of that id. */
export async function deleteSavedView(
  db: Db,
  organizationId: string,
  personId: string,
  id: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('saved_views')
    .where('organization_id', '=', organizationId)
    .where('person_id', '=', personId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
