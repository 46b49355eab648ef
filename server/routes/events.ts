import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import * as endpoints from '../../contract/endpoints/events.js';
import type { LiveEvent } from '../../contract/live-events.js';
import type { ServiceContext } from '../services/context.js';
import { subscribeToLiveEvents } from '../services/live-events.js';
import { route } from './route.js';

/** A comment line now and then keeps proxies and load balancers from closing an idle stream. */
export const HEARTBEAT_MS = 25_000;

/**
 * Server-sent events: the route answers with a stream that stays open. Compression leaves
 * text/event-stream alone (a compressor would hold events back to fill its blocks) and the ETag
 * hook only tags bodies it holds whole, so neither touches it. When the server closes, every stream
 * ends first, so that closing does not wait on connections that never end by themselves.
 */
export function eventRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const open = new Set<PassThrough>();
  app.addHook('preClose', async () => {
    for (const stream of open) stream.end();
  });

  route(app, endpoints.streamEvents, async ({ actor }, reply) => {
    const stream = new PassThrough();
    const write = (text: string) => {
      if (!stream.writableEnded) stream.write(text);
    };
    const subscription = subscribeToLiveEvents(ctx, actor, {
      send: (event: LiveEvent) => write(`data: ${JSON.stringify(event)}\n\n`),
      end: () => stream.end(),
    });
    const heartbeat = setInterval(() => write(': heartbeat\n\n'), HEARTBEAT_MS);
    heartbeat.unref();
    const finish = () => {
      clearInterval(heartbeat);
      subscription.stop();
      open.delete(stream);
      if (!stream.writableEnded) stream.end();
    };
    stream.once('finish', finish);
    reply.raw.once('close', finish);
    open.add(stream);
    // The first lines go out at once: the client knows it is connected, and how soon to come back.
    write(': connected\nretry: 3000\n\n');
    reply
      .header('content-type', 'text/event-stream; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('x-accel-buffering', 'no');
    return stream;
  });
}
