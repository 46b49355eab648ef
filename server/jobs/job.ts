import type { ServiceContext } from '../services/context.js';

/**
 * Which organizations a pass visits: all of them unless named. Tests name their own, as the
 * PostgreSQL tests share one database and must not touch each other's organizations.
 */
export interface JobScope {
  organizationIds?: readonly string[];
}

/** Work that time, not a request, calls for: run with the moment it is run for. */
export interface Job {
  name: string;
  run(ctx: ServiceContext, now: Date, scope?: JobScope): Promise<unknown>;
}
