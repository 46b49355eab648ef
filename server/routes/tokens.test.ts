import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Me } from '../../contract/auth.js';
import type { ApiToken } from '../../contract/tokens.js';
import { addMember, signUpOwner } from '../test/factories.js';
import { Client, createTestApp, type TestApp, testEngines } from '../test/harness.js';

describe.each(testEngines())('API tokens on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  it('authenticates scripts with a bearer token until it is revoked', async () => {
    const owner = await signUpOwner(t.app);
    const created = await owner.client.post<{ token: ApiToken; secret: string }>('/api/v1/tokens', {
      name: 'ci',
    });
    expect(created.status).toBe(201);
    expect(created.body.secret.startsWith(created.body.token.prefix)).toBe(true);

    const script = new Client(t.app);
    script.bearer = created.body.secret;
    const me = await script.get<Me>('/api/v1/me');
    expect(me.body).toMatchObject({ authenticatedBy: 'token', person: { id: owner.personId } });
    // A token needs no CSRF header: it is not sent by browsers on their own.
    expect((await script.post('/api/v1/teams', { name: 'From a script' })).status).toBe(201);

    const listed = await owner.client.get<{ tokens: ApiToken[] }>('/api/v1/tokens');
    expect(listed.body.tokens.map((x) => x.id)).toEqual([created.body.token.id]);
    expect(listed.body.tokens[0]?.lastUsedAt).not.toBeNull();

    expect((await owner.client.delete(`/api/v1/tokens/${created.body.token.id}`)).status).toBe(204);
    expect((await script.get('/api/v1/me')).status).toBe(401);
    expect((await owner.client.get<{ tokens: ApiToken[] }>('/api/v1/tokens')).body.tokens).toEqual([]);
  });

  it('stores only a hash of the token', async () => {
    const owner = await signUpOwner(t.app);
    const created = await owner.client.post<{ token: ApiToken; secret: string }>('/api/v1/tokens', {
      name: 'x',
    });
    const rows = await t.handle.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('id', '=', created.body.token.id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(created.body.secret);
  });

  it("cannot revoke someone else's token", async () => {
    const owner = await signUpOwner(t.app);
    const member = await addMember(t.app, owner, 'member');
    const created = await member.client.post<{ token: ApiToken; secret: string }>('/api/v1/tokens', {
      name: 'm',
    });
    expect((await owner.client.delete(`/api/v1/tokens/${created.body.token.id}`)).status).toBe(404);
    const script = new Client(t.app);
    script.bearer = created.body.secret;
    expect((await script.get('/api/v1/me')).status).toBe(200);
  });

  it('refuses a malformed or unknown bearer token', async () => {
    const script = new Client(t.app);
    script.bearer = 'accord_nonsense';
    expect((await script.get('/api/v1/me')).status).toBe(401);
    const raw = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: 'Basic abc' },
    });
    expect(raw.statusCode).toBe(401);
  });

  it('stops working when its owner leaves the organization', async () => {
    const owner = await signUpOwner(t.app);
    const member = await addMember(t.app, owner, 'member');
    const created = await member.client.post<{ secret: string }>('/api/v1/tokens', { name: 'leaver' });
    await owner.client.delete(`/api/v1/members/${member.personId}`);
    const script = new Client(t.app);
    script.bearer = created.body.secret;
    expect((await script.get('/api/v1/me')).status).toBe(401);
  });
});
