import { loadDemo } from '../demo/load-demo.js';
import { AppError } from '../errors.js';
import { pendingMigrations } from '../migrations/index.js';
import { isUniqueViolation } from '../store/constraints.js';
import { countOrganizations } from '../store/organizations.js';
import type { ServiceContext } from './context.js';
import { startJob } from './jobs.js';

/** The instance answers and its database with it. */
export async function checkHealth(ctx: ServiceContext) {
  await countOrganizations(ctx.db);
  return { status: 'ok' as const, database: ctx.dialect.engine };
}

/**
 * The instance may be sent traffic: its database answers and has applied every migration this
 * version knows. Why not is said in the error; what the database said is logged, not sent, as it
 * may name hosts and users to a caller who needs none of that.
 */
export async function checkReadiness(ctx: ServiceContext) {
  let migrations: Awaited<ReturnType<typeof pendingMigrations>>;
  try {
    migrations = await pendingMigrations(ctx.db, ctx.dialect);
  } catch (error) {
    ctx.log.warn({ err: error }, 'not ready: the database does not answer');
    throw new AppError('unavailable', 'The database does not answer');
  }
  const { applied, pending } = migrations;
  if (pending.length > 0) {
    throw new AppError(
      'unavailable',
      `The database lacks ${pending.length} migration${pending.length === 1 ? '' : 's'}: ${pending.join(', ')}`,
    );
  }
  return { status: 'ready' as const, database: ctx.dialect.engine, migrations: applied };
}

/** Whether the instance waits for its first organization, and how people may sign up. */
export async function setupStatus(ctx: ServiceContext) {
  return { needsSetup: (await countOrganizations(ctx.db)) === 0, signup: ctx.config.signup };
}

/**
 * Loads the demo organization as a job whose progress can be followed. Only on first run: on a
 * running instance, anyone could otherwise add accounts with a known password.
 */
export async function loadDemoOnFirstRun(ctx: ServiceContext) {
  if ((await countOrganizations(ctx.db)) > 0) {
    throw new AppError('conflict', 'This instance is set up already; load the demo with `npm run demo`');
  }
  try {
    return await startJob(ctx, { kind: 'demo', organizationId: null }, (report) => loadDemo(ctx, report));
  } catch (error) {
    // One setup job runs at a time (a unique index on the running ones): the others are told so.
    if (isUniqueViolation(error)) {
      throw new AppError('conflict', 'The demo organization is being loaded already; follow that job');
    }
    throw error;
  }
}
