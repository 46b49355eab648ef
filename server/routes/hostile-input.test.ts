import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorResponse } from '../../contract/common.js';
import { MAX_DIRECTION_LENGTH } from '../../contract/direction.js';
import { MAX_DESCRIPTION_LENGTH } from '../../contract/promises.js';
import type { Team } from '../../contract/teams.js';
import { createCalendar, createTeam, type SignedIn, signUpOwner } from '../test/factories.js';
import { Client, createTestApp, type TestApp, testEngines } from '../test/harness.js';

/**
 * Text neither engine can store the same way (a NUL, a lone surrogate), fields an endpoint does not
 * take, and requests Fastify refuses before any route: each is a 4xx in Accord's error shape, the
 * same on both engines, and changes nothing.
 */
describe.each(testEngines())('hostile input on %s', (engine) => {
  let t: TestApp;
  let owner: SignedIn;
  beforeAll(async () => {
    t = await createTestApp(engine);
    owner = await signUpOwner(t.app);
  });
  afterAll(() => t.close());

  const teams = async () =>
    (await owner.client.get<{ teams: Team[] }>('/api/v1/teams?archived=all')).body.teams;

  const expectError = (
    response: { status: number; body: unknown },
    status: number,
    code: string,
    mentions: string,
  ) => {
    expect(response.status).toBe(status);
    const { error } = response.body as ErrorResponse;
    expect(error.code).toBe(code);
    expect(error.message).toContain(mentions);
  };

  it('refuses a NUL in a path parameter before anything else, even when not signed in', async () => {
    const anonymous = new Client(t.app);
    expectError(await anonymous.get('/api/v1/jobs/%00'), 400, 'validation_failed', 'NUL');
    expectError(await owner.client.get('/api/v1/teams/a%00b'), 400, 'validation_failed', 'path: id');
  });

  it('refuses a NUL in a query parameter, naming it', async () => {
    expectError(
      await owner.client.get('/api/v1/teams?archived=%00'),
      400,
      'validation_failed',
      'query: archived contains a NUL',
    );
  });

  it('refuses a NUL or a lone surrogate anywhere in a JSON body, and stores nothing', async () => {
    const before = (await teams()).length;
    expectError(
      await owner.client.post('/api/v1/teams', { name: 'Null\u0000Team' }),
      400,
      'validation_failed',
      'body: name contains a NUL',
    );
    expectError(
      await owner.client.post('/api/v1/teams', { name: 'Half a\ud800b' }),
      400,
      'validation_failed',
      'body: name contains an unpaired surrogate',
    );
    expectError(
      await owner.client.post('/api/v1/teams', { name: 'Key', 'descr\u0000iption': 'x' }),
      400,
      'validation_failed',
      'field name',
    );
    expect((await teams()).length).toBe(before);
  });

  it('keeps well-formed text outside the basic plane, as entered, on both engines', async () => {
    const name = `Rocket 🚀 ${engine}`;
    const created = await owner.client.post<Team>('/api/v1/teams', { name });
    expect(created.status).toBe(201);
    expect((await owner.client.get<Team>(`/api/v1/teams/${created.body.id}`)).body.name).toBe(name);
  });

  it('refuses a body field the endpoint does not take, naming it, and changes nothing', async () => {
    const team = await createTeam(owner, 'Unchanged');
    const response = await owner.client.patch<ErrorResponse>(`/api/v1/teams/${team.id}`, {
      description: 'new words',
      nmae: 'Typo',
    });
    expectError(response, 400, 'validation_failed', 'body: nmae is not a field');
    const after = await owner.client.get<Team>(`/api/v1/teams/${team.id}`);
    expect(after.body).toMatchObject({ name: 'Unchanged', description: team.description });
  });

  it('refuses a query parameter the endpoint does not take, naming it', async () => {
    expectError(
      await owner.client.get('/api/v1/teams?colour=blue'),
      400,
      'validation_failed',
      'querystring: colour is not a parameter',
    );
  });

  it('refuses markdown longer than its documented cap, naming the field, and stores nothing', async () => {
    const { quarter } = await createCalendar(owner);
    const direction = `/api/v1/cycles/${quarter.id}/direction`;
    expectError(
      await owner.client.put(direction, { markdown: '[a]('.repeat(MAX_DIRECTION_LENGTH / 4 + 1) }),
      400,
      'validation_failed',
      `body: markdown must have at most ${MAX_DIRECTION_LENGTH} characters`,
    );
    expect((await owner.client.get<{ draft: unknown }>(direction)).body.draft).toBeNull();

    const promises = async () =>
      (await owner.client.get<{ total: number }>(`/api/v1/promises?cycleId=${quarter.id}`)).body.total;
    const before = await promises();
    expectError(
      await owner.client.post('/api/v1/promises', {
        cycleId: quarter.id,
        customer: { type: 'person', id: owner.personId },
        performers: [{ type: 'person', id: owner.personId }],
        title: 'Too long to read',
        description: 'x'.repeat(MAX_DESCRIPTION_LENGTH + 1),
        dueDate: '2027-03-31',
        open: 'draft',
      }),
      400,
      'validation_failed',
      `body: description must have at most ${MAX_DESCRIPTION_LENGTH} characters`,
    );
    expect(await promises()).toBe(before);
  });

  it("answers the router's own errors in Accord's shape", async () => {
    const anonymous = new Client(t.app);
    expectError(await anonymous.get('/api/v1/teams/%E0%A4%A'), 400, 'validation_failed', 'URL');
    // A lone surrogate cannot even be %-encoded as UTF-8: it is a URL that does not decode.
    expectError(await anonymous.get('/api/v1/jobs/%ED%A0%80'), 400, 'validation_failed', 'URL');
    expectError(await anonymous.get(`/api/v1/jobs/${'a'.repeat(101)}`), 414, 'uri_too_long', 'limit');
    expectError(await anonymous.get('/api/v1/no-such-route'), 404, 'not_found', 'No route');
  });

  it("answers headers over Node's limit with 431 in Accord's shape", async () => {
    const { server } = t.app;
    if (!server.listening) await t.app.listen({ port: 0, host: '127.0.0.1' });
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('the test server has no port');
    const response = await fetch(`http://127.0.0.1:${address.port}/api/health`, {
      headers: { 'x-padding': 'a'.repeat(32 * 1024) },
    });
    expect(response.status).toBe(431);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(((await response.json()) as ErrorResponse).error).toMatchObject({ code: 'headers_too_large' });
  });
});
