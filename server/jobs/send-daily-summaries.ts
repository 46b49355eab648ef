import type { ServiceContext } from '../services/context.js';
import { sendDailySummaries as sendOrganizationSummaries } from '../services/email/daily-summary.js';
import * as organizations from '../store/organizations.js';
import type { JobScope } from './job.js';

/**
 * Sends each person's daily summary, in every organization (or those of `scope`), once their
 * organization's clock has reached the summary's hour: see `sendDailySummaries` in
 * server/services/email/daily-summary.ts. Running it again the same day sends nothing more.
 */
export async function sendDailySummaries(
  ctx: ServiceContext,
  now: Date,
  scope: JobScope = {},
): Promise<{ summaries: number }> {
  const at: ServiceContext = { ...ctx, now: () => now };
  const organizationIds = scope.organizationIds ?? (await organizations.listOrganizationIds(ctx.db));
  let summaries = 0;
  for (const organizationId of organizationIds) {
    summaries += await sendOrganizationSummaries(at, organizationId);
  }
  return { summaries };
}
