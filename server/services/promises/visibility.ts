import type { PartyViewer } from '../../../core/promises/index.js';
import { notFound } from '../../errors.js';
import { isReviewer } from '../../store/draft-reviews.js';
import type { ServiceContext } from '../context.js';
import { participation, type Viewer } from '../parties.js';
import type { PromiseRecord } from './records.js';

/** The parties whose drafts a viewer may see: themselves and their teams. */
export function viewerParties(viewer: PartyViewer) {
  return [
    { type: 'person' as const, id: viewer.personId },
    ...[...viewer.memberOf].map((id) => ({ type: 'team' as const, id })),
  ];
}

/**
 * A draft is private to its drafting side and to the reviewers it was shared with; to anyone else
 * it does not exist (404, never 403, so its existence does not leak). A discarded draft is its
 * drafting side's alone: they may still open it (shown as discarded, its log intact); to anyone
 * else, reviewers included, it does not exist.
 */
export async function requireVisible(
  ctx: ServiceContext,
  viewer: Viewer,
  record: PromiseRecord,
): Promise<void> {
  if (!(await isVisible(ctx, viewer, record))) throw notFound('Promise');
}

/** Whether someone may see the promise at all (the rule of `requireVisible`), without refusing. */
export async function isVisible(
  ctx: ServiceContext,
  viewer: PartyViewer,
  record: PromiseRecord,
): Promise<boolean> {
  if (record.state.status !== 'draft' && record.state.status !== 'discarded') return true;
  if (participation(viewer, record).member.includes(record.state.draftedBy)) return true;
  if (record.state.status === 'discarded') return false;
  return isReviewer(ctx.db, record.row.organization_id, record.row.id, viewerParties(viewer));
}

/**
 * The ids of the records the viewer may see, of those given: what shows a promise's links shows
 * only the promises at their other ends that the viewer could open (a private draft linked by its
 * drafter stays private, title and all).
 */
export async function visibleIds(
  ctx: ServiceContext,
  viewer: Viewer,
  records: readonly PromiseRecord[],
): Promise<Set<string>> {
  const visible = await Promise.all(records.map((record) => isVisible(ctx, viewer, record)));
  return new Set(records.filter((_, i) => visible[i]).map((record) => record.row.id));
}
