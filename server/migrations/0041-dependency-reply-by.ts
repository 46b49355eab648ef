import type { Kysely } from 'kysely';
import type { Dialect } from '../store/dialect.js';

/**
 * Issue 11, the strategy debugger: a dependency asks its supplier to supply, and like any ask it may
 * ask for the answer (acknowledge or decline) by a calendar date; a supplier late past it is an
 * unanswered-ask finding. And the findings now name the promises they concern in
 * `finding_subjects`, so a promise's page (the dependent "at risk from a dependency") reads the
 * findings about it by index; the rows recorded before are indexed here from their bodies.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('dependencies').addColumn('reply_by', 'text').execute();

  const typed = db as Kysely<{
    findings: { organization_id: string; key: string; body: unknown };
    finding_subjects: {
      organization_id: string;
      subject_type: string;
      subject_id: string;
      finding_key: string;
    };
  }>;
  const rows = await typed.selectFrom('findings').select(['organization_id', 'key', 'body']).execute();
  const subjects = rows.flatMap((row) => {
    const body = (typeof row.body === 'string' ? JSON.parse(row.body) : row.body) as {
      promiseIds?: string[];
    };
    return [...new Set(body.promiseIds ?? [])].map((subject_id) => ({
      organization_id: row.organization_id,
      subject_type: 'promise',
      subject_id,
      finding_key: row.key,
    }));
  });
  for (let i = 0; i < subjects.length; i += 500) {
    await typed
      .insertInto('finding_subjects')
      .values(subjects.slice(i, i + 500))
      .execute();
  }
}
