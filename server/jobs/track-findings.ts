import type { ServiceContext } from '../services/context.js';
import { trackFindings as trackOrganizationFindings } from '../services/findings/findings.js';
import * as organizations from '../store/organizations.js';
import type { JobScope } from './job.js';

/**
 * Records, in every organization (or those of `scope`), which findings opened and which were
 * resolved as of `now`: what "since" and resolution times are read from. Running it again at the
 * same time changes nothing.
 */
export async function trackFindings(
  ctx: ServiceContext,
  now: Date,
  scope: JobScope = {},
): Promise<{ organizations: number; opened: number; resolved: number }> {
  const at: ServiceContext = { ...ctx, now: () => now };
  const organizationIds = scope.organizationIds ?? (await organizations.listOrganizationIds(ctx.db));
  let opened = 0;
  let resolved = 0;
  for (const organizationId of organizationIds) {
    // In the findings worker when the server runs one, so that a pass over every organization
    // does not hold the server's thread either.
    const result = await trackOrganizationFindings(at, organizationId, ctx.findingsComputer);
    opened += result.opened;
    resolved += result.resolved;
  }
  return { organizations: organizationIds.length, opened, resolved };
}
