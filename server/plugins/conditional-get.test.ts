import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpOwner } from '../test/factories.js';
import { createTestApp, type TestApp, testEngines } from '../test/harness.js';
import { matchesIfNoneMatch, weakEtagOf } from './conditional-get.js';

describe('matching If-None-Match', () => {
  const etag = weakEtagOf('{"a":1}');

  it('tags equal bodies alike and different bodies apart, weakly', () => {
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    expect(weakEtagOf(Buffer.from('{"a":1}'))).toBe(etag);
    expect(weakEtagOf('{"a":2}')).not.toBe(etag);
  });

  it('matches the tag itself, its strong form, one of a list and *', () => {
    expect(matchesIfNoneMatch(etag, etag)).toBe(true);
    expect(matchesIfNoneMatch(etag.slice(2), etag)).toBe(true);
    expect(matchesIfNoneMatch(`W/"other", ${etag}`, etag)).toBe(true);
    expect(matchesIfNoneMatch('*', etag)).toBe(true);
  });

  it('does not match another tag or no header', () => {
    expect(matchesIfNoneMatch('W/"other"', etag)).toBe(false);
    expect(matchesIfNoneMatch(undefined, etag)).toBe(false);
    expect(matchesIfNoneMatch('', etag)).toBe(false);
  });
});

describe.each(testEngines())('conditional API reads on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  it('answers a read the client already holds with 304 and no body, and a changed one in full', async () => {
    const owner = await signUpOwner(t.app);
    const first = await owner.client.get('/api/v1/teams');
    expect(first.status).toBe(200);
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\//);

    const unchanged = await owner.client.request('GET', '/api/v1/teams', undefined, {
      'if-none-match': etag,
    });
    expect(unchanged.status).toBe(304);
    expect(unchanged.body).toBe('');
    expect(unchanged.headers.etag).toBe(etag);

    expect((await owner.client.post('/api/v1/teams', { name: 'Platform' })).status).toBe(201);
    const changed = await owner.client.request('GET', '/api/v1/teams', undefined, { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(JSON.stringify(changed.body)).toContain('Platform');
  });

  it('lets no cache store any API answer: reads, refusals, changes and secrets alike', async () => {
    const owner = await signUpOwner(t.app);
    const read = await owner.client.get('/api/v1/me');
    expect(read.headers['cache-control']).toBe('no-store');
    expect(read.headers.etag).toMatch(/^W\//);
    const refused = await t.app.inject({ method: 'GET', url: '/api/v1/me' });
    expect(refused.statusCode).toBe(401);
    expect(refused.headers['cache-control']).toBe('no-store');
    expect(refused.headers.etag).toBeUndefined();
    const token = await owner.client.post<{ secret: string }>('/api/v1/tokens', { name: 'Script' });
    expect(token.status).toBe(201);
    expect(token.headers['cache-control']).toBe('no-store');
    const invitation = await owner.client.post('/api/v1/invitations', { email: 'grace@example.com' });
    expect(invitation.status).toBe(201);
    expect(invitation.headers['cache-control']).toBe('no-store');
    const unknown = await owner.client.get('/api/v1/no-such-route');
    expect(unknown.status).toBe(404);
    expect(unknown.headers['cache-control']).toBe('no-store');
  });

  it('tags only reads: a change answers without an ETag', async () => {
    const owner = await signUpOwner(t.app);
    const created = await owner.client.post('/api/v1/teams', { name: 'Design' });
    expect(created.status).toBe(201);
    expect(created.headers.etag).toBeUndefined();
  });
});
