import { ARCHIVE_FORMAT, ARCHIVE_VERSION } from '../../../contract/exports.js';
import { notFound } from '../../errors.js';
import { ARCHIVE_PAGE_SIZE, findArchivedOrganization, keyOf, pageArchivedRows } from '../../store/archive.js';
import { ARCHIVED_TABLE_NAMES } from '../../store/archive-tables.js';
import type { MemberActor } from '../authorization.js';
import { iso, type ServiceContext } from '../context.js';

/**
 * The organization as a lossless archive, as JSON text a piece at a time: the envelope, then each
 * archived table in dependency order, read a keyset page of ARCHIVE_PAGE_SIZE rows at a time, so
 * the server holds one page whatever the organization's size. The pages are not one snapshot: an
 * export taken while people work may catch a change half-way (`npm run backup` is the snapshot).
 */
export async function exportArchive(ctx: ServiceContext, actor: MemberActor): Promise<AsyncIterable<string>> {
  const organization = await findArchivedOrganization(ctx.db, actor.organizationId);
  if (!organization) throw notFound('Organization');
  return archiveText(ctx, organization);
}

async function* archiveText(
  ctx: ServiceContext,
  organization: NonNullable<Awaited<ReturnType<typeof findArchivedOrganization>>>,
): AsyncGenerator<string> {
  const envelope = {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    exportedAt: iso(ctx.now()),
    organization,
  };
  yield `${JSON.stringify(envelope).slice(0, -1)},"tables":{`;
  let firstTable = true;
  for (const table of ARCHIVED_TABLE_NAMES) {
    yield `${firstTable ? '' : ','}\n${JSON.stringify(table)}:[`;
    firstTable = false;
    let after: unknown[] | undefined;
    let firstRow = true;
    for (;;) {
      const rows = await pageArchivedRows(ctx.db, ctx.dialect, organization.id, table, after);
      if (rows.length > 0) {
        yield rows
          .map((row, index) => `${firstRow && index === 0 ? '' : ','}\n${JSON.stringify(row)}`)
          .join('');
        firstRow = false;
      }
      const last = rows.at(-1);
      if (!last || rows.length < ARCHIVE_PAGE_SIZE) break;
      after = keyOf(table, last);
    }
    yield ']';
  }
  yield '}}\n';
}
