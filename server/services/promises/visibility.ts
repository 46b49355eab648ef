import { notFound } from '../../errors.js';
import { isReviewer } from '../../store/draft-reviews.js';
import type { ServiceContext } from '../context.js';
import { participation, type Viewer } from '../parties.js';
import type { PromiseRecord } from './records.js';

/** The parties whose drafts a viewer may see: themselves and their teams. */
export function viewerParties(viewer: Viewer) {
  return [
    { type: 'person' as const, id: viewer.personId },
    ...[...viewer.memberOf].map((id) => ({ type: 'team' as const, id })),
  ];
}

/**
 * A draft is private to its drafting side and to the reviewers it was shared with; to anyone else
 * it does not exist (404, never 403, so its existence does not leak).
 */
export async function requireVisible(
  ctx: ServiceContext,
  viewer: Viewer,
  record: PromiseRecord,
): Promise<void> {
  if (record.state.status !== 'draft') return;
  if (participation(viewer, record).member.includes(record.state.draftedBy)) return;
  if (await isReviewer(ctx.db, record.row.organization_id, record.row.id, viewerParties(viewer))) return;
  throw notFound('Promise');
}
