import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../server/migrations/index.js';
import { type DatabaseHandle, openSqlite } from '../server/store/database.js';

/**
 * Accord distributes by organization (docs/scaling.md): every tenant table carries organization_id
 * and every query of one filters on it, so that each query reaches one shard. These are the tables
 * that are not a tenant's, each with the reason; anything else is a tenant table.
 */
const GLOBAL_TABLES: Record<string, string> = {
  organizations:
    'the tenants themselves: distributed by their id, which is every other table’s organization_id',
  people: 'accounts: one person may belong to several organizations, and signs in before one is chosen',
  account_links:
    'a password reset or an email confirmation acts on an account, which may be in several organizations or none',
  sessions: 'looked up by the cookie’s hash before the organization is known; a session may be in none',
  pending_sign_ups:
    'a sign-up waiting for its emailed confirmation: neither its account nor its organization exists yet',
  instance_email_outbox:
    'the emails of a sign-up, sent before its account or organization exists (or to an account in several)',
  jobs: 'long work such as loading the demo may run before there is an organization (organization_id null)',
  rate_limit_hits: 'counted per client address and email, before anyone is known',
  job_runs: 'a periodic job’s slot covers every organization',
  sso_identities: 'a provider’s subject is one person, whichever organization they sign in to',
  sso_sign_ins:
    'found by the hash of the browser’s cookie when the provider sends it back, before anyone is known',
  search_index_data:
    'SQLite only: FTS5’s own storage of search_index, whose rows (and their organization_id) are search_entries’',
  search_index_idx: 'SQLite only: FTS5’s own storage of search_index, like search_index_data',
  search_index_docsize: 'SQLite only: FTS5’s own storage of search_index, like search_index_data',
  search_index_config: 'SQLite only: FTS5’s settings of search_index',
  kysely_migration: 'the migrations applied, kept by Kysely',
  kysely_migration_lock: 'the migrator’s lock, kept by Kysely',
};

/**
 * Store functions that read a tenant table without an organization filter, each for a reason: they
 * find which organization a secret belongs to, so they cannot know it beforehand.
 */
const UNSCOPED_QUERIES: Record<string, string> = {
  'tokens.ts:findApiTokenByHash': 'a bearer token names its organization: the lookup by hash finds it',
  'scim.ts:findScimTokenByHash': 'a SCIM token names the organization it provisions the same way',
  'invitations.ts:findInvitationByHash': 'an invitation link names its organization the same way',
  'webhooks.ts:due':
    'the delivery worker takes the due deliveries of every organization (on Citus: a query to each shard)',
  'email.ts:due': 'the delivery worker takes the due emails of every organization, like webhooks',
  'email.ts:leaseDueEmails': 'the same worker leases the emails it found, by their global ids',
  'email.ts:findEmailByUnsubscribeHash':
    'an unsubscribe link names its organization the way an invitation does',
  'check-in-links.ts:findCheckInLinkByHash':
    'a check-in link names its organization the way an invitation does',
  'webhooks.ts:leaseDueDeliveries': 'the same worker leases the deliveries it found, by their global ids',
  'calendar-feeds.ts:findCalendarFeedByHash': 'a calendar feed address names its organization the same way',
};

