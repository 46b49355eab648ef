import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
import type { Db } from '../store/database.js';
import type { Dialect } from '../store/dialect.js';
import * as foundation from './0001-foundation.js';
import * as promises from './0002-promises.js';
import * as checkIns from './0003-check-ins.js';
import * as roundTrip from './0004-round-trip.js';
import * as scaleIndexes from './0005-scale-indexes.js';
import * as sharedState from './0006-shared-state.js';
import * as promiseStanding from './0007-promise-standing.js';
import * as listIndexes from './0009-list-indexes.js';
import * as oneRunningSetupJob from './0010-one-running-setup-job.js';
import * as cycleUpkeep from './0012-cycle-upkeep.js';
import * as linkHistory from './0013-link-history.js';
import * as performerAnswers from './0014-performer-answers.js';
import * as carryOver from './0015-carry-over.js';
import * as findings from './0016-findings.js';
import * as calendarFeeds from './0017-calendar-feeds.js';
import * as webhooks from './0018-webhooks.js';
import * as email from './0019-email.js';
import * as chatWebhooks from './0020-chat-webhooks.js';
import * as checkInLinks from './0021-check-in-links.js';
import * as accountLinks from './0022-account-links.js';
import * as sso from './0024-sso.js';
import * as scim from './0025-scim.js';
import * as importSources from './0026-import-sources.js';
import * as search from './0027-search.js';
import * as dailySummaryAndDigest from './0028-daily-summary-and-digest.js';
import * as findingSubjects from './0030-finding-subjects.js';
import * as replyBy from './0032-reply-by.js';
import * as performerAnswersBackfill from './0033-performer-answers-backfill.js';
import * as pendingSignUps from './0036-pending-sign-ups.js';
import * as teamFirstDrafts from './0037-team-first-drafts.js';
import * as cycleScoreDays from './0038-cycle-score-days.js';
import * as accountabilityIndexes from './0039-accountability-indexes.js';
import * as dailyReadIndexes from './0040-daily-read-indexes.js';
import * as dependencyReplyBy from './0041-dependency-reply-by.js';
import * as findingEvents from './0047-finding-events.js';
import * as outboxQueue from './0048-outbox-queue.js';
import * as instanceEmailOutbox from './0049-instance-email-outbox.js';
import * as organizationTimeZone from './0051-organization-time-zone.js';

type MigrationModule = { up(db: Kysely<unknown>, dialect: Dialect): Promise<void> };

/** Forward-only: a migration, once shipped, is never edited; a change is a new file. */
const migrations: Record<string, MigrationModule> = {
  '0001-foundation': foundation,
  '0002-promises': promises,
  '0003-check-ins': checkIns,
  '0004-round-trip': roundTrip,
  '0005-scale-indexes': scaleIndexes,
  '0006-shared-state': sharedState,
  '0007-promise-standing': promiseStanding,
  '0009-list-indexes': listIndexes,
  '0010-one-running-setup-job': oneRunningSetupJob,
  '0012-cycle-upkeep': cycleUpkeep,
  '0013-link-history': linkHistory,
  '0014-performer-answers': performerAnswers,
  '0015-carry-over': carryOver,
  '0016-findings': findings,
  '0017-calendar-feeds': calendarFeeds,
  '0018-webhooks': webhooks,
  '0019-email': email,
  '0020-chat-webhooks': chatWebhooks,
  '0021-check-in-links': checkInLinks,
  '0022-account-links': accountLinks,
  '0024-sso': sso,
  '0025-scim': scim,
  '0026-import-sources': importSources,
  '0027-search': search,
  '0028-daily-summary-and-digest': dailySummaryAndDigest,
  '0030-finding-subjects': findingSubjects,
  '0032-reply-by': replyBy,
  '0033-performer-answers-backfill': performerAnswersBackfill,
  '0036-pending-sign-ups': pendingSignUps,
  '0037-team-first-drafts': teamFirstDrafts,
  '0038-cycle-score-days': cycleScoreDays,
  '0039-accountability-indexes': accountabilityIndexes,
  '0040-daily-read-indexes': dailyReadIndexes,
  '0041-dependency-reply-by': dependencyReplyBy,
  '0047-finding-events': findingEvents,
  '0048-outbox-queue': outboxQueue,
  '0049-instance-email-outbox': instanceEmailOutbox,
  '0051-organization-time-zone': organizationTimeZone,
};

/** The names of the migrations this version knows, in the order they apply. */
export const knownMigrations: readonly string[] = Object.keys(migrations);

class StaticProvider implements MigrationProvider {
  constructor(private readonly dialect: Dialect) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    return Object.fromEntries(
      Object.entries(migrations).map(([name, module]) => [
        name,
        { up: (db: Kysely<unknown>) => module.up(db, this.dialect) },
      ]),
    );
  }
}

function migratorOf(db: Db, dialect: Dialect): Migrator {
  // Migrations see the schema as it was when they were written, not today's Database type.
  return new Migrator({ db: db as unknown as Kysely<unknown>, provider: new StaticProvider(dialect) });
}

export async function migrateToLatest(db: Db, dialect: Dialect): Promise<string[]> {
  const { error, results } = await migratorOf(db, dialect).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  if (dialect.engine === 'sqlite') await analyseSqlite(db);
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/**
 * What this version knows and the database lacks: the migrations it has not applied, in order.
 * Reads only; the readiness check asks it of a database that another process may be migrating.
 */
export async function pendingMigrations(
  db: Db,
  dialect: Dialect,
): Promise<{ applied: number; pending: string[] }> {
  const migrations = await migratorOf(db, dialect).getMigrations();
  const pending = migrations.filter((migration) => migration.executedAt === undefined).map((m) => m.name);
  return { applied: migrations.length - pending.length, pending };
}

/**
 * SQLite chooses among indexes by the statistics ANALYZE gathers, and is never analysed on its own.
 * `PRAGMA optimize` with 0x10002 analyses every table whose statistics are missing or stale; the
 * analysis limit makes each a sample of some rows per index, so this costs milliseconds at start
 * even on a database of millions of rows (PostgreSQL's autovacuum does the same by itself).
 */
async function analyseSqlite(db: Db): Promise<void> {
  await sql`pragma analysis_limit = 1000`.execute(db);
  await sql`pragma optimize = 0x10002`.execute(db);
}
