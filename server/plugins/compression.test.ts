import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeam, signUpOwner } from '../test/factories.js';
import { createTestApp, type TestApp } from '../test/harness.js';
import { COMPRESSION_THRESHOLD_BYTES } from './compression.js';

describe('compressed API responses', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
  });
  afterAll(() => t.close());

  // The OpenAPI document is public and tens of kilobytes: a large answer anyone may ask for.
  const getDocument = (headers: Record<string, string>) =>
    t.app.inject({ method: 'GET', url: '/api/openapi.json', headers });

  it('sends brotli to a client that accepts it, and the body is the same JSON', async () => {
    const plain = await getDocument({});
    const response = await getDocument({ 'accept-encoding': 'br, gzip' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers.vary).toContain('accept-encoding');
    expect(response.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    expect(JSON.parse(zlib.brotliDecompressSync(response.rawPayload).toString())).toEqual(plain.json());
  });

  it('sends gzip to a client that takes only gzip', async () => {
    const plain = await getDocument({});
    const response = await getDocument({ 'accept-encoding': 'gzip' });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(zlib.gunzipSync(response.rawPayload).toString())).toEqual(plain.json());
  });

  it('compresses a signed-in read, which keeps its ETag and stays private', async () => {
    const owner = await signUpOwner(t.app);
    for (let n = 1; n <= 12; n += 1) await createTeam(owner, `Team number ${n} of a growing company`);
    const { secret } = (await owner.client.post<{ secret: string }>('/api/v1/tokens', { name: 'gzip' })).body;
    const read = (encoding?: string) =>
      t.app.inject({
        method: 'GET',
        url: '/api/v1/teams',
        headers: { authorization: `Bearer ${secret}`, ...(encoding ? { 'accept-encoding': encoding } : {}) },
      });
    const plain = await read();
    expect(plain.rawPayload.length).toBeGreaterThan(COMPRESSION_THRESHOLD_BYTES);
    const response = await read('gzip');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers.etag).toBe(plain.headers.etag);
    expect(JSON.parse(zlib.gunzipSync(response.rawPayload).toString())).toEqual(plain.json());
  });

  it('sends the body as it is to a client that names no encoding', async () => {
    const response = await getDocument({});
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.json()).toHaveProperty('openapi');
  });

  it('leaves a small answer uncompressed: the saving would not pay for the work', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(response.rawPayload.length).toBeLessThan(COMPRESSION_THRESHOLD_BYTES);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.json()).toEqual({ status: 'ok', database: 'sqlite' });
  });
});
