import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import * as endpoints from '../../contract/endpoints/exports.js';
import type { ServiceContext } from '../services/context.js';
import { iso } from '../services/context.js';
import { exportArchive } from '../services/exports/archive.js';
import { exportCsv, exportCsvZip } from '../services/exports/csv.js';
import { exportCycleReport } from '../services/exports/report.js';
import { restoreArchive } from '../services/exports/restore.js';
import { route } from './route.js';

/** An archive is as large as its organization: its restore takes up to this much JSON. */
export const ARCHIVE_BODY_LIMIT = 256 * 1024 * 1024;

export function exportRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  // Each format is a download with a content type and a file name of its own, sent as a stream.
  route(app, endpoints.exportOrganization, async ({ actor, query }, reply) => {
    const day = iso(ctx.now()).slice(0, 10);
    const download = (name: string, type: string) =>
      reply.type(type).header('content-disposition', `attachment; filename="${name}"`);
    if (query.format === 'md' && query.cycleId) {
      const report = await exportCycleReport(ctx, actor, query.cycleId);
      download(`accord-cycle-report-${day}.md`, 'text/markdown; charset=utf-8');
      return report;
    }
    if (query.format === 'csv' && query.kind) {
      download(`accord-${query.kind}-${day}.csv`, 'text/csv; charset=utf-8');
      return Readable.from(exportCsv(ctx, actor, query.kind));
    }
    if (query.format === 'csv') {
      download(`accord-csv-${day}.zip`, 'application/zip');
      return Readable.from(exportCsvZip(ctx, actor));
    }
    const archive = await exportArchive(ctx, actor);
    download(`accord-archive-${day}.json`, 'application/json; charset=utf-8');
    return Readable.from(archive);
  });

  route(app, endpoints.restoreArchive, async ({ actor, body }) => restoreArchive(ctx, actor, body), {
    bodyLimit: ARCHIVE_BODY_LIMIT,
  });
}
