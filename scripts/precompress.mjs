// Writes a brotli (.br) and a gzip (.gz) copy next to each compressible file of the built web app,
// so the server sends them as they are (@fastify/static, preCompressed) instead of compressing the
// same bytes on every request. Run after `vite build` by `npm run build:web`.
//
// Built once, so compressed at the highest quality: brotli 11 takes seconds over the whole app,
// which a per-request compressor could never afford. A copy that saves nothing is not written.
import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Text formats that compress well. Images and fonts are compressed already; maps are not served in production. */
export const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|xml|webmanifest|wasm)$/;
/** Below this a compressed copy saves less than a packet. */
export const MIN_BYTES = 1024;

async function filesUnder(dir) {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * Compresses every compressible file of `dir` (recursively) of at least MIN_BYTES; returns the
 * copies written, relative to `dir`.
 */
export async function precompressDirectory(dir) {
  const written = [];
  for (const file of await filesUnder(dir)) {
    if (!COMPRESSIBLE.test(file)) continue;
    const content = await fs.readFile(file);
    if (content.length < MIN_BYTES) continue;
    const copies = [
      [
        '.br',
        await brotli(content, {
          params: {
            [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
            [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length,
          },
        }),
      ],
      ['.gz', await gzip(content, { level: zlib.constants.Z_BEST_COMPRESSION })],
    ];
    for (const [extension, compressed] of copies) {
      if (compressed.length >= content.length) continue;
      await fs.writeFile(file + extension, compressed);
      written.push(path.relative(dir, file + extension));
    }
  }
  return written.sort();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = path.resolve(process.argv[2] ?? 'dist/web');
  const written = await precompressDirectory(dir);
  console.log(`precompressed ${written.length} files in ${path.relative(process.cwd(), dir) || '.'}`);
}
