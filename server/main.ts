import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { migrateToLatest } from './migrations/index.js';
import { createLogger } from './observability/logger.js';
import { createMetrics } from './observability/metrics.js';
import { type MetricsServer, serveMetricsOnPort } from './observability/metrics-server.js';
import { createChangeBus } from './services/changes.js';
import { createServiceContext } from './services/context.js';
import { openDatabase } from './store/database.js';

const here = path.dirname(fileURLToPath(import.meta.url));

async function main(): Promise<void> {
  const config = loadConfig(process.env, { webRoot: path.resolve(here, '../web') });
  const log = createLogger(config);
  const handle = openDatabase(config);
  const applied = await migrateToLatest(handle.db, handle.dialect);
  if (applied.length > 0) log.info({ migrations: applied }, 'applied migrations');
  // On PostgreSQL, changes reach the other processes on the database over LISTEN/NOTIFY.
  const changes = createChangeBus({
    log,
    ...(config.databaseUrl ? { postgres: { db: handle.db, url: config.databaseUrl } } : {}),
  });
  await changes.ready;
  const ctx = createServiceContext({ ...handle, config, log, changes });
  const metrics = config.metrics ? createMetrics({ connections: handle.connections }) : undefined;
  const app = await buildApp(ctx, { logger: log, metrics });
  let metricsServer: MetricsServer | undefined;

  const stop = async (signal: string) => {
    log.info({ signal }, 'stopping');
    await metricsServer?.close();
    await app.close();
    await changes.close();
    await handle.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  if (metrics && config.metrics?.port != null) {
    metricsServer = await serveMetricsOnPort(metrics, { host: config.host, port: config.metrics.port });
    log.info(`metrics at http://${config.host}:${metricsServer.port}/metrics`);
  }
  log.info(
    { database: handle.engine, dataDir: handle.engine === 'sqlite' ? config.dataDir : undefined },
    `Accord is running at ${config.publicUrl}`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`Accord could not start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
