import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';

/** Vite names every file under assets/ after a hash of its content: such a file never changes. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * How long a browser may keep a file of the web app: a hashed asset for a year without asking;
 * anything else (index.html, which names the current assets) only after revalidating, so a new
 * release is seen on the next load. `file` is relative to the web root, and may be a precompressed
 * variant (`.br`, `.gz`) of the file asked for.
 */
export function cacheControlOf(file: string): string {
  const asked = file
    .replace(/\.(br|gz)$/, '')
    .split(path.sep)
    .join('/');
  return asked.startsWith('assets/') ? IMMUTABLE : 'no-cache';
}

/** A request for a file (not a page of the app) that has none is a 404: never hand HTML to a script tag. */
const isFileRequest = (pathname: string) => pathname.startsWith('/assets/') || pathname.endsWith('.map');

/**
 * The SPA and its assets; any other path that is not the API gets index.html for the router.
 * Files are sent precompressed when the client takes it (the build writes `.br` and `.gz` next to
 * each; scripts/precompress.mjs). Source maps show the code as written: production keeps them.
 */
export async function serveWebApp(
  app: FastifyInstance,
  config: Pick<Config, 'webRoot' | 'isProduction'>,
): Promise<void> {
  const root = config.webRoot === null ? null : path.resolve(config.webRoot);
  const hasWeb = root !== null && fs.existsSync(path.join(root, 'index.html'));
  if (root !== null && hasWeb) {
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      preCompressed: true,
      // The headers are set per file below; the default (public, max-age=0) would say nothing useful.
      cacheControl: false,
      setHeaders: (reply, file) => reply.header('cache-control', cacheControlOf(path.relative(root, file))),
      allowedPath: (pathname) => !(config.isProduction && pathname.endsWith('.map')),
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0] ?? '';
    if (pathname.startsWith('/api/') || !hasWeb || request.method !== 'GET' || isFileRequest(pathname)) {
      throw new AppError('not_found', `No route ${request.method} ${pathname}`);
    }
    return reply.type('text/html').sendFile('index.html');
  });
}
