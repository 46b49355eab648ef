import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { ServiceContext } from '../services/context.js';
import { countAttempt } from '../services/rate-limits.js';

/**
 * A store for @fastify/rate-limit that counts in the database instead of this process's memory, so
 * several processes behind one load balancer share each limit: an address refused by one is refused
 * by all. Each route counts apart (its method and path prefix the key), as the plugin's own does.
 */
export function databaseRateLimitStore(ctx: ServiceContext): FastifyRateLimitStoreCtor {
  class DatabaseRateLimitStore implements FastifyRateLimitStore {
    constructor(
      _options: unknown,
      private readonly prefix = '',
    ) {}

    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow: number,
    ): void {
      countAttempt(ctx, `${this.prefix}${key}`, timeWindow).then(
        (result) => callback(null, result),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    }

    child(routeOptions: Parameters<FastifyRateLimitStore['child']>[0]): FastifyRateLimitStore {
      const info = (routeOptions as { routeInfo?: { method?: unknown; url?: unknown } }).routeInfo;
      const route = info?.url === undefined ? '' : `${String(info.method)} ${String(info.url)}|`;
      return new DatabaseRateLimitStore(routeOptions, route);
    }
  }
  return DatabaseRateLimitStore;
}