let handle: DatabaseHandle;
let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-tenancy-'));
  handle = openSqlite(path.join(dir, 'accord.sqlite'));
  await migrateToLatest(handle.db, handle.dialect);
});
afterAll(async () => {
  await handle.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function tenantTables(): Promise<string[]> {
  const tables = await handle.db.introspection.getTables({ withInternalKyselyTables: true });
  return tables.map((table) => table.name).filter((name) => !(name in GLOBAL_TABLES));
}

describe('tenancy', () => {
  it('gives every tenant table an organization_id', async () => {
    const tables = await handle.db.introspection.getTables();
    const missing = tables
      .filter((table) => !(table.name in GLOBAL_TABLES))
      .filter((table) => !table.columns.some((column) => column.name === 'organization_id'))
      .map((table) => table.name);
    expect(missing).toEqual([]);
    const names = new Set(tables.map((table) => table.name));
    // A global table listed here but gone from the schema would hide a new one of the same name.
    const stale = Object.keys(GLOBAL_TABLES).filter(
      (name) => !name.startsWith('kysely_') && !names.has(name),
    );
    expect(stale).toEqual([]);
  });

  it('filters every query of a tenant table in server/store on organization_id', async () => {
    const tenant = new Set(await tenantTables());
    const found = storeFiles().flatMap((file) => unscopedQueries(file, tenant));
    expect(found.filter((query) => !(query.where in UNSCOPED_QUERIES)).map(sentence)).toEqual([]);
    // An exception whose query is gone or now filtered is struck off, so the list stays the truth.
    expect(Object.keys(UNSCOPED_QUERIES).filter((where) => !found.some((q) => q.where === where))).toEqual(
      [],
    );
  });

  it('would notice a query that lost its filter', async () => {
    const tenant = new Set(await tenantTables());
    const source = `
      export async function findPromise(db, id) {
        return db.selectFrom('promises').selectAll().where('id', '=', id).executeTakeFirst();
      }
      export async function findOwn(db, organizationId, id) {
        return db.selectFrom('promises').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
      }`;
    expect(unscopedQueriesIn('example.ts', source, tenant).map(sentence)).toEqual([
      'example.ts:findPromise reads or writes promises without filtering on organization_id',
    ]);
  });
});

const STORE = path.resolve(import.meta.dirname, '../server/store');

function storeFiles(): string[] {
  return fs
    .readdirSync(STORE)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map((name) => path.join(STORE, name));
}

interface UnscopedQuery {
  /** file:function, as UNSCOPED_QUERIES names it. */
  where: string;
  table: string;
}

const sentence = (query: UnscopedQuery) =>
  `${query.where} reads or writes ${query.table} without filtering on organization_id`;

function unscopedQueries(file: string, tenant: ReadonlySet<string>): UnscopedQuery[] {
  return unscopedQueriesIn(path.basename(file), fs.readFileSync(file, 'utf8'), tenant);
}

const QUERY_ROOTS = new Set(['selectFrom', 'updateTable', 'deleteFrom']);

/**
 * Each query chain (`db.selectFrom('t')…`, `updateTable`, `deleteFrom`, to the end of the chain) on a
 * tenant table must name organization_id: in its where clause or its join conditions. Inserts carry
 * it in their rows, which the types require. A chain is the whole expression the root call starts.
 */
function unscopedQueriesIn(name: string, text: string, tenant: ReadonlySet<string>): UnscopedQuery[] {
  const source = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
  const violations: UnscopedQuery[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      QUERY_ROOTS.has(node.expression.name.text)
    ) {
      const [first] = node.arguments;
      const table = first && ts.isStringLiteral(first) ? first.text.split(' ')[0] : undefined;
      if (table && tenant.has(table)) {
        const chain = outermostChain(node);
        if (!chain.getText(source).includes('organization_id')) {
          violations.push({ where: `${name}:${enclosingFunctionName(node)}`, table });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return violations;
}

/** The call chain a query root starts: up through `.where(…)`, `.select(…)` and the like. */
function outermostChain(node: ts.Node): ts.Node {
  let current = node;
  while (
    (ts.isPropertyAccessExpression(current.parent) && current.parent.expression === current) ||
    (ts.isCallExpression(current.parent) && current.parent.expression === current)
  ) {
    current = current.parent;
  }
  return current;
}

function enclosingFunctionName(node: ts.Node): string {
  for (let current: ts.Node | undefined = node; current; current = current.parent) {
    if (ts.isFunctionDeclaration(current) && current.name) return current.name.text;
    if (ts.isVariableDeclaration(current) && ts.isIdentifier(current.name)) return current.name.text;
    if (ts.isMethodDeclaration(current) && ts.isIdentifier(current.name)) return current.name.text;
  }
  return '(top level)';
}
