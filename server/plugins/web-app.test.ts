import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/harness.js';
import { cacheControlOf } from './web-app.js';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const script = `export const greeting = ${JSON.stringify('hello, '.repeat(500))};\n`;
const page = `<!doctype html><html><head><script type="module" src="/assets/index-abc123.js"></script></head><body><div id="root"></div>${'<!-- padding -->'.repeat(80)}</body></html>`;

/** A built web app as the build leaves it: hashed assets with their source maps and precompressed copies. */
function writeWebRoot(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-web-'));
  fs.mkdirSync(path.join(root, 'assets'));
  const files: Record<string, string> = {
    'index.html': page,
    'assets/index-abc123.js': script,
    'assets/index-abc123.js.map': '{"version":3,"sources":["main.tsx"],"mappings":""}',
    'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  };
  for (const [file, content] of Object.entries(files)) fs.writeFileSync(path.join(root, file), content);
  for (const file of ['index.html', 'assets/index-abc123.js']) {
    const content = Buffer.from(files[file]!);
    fs.writeFileSync(path.join(root, `${file}.br`), zlib.brotliCompressSync(content));
    fs.writeFileSync(path.join(root, `${file}.gz`), zlib.gzipSync(content));
  }
  return root;
}

describe('the cache lifetime of a web file', () => {
  it('is a year for a hashed asset, compressed or not, and a revalidation for anything else', () => {
    expect(cacheControlOf(path.join('assets', 'index-abc123.js'))).toBe(IMMUTABLE);
    expect(cacheControlOf(path.join('assets', 'index-abc123.js.br'))).toBe(IMMUTABLE);
    expect(cacheControlOf('index.html')).toBe('no-cache');
    expect(cacheControlOf('index.html.gz')).toBe('no-cache');
    expect(cacheControlOf('favicon.svg')).toBe('no-cache');
  });
});

describe('serving the web app', () => {
  let root: string;
  let t: TestApp;
  let production: TestApp;
  beforeAll(async () => {
    root = writeWebRoot();
    t = await createTestApp('sqlite', { webRoot: root });
    production = await createTestApp('sqlite', { webRoot: root, isProduction: true });
  });
  afterAll(async () => {
    await t.close();
    await production.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  const get = (app: TestApp, url: string, headers: Record<string, string> = {}) =>
    app.app.inject({ method: 'GET', url, headers });

  it('lets browsers keep a hashed asset for a year', async () => {
    const response = await get(t, '/assets/index-abc123.js');
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe(IMMUTABLE);
    expect(response.headers['content-type']).toContain('javascript');
    expect(response.body).toBe(script);
  });

  it('sends the precompressed brotli copy to a browser that takes brotli', async () => {
    const response = await get(t, '/assets/index-abc123.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toContain('javascript');
    expect(response.headers['cache-control']).toBe(IMMUTABLE);
    expect(response.headers.vary).toContain('accept-encoding');
    expect(response.rawPayload).toEqual(fs.readFileSync(path.join(root, 'assets/index-abc123.js.br')));
    expect(zlib.brotliDecompressSync(response.rawPayload).toString()).toBe(script);
  });

  it('sends the gzip copy to a browser that takes only gzip', async () => {
    const response = await get(t, '/assets/index-abc123.js', { 'accept-encoding': 'gzip' });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(response.rawPayload).toString()).toBe(script);
  });

  it('has browsers revalidate index.html, which names the current assets', async () => {
    for (const url of ['/', '/index.html']) {
      const response = await get(t, url, { 'accept-encoding': 'br' });
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(zlib.brotliDecompressSync(response.rawPayload).toString()).toBe(page);
    }
  });

  it('answers a page of the app with index.html, for the router', async () => {
    const response = await get(t, '/promises/0193b6c4-0000-7000-8000-000000000000');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body).toBe(page);
  });

  it('answers a missing asset with 404, not with the page: a script must never receive HTML', async () => {
    const response = await get(t, '/assets/index-gone99.js');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('serves source maps in development and refuses them in production', async () => {
    expect((await get(t, '/assets/index-abc123.js.map')).statusCode).toBe(200);
    const refused = await get(production, '/assets/index-abc123.js.map');
    expect(refused.statusCode).toBe(404);
    expect(refused.body).not.toContain('mappings');
    expect((await get(production, '/assets/index-abc123.js')).statusCode).toBe(200);
  });
});
