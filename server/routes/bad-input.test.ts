import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorResponse } from '../../contract/common.js';
import type { Team } from '../../contract/teams.js';
import { createTeam, type SignedIn, signUpOwner } from '../test/factories.js';
import { Client, createTestApp, type TestApp, testEngines } from '../test/harness.js';

/** Whatever a client sends, the answer is a 4xx in the one error shape, and nothing changes. */
describe.each(testEngines())('bad input on %s', (engine) => {
  let t: TestApp;
  let owner: SignedIn;
  beforeAll(async () => {
    t = await createTestApp(engine);
    owner = await signUpOwner(t.app);
  });
  afterAll(() => t.close());

  const teamCount = async () =>
    (await owner.client.get<{ teams: Team[] }>('/api/v1/teams?archived=all')).body.teams.length;

  const expectError = (response: { status: number; body: unknown }, status: number, code: string) => {
    expect(response.status).toBe(status);
    const body = response.body as ErrorResponse;
    expect(body.error.code).toBe(code);
    expect(body.error.message.length).toBeGreaterThan(5);
  };

  it('refuses malformed JSON', async () => {
    const before = await teamCount();
    const response = await owner.client.request('POST', '/api/v1/teams', '{"name": "Broken"', {
      'content-type': 'application/json',
    });
    expectError(response, 400, 'invalid_json');
    expect(await teamCount()).toBe(before);
  });

  it('refuses wrong types, naming the field', async () => {
    const response = await owner.client.post<ErrorResponse>('/api/v1/teams', { name: 42 });
    expectError(response, 400, 'validation_failed');
    expect(response.body.error.message).toContain('name');
    expectError(await owner.client.post('/api/v1/teams', []), 400, 'validation_failed');
    expectError(await owner.client.post('/api/v1/teams', { name: '   ' }), 400, 'validation_failed');
    expectError(await owner.client.patch(`/api/v1/teams/x`, {}), 400, 'validation_failed');
    expectError(
      await owner.client.post('/api/v1/invitations', { email: 'not-an-email', role: 'member' }),
      400,
      'validation_failed',
    );
    expectError(
      await owner.client.post('/api/v1/invitations', { email: 'a@b.co', role: 'god' }),
      400,
      'validation_failed',
    );
    expectError(await owner.client.get('/api/v1/teams?archived=maybe'), 400, 'validation_failed');
  });

  it('refuses huge strings and oversized bodies', async () => {
    const before = await teamCount();
    expectError(
      await owner.client.post('/api/v1/teams', { name: 'x'.repeat(10_000) }),
      400,
      'validation_failed',
    );
    expectError(
      await owner.client.post('/api/v1/teams', { name: 'Big', description: 'y'.repeat(2 * 1024 * 1024) }),
      413,
      'payload_too_large',
    );
    expectError(
      await new Client(t.app).post('/api/v1/auth/login', { email: 'a@b.co', password: 'p'.repeat(100_000) }),
      400,
      'validation_failed',
    );
    expect(await teamCount()).toBe(before);
  });

  it('refuses bodies that are not JSON', async () => {
    const response = await owner.client.request('POST', '/api/v1/teams', 'name=Form', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expectError(response, 415, 'unsupported_media_type');
  });

  it('answers 404 for unknown ids and unknown routes', async () => {
    expectError(
      await owner.client.get('/api/v1/teams/00000000-0000-7000-8000-000000000000'),
      404,
      'not_found',
    );
    expectError(await owner.client.get(`/api/v1/teams/${'z'.repeat(64)}`), 404, 'not_found');
    expectError(await owner.client.get('/api/v1/people/nope'), 404, 'not_found');
    expectError(await owner.client.delete('/api/v1/tokens/nope'), 404, 'not_found');
    expectError(await owner.client.get('/api/v1/nothing-here'), 404, 'not_found');
  });

  it('answers a bad URL encoding and an overlong path parameter in the error shape', async () => {
    expectError(await owner.client.get('/api/v1/teams/%zz'), 400, 'validation_failed');
    expectError(await owner.client.get('/api/v1/teams/%ED%A0%80'), 400, 'validation_failed');
    expectError(await owner.client.get(`/api/v1/teams/${'a'.repeat(101)}`), 414, 'uri_too_long');
  });

  it('refuses a NUL character or a lone surrogate anywhere, identically on both engines', async () => {
    const before = await teamCount();
    expectError(await new Client(t.app).get('/api/v1/jobs/%00'), 400, 'validation_failed');
    expectError(await owner.client.get('/api/v1/cycles/%00/board'), 400, 'validation_failed');
    expectError(await owner.client.get('/api/v1/people?q=a%00b'), 400, 'validation_failed');
    expectError(await owner.client.post('/api/v1/teams', { name: 'a\u0000b' }), 400, 'validation_failed');
    expectError(await owner.client.post('/api/v1/teams', { name: 'a\ud800b' }), 400, 'validation_failed');
    // Looked for without recursion: a body nested deep enough to overflow the stack is still answered.
    const deep = `${'{"name":'.repeat(100_000)}"a\\u0000"${'}'.repeat(100_000)}`;
    const response = await owner.client.request('POST', '/api/v1/teams', deep, {
      'content-type': 'application/json',
    });
    expectError(response, 400, 'validation_failed');
    expect(await teamCount()).toBe(before);
  });

  it('answers 401 when not signed in, whatever the route', async () => {
    const anonymous = new Client(t.app);
    expectError(await anonymous.get('/api/v1/teams'), 401, 'unauthenticated');
    expectError(await anonymous.post('/api/v1/teams', { name: 'Anon' }), 401, 'unauthenticated');
    expectError(await anonymous.get('/api/v1/me'), 401, 'unauthenticated');
  });

  it('refuses a move in the wrong state: changing an archived team', async () => {
    const team = await createTeam(owner);
    await owner.client.delete(`/api/v1/teams/${team.id}`);
    expectError(
      await owner.client.put(`/api/v1/teams/${team.id}/members/${owner.personId}`, {}),
      409,
      'conflict',
    );
    const after = await owner.client.get<Team>(`/api/v1/teams/${team.id}`);
    expect(after.body.members).toEqual([]);
  });
});
