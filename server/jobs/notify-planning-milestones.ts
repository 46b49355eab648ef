import type { ServiceContext } from '../services/context.js';
import { notifyMilestonesOwed } from '../services/cycles/milestones-owed.js';
import * as organizations from '../store/organizations.js';
import type { JobScope } from './job.js';

/**
 * Tells people of the planning milestones they owe as they come near and once they are missed, in
 * every organization (or those of `scope`), as of `now`. Running it again at the same time adds
 * nothing: each notification has its dedupe key.
 */
export async function notifyPlanningMilestones(
  ctx: ServiceContext,
  now: Date,
  scope: JobScope = {},
): Promise<{ organizations: number; notified: number }> {
  const at: ServiceContext = { ...ctx, now: () => now };
  const organizationIds = scope.organizationIds ?? (await organizations.listOrganizationIds(ctx.db));
  let notified = 0;
  for (const organizationId of organizationIds) {
    notified += await notifyMilestonesOwed(at, organizationId);
  }
  return { organizations: organizationIds.length, notified };
}
