import fs from 'node:fs';
import Fastify from 'fastify';

/**
 * The baseline: a bare Fastify route answering a fixed JSON document (a promise's detail, as the
 * real server sent it) with no database, no authentication and no schema. It runs in a process of
 * its own, as the real server does, so that both share the machine with the load generator alike.
 * Prints the address it listens on.
 */
const payload: unknown = JSON.parse(fs.readFileSync(process.argv[2]!, 'utf8'));
const app = Fastify({ logger: false });
app.get('/bare', async () => payload);
const address = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`${address}\n`);
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
