import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/**
 * Below this many bytes a compressed body saves less than the work of compressing it and the
 * headers it adds; an error or a small answer goes out as it is.
 */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

/**
 * Brotli when the client takes it (about a fifth smaller than gzip on JSON), gzip otherwise. The
 * plugin's brotli quality (4) keeps a large page's compression to milliseconds; the web app's files
 * are compressed once at build time at the highest quality instead (scripts/precompress.mjs).
 * Request bodies are never decompressed: clients send small JSON, and a compressed body could
 * expand past the body limit after it was checked.
 */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCompress, {
    encodings: ['br', 'gzip'],
    threshold: COMPRESSION_THRESHOLD_BYTES,
    globalDecompression: false,
  });
}
