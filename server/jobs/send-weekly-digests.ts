import type { ServiceContext } from '../services/context.js';
import { sendWeeklyDigest } from '../services/digest.js';
import * as organizations from '../store/organizations.js';
import type { JobScope } from './job.js';

/**
 * Sends every organization's (or those of `scope`) weekly digest once it is due: see
 * `sendWeeklyDigest` in server/services/digest.ts. Running it again in the same week sends nothing more.
 */
export async function sendWeeklyDigests(
  ctx: ServiceContext,
  now: Date,
  scope: JobScope = {},
): Promise<{ emails: number }> {
  const at: ServiceContext = { ...ctx, now: () => now };
  const organizationIds = scope.organizationIds ?? (await organizations.listOrganizationIds(ctx.db));
  let emails = 0;
  for (const organizationId of organizationIds) emails += await sendWeeklyDigest(at, organizationId);
  return { emails };
}
