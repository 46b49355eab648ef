import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../store/dialect.js';

/**
 * Issue 14, finding things: full-text search over promises (title, concern, conditions), people
 * (name, email) and teams (name, description), served by the database.
 *
 * `search_entries` holds one row per thing to find, per organization (a person once per membership),
 * kept by triggers on the tables it copies: many services write promises, and a trigger cannot be
 * forgotten by the next one. On SQLite an FTS5 index over it (external content, kept by triggers on
 * the entries) indexes the organization's id too, so that a search is an intersection inside the
 * index rather than a scan of every tenant's matches; on PostgreSQL a stored tsvector column with a
 * GIN index. Both tokenise the same way (no stemming, no stop words; PostgreSQL's parser is given
 * emails, hosts and paths already split, as SQLite's tokenizer splits them), so a search finds the
 * same things on either engine. What may be seen (private drafts) is decided when searching, with the
 * promise list's rule: the index holds everything of the organization.
 *
 * `saved_views` keeps the promise list's filters under a name, per person.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  // On SQLite the FTS5 index refers to its entries by rowid: `seq` names it, so that a VACUUM, which
  // may renumber an implicit rowid, cannot part the index from its entries.
  const seq = dialect.engine === 'sqlite' ? 'seq integer primary key,' : '';
  const key = dialect.engine === 'sqlite' ? 'unique' : 'primary key';
  await sql
    .raw(`
    create table search_entries (
      ${seq}
      organization_id text not null,
      kind text not null,
      entity_id text not null,
      title text not null,
      body text not null,
      ${key} (organization_id, kind, entity_id)
    )`)
    .execute(db);
  // A person renamed is renamed in each organization they belong to.
  await db.schema
    .createIndex('search_entries_entity')
    .on('search_entries')
    .columns(['entity_id', 'kind'])
    .execute();
  if (dialect.engine === 'postgres') await postgresIndex(db);
  else await sqliteIndex(db);
  await backfill(db, dialect);

  await db.schema
    .createTable('saved_views')
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('query', dialect.json, (c) => c.notNull())
    .addColumn('created_at', dialect.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('saved_views_pk', ['organization_id', 'id'])
    .addUniqueConstraint('saved_views_person_name', ['organization_id', 'person_id', 'name'])
    .execute();
}

async function sqliteIndex(db: Kysely<unknown>): Promise<void> {
  // prefix='2 3': the last word of a query is a prefix ("promi" finds "promise"), served by these.
  await sql`
    create virtual table search_index using fts5(
      organization_id, title, body,
      content='search_entries', content_rowid='seq',
      tokenize='unicode61 remove_diacritics 2', prefix='2 3'
    )`.execute(db);
  await sql`
    create trigger search_entries_ai after insert on search_entries begin
      insert into search_index(rowid, organization_id, title, body)
      values (new.seq, new.organization_id, new.title, new.body);
    end`.execute(db);
  await sql`
    create trigger search_entries_ad after delete on search_entries begin
      insert into search_index(search_index, rowid, organization_id, title, body)
      values ('delete', old.seq, old.organization_id, old.title, old.body);
    end`.execute(db);
  await sql`
    create trigger search_entries_au after update on search_entries begin
      insert into search_index(search_index, rowid, organization_id, title, body)
      values ('delete', old.seq, old.organization_id, old.title, old.body);
      insert into search_index(rowid, organization_id, title, body)
      values (new.seq, new.organization_id, new.title, new.body);
    end`.execute(db);

  for (const [name, when] of [
    ['promises_search_ai', 'after insert on promises'],
    ['promises_search_au', 'after update of title, state on promises'],
  ] as const) {
    await sql
      .raw(`
      create trigger ${name} ${when} begin
        insert into search_entries(organization_id, kind, entity_id, title, body)
        values (new.organization_id, 'promise', new.id, new.title, ${promiseBody('sqlite', 'new')})
        on conflict(organization_id, kind, entity_id)
        do update set title = excluded.title, body = excluded.body;
      end`)
      .execute(db);
  }
  await sql`
    create trigger memberships_search_ai after insert on memberships begin
      insert into search_entries(organization_id, kind, entity_id, title, body)
      select new.organization_id, 'person', p.id, p.name, p.email from people p where p.id = new.person_id
      on conflict(organization_id, kind, entity_id) do nothing;
    end`.execute(db);
  await sql`
    create trigger people_search_au after update of name, email on people begin
      update search_entries set title = new.name, body = new.email
      where entity_id = new.id and kind = 'person';
    end`.execute(db);
  await sql`
    create trigger teams_search_ai after insert on teams begin
      insert into search_entries(organization_id, kind, entity_id, title, body)
      values (new.organization_id, 'team', new.id, new.name, new.description);
    end`.execute(db);
  await sql`
    create trigger teams_search_au after update of name, description on teams begin
      update search_entries set title = new.name, body = new.description
      where organization_id = new.organization_id and kind = 'team' and entity_id = new.id;
    end`.execute(db);
}

async function postgresIndex(db: Kysely<unknown>): Promise<void> {
  // Emails, hosts, paths and versions split as SQLite's tokenizer splits them ('ada@example.com'
  // is one token to PostgreSQL's parser, three to SQLite's): a search for "ada" finds Ada on both.
  const words = (column: string) =>
    `to_tsvector('simple', regexp_replace(${column}, '[-@._/:+]+', ' ', 'g'))`;
  await sql
    .raw(`
    alter table search_entries add column document tsvector generated always as (
      setweight(${words('title')}, 'A') || setweight(${words('body')}, 'D')
    ) stored`)
    .execute(db);
  await sql`create index search_entries_document on search_entries using gin (document)`.execute(db);

  await sql
    .raw(`
    create function search_entry_of_promise() returns trigger language plpgsql as $$
    begin
      insert into search_entries(organization_id, kind, entity_id, title, body)
      values (new.organization_id, 'promise', new.id, new.title, ${promiseBody('postgres', 'new')})
      on conflict (organization_id, kind, entity_id)
      do update set title = excluded.title, body = excluded.body;
      return null;
    end $$`)
    .execute(db);
  await sql`
    create trigger promises_search after insert or update of title, state on promises
    for each row execute function search_entry_of_promise()`.execute(db);

  await sql`
    create function search_entry_of_membership() returns trigger language plpgsql as $$
    begin
      insert into search_entries(organization_id, kind, entity_id, title, body)
      select new.organization_id, 'person', p.id, p.name, p.email from people p where p.id = new.person_id
      on conflict (organization_id, kind, entity_id) do nothing;
      return null;
    end $$`.execute(db);
  await sql`
    create trigger memberships_search after insert on memberships
    for each row execute function search_entry_of_membership()`.execute(db);

  await sql`
    create function search_entry_of_person() returns trigger language plpgsql as $$
    begin
      update search_entries set title = new.name, body = new.email
      where entity_id = new.id and kind = 'person';
      return null;
    end $$`.execute(db);
  await sql`
    create trigger people_search after update of name, email on people
    for each row execute function search_entry_of_person()`.execute(db);

  await sql`
    create function search_entry_of_team() returns trigger language plpgsql as $$
    begin
      insert into search_entries(organization_id, kind, entity_id, title, body)
      values (new.organization_id, 'team', new.id, new.name, new.description)
      on conflict (organization_id, kind, entity_id)
      do update set title = excluded.title, body = excluded.body;
      return null;
    end $$`.execute(db);
  await sql`
    create trigger teams_search after insert or update of name, description on teams
    for each row execute function search_entry_of_team()`.execute(db);
}

/** The rows written before this migration, indexed once (the triggers keep them from now on). */
async function backfill(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await sql
    .raw(`
    insert into search_entries(organization_id, kind, entity_id, title, body)
    select p.organization_id, 'promise', p.id, p.title, ${promiseBody(dialect.engine, 'p')} from promises p`)
    .execute(db);
  await sql`
    insert into search_entries(organization_id, kind, entity_id, title, body)
    select m.organization_id, 'person', p.id, p.name, p.email
    from memberships m join people p on p.id = m.person_id`.execute(db);
  await sql`
    insert into search_entries(organization_id, kind, entity_id, title, body)
    select t.organization_id, 'team', t.id, t.name, t.description from teams t`.execute(db);
}

/** A promise's concern and its conditions' text, as one text: what a search finds beside its title. */
function promiseBody(engine: Dialect['engine'], row: string): string {
  return engine === 'postgres'
    ? `trim(coalesce(${row}.state->'terms'->>'description', '') || ' ' ||
        coalesce((select string_agg(c->>'text', ' ') from jsonb_array_elements(
          case when jsonb_typeof(${row}.state->'terms'->'conditions') = 'array'
          then ${row}.state->'terms'->'conditions' else '[]'::jsonb end) as c), ''))`
    : `trim(coalesce(json_extract(${row}.state, '$.terms.description'), '') || ' ' ||
        coalesce((select group_concat(json_extract(c.value, '$.text'), ' ')
                  from json_each(${row}.state, '$.terms.conditions') as c), ''))`;
}
