import type { Kysely } from 'kysely';
import type { Dialect } from '../store/dialect.js';

/**
 * Issue 9 at the strategy debugger: the findings page and every inbox read the findings the last
 * pass recorded, instead of computing the whole organization's plan on each request. A finding
 * concerns people, teams and cycles; `finding_subjects` indexes it under each, so "the findings
 * Ana is a party to" and "the findings of Q3 and its nested cycles" are index lookups.
 * `finding_passes` says when each organization's findings were last computed.
 * The rows recorded before this migration are indexed here from their bodies.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('finding_subjects')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('finding_key', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('finding_subjects_pk', [
      'organization_id',
      'subject_type',
      'subject_id',
      'finding_key',
    ])
    .addForeignKeyConstraint(
      'finding_subjects_finding',
      ['organization_id', 'finding_key'],
      'findings',
      ['organization_id', 'key'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('finding_subjects_finding')
    .on('finding_subjects')
    .columns(['organization_id', 'finding_key'])
    .execute();
  await db.schema
    .createTable('finding_passes')
    .addColumn('organization_id', 'text', (c) => c.primaryKey().references('organizations.id'))
    .addColumn('tracked_at', dialect.timestamp, (c) => c.notNull())
    .execute();

  const rows = await (db as Kysely<{ findings: { organization_id: string; key: string; body: unknown } }>)
    .selectFrom('findings')
    .select(['organization_id', 'key', 'body'])
    .execute();
  const subjects = rows.flatMap((row) => {
    const body = (typeof row.body === 'string' ? JSON.parse(row.body) : row.body) as {
      personIds?: string[];
      teamIds?: string[];
      cycleIds?: string[];
    };
    return subjectsOf(body).map(([subject_type, subject_id]) => ({
      organization_id: row.organization_id,
      subject_type,
      subject_id,
      finding_key: row.key,
    }));
  });
  for (let i = 0; i < subjects.length; i += 500) {
    await (db as Kysely<{ finding_subjects: (typeof subjects)[number] }>)
      .insertInto('finding_subjects')
      .values(subjects.slice(i, i + 500))
      .execute();
  }
}

function subjectsOf(body: { personIds?: string[]; teamIds?: string[]; cycleIds?: string[] }) {
  const pairs = [
    ...(body.personIds ?? []).map((id) => ['person', id] as const),
    ...(body.teamIds ?? []).map((id) => ['team', id] as const),
    ...(body.cycleIds ?? []).map((id) => ['cycle', id] as const),
  ];
  return [...new Map(pairs.map((pair) => [pair.join(':'), pair])).values()];
}
