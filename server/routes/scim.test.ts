import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Person } from '../../contract/people.js';
import type { PromiseDetail } from '../../contract/promises.js';
import type { CreatedScimToken, ScimTokenList } from '../../contract/scim.js';
import type { Team } from '../../contract/teams.js';
import { addMember, createCalendar, openPromise, type SignedIn, signUpOwner } from '../test/factories.js';
import { Client, createTestApp, type TestApp, testEngines, unique } from '../test/harness.js';

const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';

/** SCIM bodies are read field by field, as the provider reads them. */
// biome-ignore lint/suspicious/noExplicitAny: a SCIM answer is whatever JSON the resource holds
type Json = any;

interface ScimResponse<T = Json> {
  status: number;
  body: T;
  contentType: string;
}

/** An identity provider: sends SCIM's media type with its bearer token, as Entra ID and Okta do. */
function provider(t: TestApp, secret: string) {
  return async <T = Json>(method: string, url: string, body?: unknown): Promise<ScimResponse<T>> => {
    const response = await t.app.inject({
      method: method as 'GET',
      url: `/scim/v2${url}`,
      headers: {
        authorization: `Bearer ${secret}`,
        accept: 'application/scim+json',
        ...(body === undefined ? {} : { 'content-type': 'application/scim+json' }),
      },
      ...(body === undefined ? {} : { payload: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    return {
      status: response.statusCode,
      body: response.body ? JSON.parse(response.body) : undefined,
      contentType: String(response.headers['content-type'] ?? ''),
    };
  };
}

async function scimToken(owner: SignedIn): Promise<CreatedScimToken> {
  const created = await owner.client.post<CreatedScimToken>('/api/v1/scim-tokens', { name: 'Entra ID' });
  if (created.status !== 201) throw new Error(`token failed: ${JSON.stringify(created.body)}`);
  return created.body;
}

const filter = (expression: string) => encodeURIComponent(expression);

describe.each(testEngines())('SCIM provisioning on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  async function peopleOf(owner: SignedIn, q: string) {
    return (await owner.client.get<{ people: Person[] }>(`/api/v1/people?q=${encodeURIComponent(q)}`)).body
      .people;
  }

  it('lets an owner make, list and revoke a token shown once, which the provider is then refused with', async () => {
    const owner = await signUpOwner(t.app);
    const created = await scimToken(owner);
    expect(created.baseUrl).toMatch(/\/scim\/v2$/);
    const listed = await owner.client.get<ScimTokenList>('/api/v1/scim-tokens');
    expect(listed.body.tokens.map((token) => token.id)).toEqual([created.token.id]);
    expect(JSON.stringify(listed.body)).not.toContain(created.secret);
    const rows = await t.handle.db
      .selectFrom('scim_tokens')
      .selectAll()
      .where('id', '=', created.token.id)
      .execute();
    expect(JSON.stringify(rows)).not.toContain(created.secret);

    const idp = provider(t, created.secret);
    expect((await idp('GET', '/ServiceProviderConfig')).status).toBe(200);
    expect((await owner.client.delete(`/api/v1/scim-tokens/${created.token.id}`)).status).toBe(204);
    const refused = await idp('GET', '/Users');
    expect(refused.status).toBe(401);
    expect(refused.body).toMatchObject({ schemas: [ERROR], status: '401' });
    expect(refused.contentType).toContain('application/scim+json');
  });

  it('keeps SCIM tokens to owners and admins, and a SCIM token out of the API', async () => {
    const owner = await signUpOwner(t.app);
    const member = await addMember(t.app, owner, 'member');
    expect((await member.client.post('/api/v1/scim-tokens', { name: 'mine' })).status).toBe(403);
    expect((await member.client.get('/api/v1/scim-tokens')).status).toBe(403);
    const created = await scimToken(owner);
    expect((await member.client.delete(`/api/v1/scim-tokens/${created.token.id}`)).status).toBe(403);
    const script = new Client(t.app);
    script.bearer = created.secret;
    expect((await script.get('/api/v1/me')).status).toBe(401);
    // …and an API token is not a SCIM token.
    const apiToken = await owner.client.post<{ secret: string }>('/api/v1/tokens', { name: 'api' });
    expect((await provider(t, apiToken.body.secret)('GET', '/Users')).status).toBe(401);
  });

  it('describes what it supports', async () => {
    const owner = await signUpOwner(t.app);
    const idp = provider(t, (await scimToken(owner)).secret);
    const config = await idp('GET', '/ServiceProviderConfig');
    expect(config.body).toMatchObject({ patch: { supported: true }, filter: { supported: true } });
    const types = await idp('GET', '/ResourceTypes');
    expect(types.body.Resources.map((r: { id: string }) => r.id)).toEqual(['User', 'Group']);
    const schemas = await idp('GET', '/Schemas');
    expect(schemas.body.Resources.map((s: { id: string }) => s.id)).toEqual([USER, ENTERPRISE, GROUP]);
    expect((await idp('GET', `/Schemas/${GROUP}`)).body.name).toBe('Group');
    expect((await idp('GET', '/Schemas/nothing')).status).toBe(404);
  });

  it('replays Microsoft Entra ID provisioning a user and a group', async () => {
    const owner = await signUpOwner(t.app);
    const calendar = await createCalendar(owner);
    const idp = provider(t, (await scimToken(owner)).secret);

    // Test connection: a user that does not exist.
    const probe = await idp('GET', `/Users?filter=${filter(`userName eq "${unique('Test_User')}"`)}`);
    expect(probe.status).toBe(200);
    expect(probe.body).toMatchObject({ totalResults: 0, Resources: [], startIndex: 1 });

    const email = `${unique('adele')}@contoso.com`;
    const manager = await idp('POST', '/Users', {
      schemas: [USER, ENTERPRISE],
      externalId: unique('mgr'),
      userName: `${unique('megan')}@contoso.com`,
      active: true,
      displayName: 'Megan Bowen',
      meta: { resourceType: 'User' },
      name: { formatted: 'Megan Bowen', familyName: 'Bowen', givenName: 'Megan' },
    });
    expect(manager.status).toBe(201);
    const externalId = unique('0a21f0f2');
    const created = await idp('POST', '/Users', {
      schemas: [USER, ENTERPRISE],
      externalId,
      userName: email,
      active: 'True',
      emails: [{ primary: true, type: 'work', value: email }],
      meta: { resourceType: 'User' },
      name: { formatted: 'Adele Vance', familyName: 'Vance', givenName: 'Adele' },
      roles: [],
      [ENTERPRISE]: { department: 'Retail', manager: { value: manager.body.id } },
    });
    expect(created.status).toBe(201);
    expect(created.contentType).toContain('application/scim+json');
    expect(created.body).toMatchObject({
      userName: email,
      externalId,
      active: true,
      name: { givenName: 'Adele', familyName: 'Vance' },
      emails: [{ value: email, primary: true }],
      [ENTERPRISE]: { manager: { value: manager.body.id } },
      meta: { resourceType: 'User' },
    });
    const id = created.body.id as string;
    expect((await peopleOf(owner, email)).map((p) => p.name)).toEqual(['Adele Vance']);

    // Entra reads the user back, by id and by filter, and finds it by its externalId too.
    expect((await idp('GET', `/Users/${id}`)).body.userName).toBe(email);
    const found = await idp('GET', `/Users?filter=${filter(`userName eq "${email.toUpperCase()}"`)}`);
    expect(found.body.Resources.map((u: { id: string }) => u.id)).toEqual([id]);
    const byExternal = await idp('GET', `/Users?filter=${filter(`externalId eq "${externalId}"`)}`);
    expect(byExternal.body.totalResults).toBe(1);

    // Update attributes, Entra-style: capitalised ops, paths with filters, the manager as a bare id.
    const updated = await idp('PATCH', `/Users/${id}`, {
      schemas: [PATCH_OP],
      Operations: [
        { op: 'Replace', path: 'name.familyName', value: 'Vance-Smith' },
        { op: 'Replace', path: 'displayName', value: 'Adele Vance-Smith' },
        { op: 'Add', path: 'title', value: 'Retail manager' },
        { op: 'Remove', path: `${ENTERPRISE}:manager` },
      ],
    });
    expect(updated.status).toBe(200);
    expect(updated.body.name.familyName).toBe('Vance-Smith');
    expect(updated.body[ENTERPRISE]).toEqual({});
    expect((await peopleOf(owner, email)).map((p) => p.name)).toEqual(['Adele Vance-Smith']);
    const managed = await idp('PATCH', `/Users/${id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'Add', path: `${ENTERPRISE}:manager`, value: manager.body.id }],
    });
    expect(managed.body[ENTERPRISE].manager.value).toBe(manager.body.id);

    // The person makes a promise to the owner, then is deactivated.
    const promise = await openPromise(owner, {
      cycleId: calendar.quarter.id,
      customer: { type: 'person', id: owner.personId },
      performers: [{ type: 'person', id }],
      title: 'Open the Lisbon store',
      dueDate: '2027-03-31',
      open: 'request',
    });

    // Group: create, read without members, find by name, rename, add and remove a member.
    const group = await idp('POST', '/Groups', {
      schemas: [GROUP],
      externalId: unique('8aa1a0c0'),
      displayName: unique('Retail'),
      meta: { resourceType: 'Group' },
    });
    expect(group.status).toBe(201);
    const groupId = group.body.id as string;
    const read = await idp('GET', `/Groups/${groupId}?excludedAttributes=members`);
    expect(read.body).not.toHaveProperty('members');
    const byName = await idp(
      'GET',
      `/Groups?excludedAttributes=members&filter=${filter(`displayName eq "${group.body.displayName}"`)}`,
    );
    expect(byName.body.Resources.map((g: { id: string }) => g.id)).toEqual([groupId]);
    const newName = unique('Retail EMEA');
    const renamed = await idp('PATCH', `/Groups/${groupId}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'Replace', path: 'displayName', value: newName }],
    });
    expect(renamed.status).toBe(204);
    const added = await idp('PATCH', `/Groups/${groupId}`, {
      schemas: [PATCH_OP],
      Operations: [
        { op: 'Add', path: 'members', value: [{ $ref: null, value: id }, { value: manager.body.id }] },
      ],
    });
    expect(added.status).toBe(204);
    const team = await owner.client.get<Team>(`/api/v1/teams/${groupId}`);
    expect(team.body.name).toBe(newName);
    expect(team.body.members.map((m) => m.personId).sort()).toEqual([id, manager.body.id].sort());
    const inGroup = await idp('GET', `/Groups?filter=${filter(`id eq "${groupId}" and members eq "${id}"`)}`);
    expect(inGroup.body.totalResults).toBe(1);
    await idp('PATCH', `/Groups/${groupId}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'Remove', path: 'members', value: [{ $ref: null, value: manager.body.id }] }],
    });
    expect(
      (await owner.client.get<Team>(`/api/v1/teams/${groupId}`)).body.members.map((m) => m.personId),
    ).toEqual([id]);

    // Deactivate, as Entra does when the user is unassigned: membership ends, the promise keeps the name.
    const disabled = await idp('PATCH', `/Users/${id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'Replace', path: 'active', value: 'False' }],
    });
    expect(disabled.status).toBe(200);
    expect(disabled.body.active).toBe(false);
    expect(await peopleOf(owner, email)).toEqual([]);
    // Deactivated, the person keeps their name on what they promised, marked as no longer a member.
    const kept = await owner.client.get<PromiseDetail>(`/api/v1/promises/${promise.id}`);
    expect(kept.body.performers.map((p) => p.name)).toEqual(['Adele Vance-Smith (former member)']);
    expect((await idp('GET', `/Users/${id}`)).body.active).toBe(false);

    // Delete the user and the group: the user is gone for SCIM, the team archived.
    expect((await idp('DELETE', `/Users/${id}`)).status).toBe(204);
    expect((await idp('GET', `/Users/${id}`)).status).toBe(404);
    expect((await idp('DELETE', `/Groups/${groupId}`)).status).toBe(204);
    expect((await idp('GET', `/Groups/${groupId}`)).status).toBe(404);
    expect((await owner.client.get<Team>(`/api/v1/teams/${groupId}`)).body.archivedAt).not.toBeNull();
    const after = await owner.client.get<PromiseDetail>(`/api/v1/promises/${promise.id}`);
    expect(after.body.performers.map((p) => p.name)).toEqual(['Adele Vance-Smith (former member)']);
  });

  it('replays Okta provisioning, deactivating and reactivating a user and pushing a group', async () => {
    const owner = await signUpOwner(t.app);
    const idp = provider(t, (await scimToken(owner)).secret);
    const email = `${unique('john')}@example.com`;

    const none = await idp('GET', `/Users?filter=${filter(`userName eq "${email}"`)}&startIndex=1&count=100`);
    expect(none.body.totalResults).toBe(0);
    const created = await idp('POST', '/Users', {
      schemas: [USER],
      userName: email,
      name: { givenName: 'John', familyName: 'Doe' },
      emails: [{ primary: true, value: email, type: 'work' }],
      displayName: 'John Doe',
      locale: 'en-US',
      externalId: unique('00ujl29u0le5T6Aj10h7'),
      groups: [],
      password: '1mz050nq',
      active: true,
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect((await idp('GET', `/Users/${id}`)).body.displayName).toBe('John Doe');

    // Okta replaces the whole user on a profile change.
    const replaced = await idp('PUT', `/Users/${id}`, {
      schemas: [USER],
      id,
      userName: email,
      name: { givenName: 'Johnny', familyName: 'Doe' },
      emails: [{ primary: true, value: email, type: 'work' }],
      displayName: 'Johnny Doe',
      active: true,
    });
    expect(replaced.status).toBe(200);
    expect((await peopleOf(owner, email)).map((p) => p.name)).toEqual(['Johnny Doe']);

    // Deactivation is a path-less replace in lower case; it ends the person's sessions there too.
    const sessions = await t.handle.db
      .selectFrom('sessions')
      .select('id')
      .where('person_id', '=', id)
      .execute();
    expect(sessions).toEqual([]);
    const off = await idp('PATCH', `/Users/${id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'replace', value: { active: false } }],
    });
    expect(off.body.active).toBe(false);
    expect(await peopleOf(owner, email)).toEqual([]);
    const on = await idp('PATCH', `/Users/${id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'replace', value: { active: true } }],
    });
    expect(on.body.active).toBe(true);
    expect((await peopleOf(owner, email)).map((p) => p.role)).toEqual(['member']);

    // Group push.
    const name = unique('Test SCIMv2');
    const group = await idp('POST', '/Groups', { schemas: [GROUP], displayName: name, members: [] });
    expect(group.status).toBe(201);
    const groupId = group.body.id as string;
    const listed = await idp(
      'GET',
      `/Groups?filter=${filter(`displayName eq "${name}"`)}&startIndex=1&count=100`,
    );
    expect(listed.body.Resources[0]).toMatchObject({ id: groupId, displayName: name, members: [] });
    const other = unique('Another Name');
    expect(
      (
        await idp('PATCH', `/Groups/${groupId}`, {
          schemas: [PATCH_OP],
          Operations: [{ op: 'replace', value: { id: groupId, displayName: other } }],
        })
      ).status,
    ).toBe(204);
    await idp('PATCH', `/Groups/${groupId}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'add', path: 'members', value: [{ value: id, display: email }] }],
    });
    const team = (await owner.client.get<Team>(`/api/v1/teams/${groupId}`)).body;
    expect(team).toMatchObject({ name: other, members: [{ personId: id, name: 'Johnny Doe' }] });
    await idp('PATCH', `/Groups/${groupId}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'remove', path: `members[value eq "${id}"]` }],
    });
    expect((await owner.client.get<Team>(`/api/v1/teams/${groupId}`)).body.members).toEqual([]);
    const put = await idp('PUT', `/Groups/${groupId}`, {
      schemas: [GROUP],
      id: groupId,
      displayName: other,
      members: [{ value: id, display: email }],
    });
    expect(put.body.members.map((m: { value: string }) => m.value)).toEqual([id]);
    expect((await idp('DELETE', `/Groups/${groupId}`)).status).toBe(204);
  });

  it('makes an existing account a member and ends access at once on deactivation', async () => {
    const owner = await signUpOwner(t.app);
    const elsewhere = await signUpOwner(t.app, 'elsewhere');
    const idp = provider(t, (await scimToken(owner)).secret);
    const created = await idp('POST', '/Users', { schemas: [USER], userName: elsewhere.email, active: true });
    expect(created.status).toBe(201);
    expect(created.body.id).toBe(elsewhere.personId);
    expect((await peopleOf(owner, elsewhere.email)).map((p) => p.id)).toEqual([elsewhere.personId]);
    // Already managed: a second create is a conflict.
    const again = await idp('POST', '/Users', { schemas: [USER], userName: elsewhere.email });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ schemas: [ERROR], status: '409', scimType: 'uniqueness' });
    // The provider may not rename an account it did not make.
    const renamed = await idp('PATCH', `/Users/${elsewhere.personId}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'replace', path: 'userName', value: `${unique('other')}@example.com` }],
    });
    expect(renamed.status).toBe(400);
    expect(renamed.body.scimType).toBe('mutability');

    // A member signed in with a session and an API token loses both when deactivated.
    const member = await addMember(t.app, owner, 'member');
    const token = await member.client.post<{ secret: string }>('/api/v1/tokens', { name: 'script' });
    const script = new Client(t.app);
    script.bearer = token.body.secret;
    expect((await script.get('/api/v1/me')).status).toBe(200);
    const off = await idp('PATCH', `/Users/${member.personId}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'Replace', path: 'active', value: false }],
    });
    expect(off.status).toBe(200);
    expect((await member.client.get('/api/v1/people')).status).toBe(401);
    expect((await script.get('/api/v1/people')).status).toBe(401);
    // The last owner cannot be deprovisioned.
    const last = await idp('DELETE', `/Users/${owner.personId}`);
    expect(last.status).toBe(400);
    expect((await owner.client.get('/api/v1/people')).status).toBe(200);
  });

  it('never lets one organization’s token see or change another’s people or groups', async () => {
    const a = await signUpOwner(t.app, 'a');
    const b = await signUpOwner(t.app, 'b');
    const idpA = provider(t, (await scimToken(a)).secret);
    const idpB = provider(t, (await scimToken(b)).secret);
    const userB = await idpB('POST', '/Users', { schemas: [USER], userName: `${unique('bee')}@example.com` });
    const groupB = await idpB('POST', '/Groups', { schemas: [GROUP], displayName: unique('Bees') });

    const seen = await idpA('GET', '/Users?count=200');
    expect(seen.body.Resources.map((u: { id: string }) => u.id)).toEqual([a.personId]);
    expect((await idpA('GET', `/Users?filter=${filter(`userName eq "${b.email}"`)}`)).body.totalResults).toBe(
      0,
    );
    expect((await idpA('GET', `/Users/${userB.body.id}`)).status).toBe(404);
    expect(
      (
        await idpA('PATCH', `/Users/${userB.body.id}`, {
          Operations: [{ op: 'replace', value: { active: false } }],
        })
      ).status,
    ).toBe(404);
    expect(
      (await idpA('PUT', `/Users/${b.personId}`, { schemas: [USER], userName: b.email, active: false }))
        .status,
    ).toBe(404);
    expect((await idpA('DELETE', `/Users/${userB.body.id}`)).status).toBe(404);
    expect((await idpA('GET', `/Groups/${groupB.body.id}`)).status).toBe(404);
    expect((await idpA('DELETE', `/Groups/${groupB.body.id}`)).status).toBe(404);
    expect((await idpA('GET', '/Groups')).body.totalResults).toBe(0);
    // Nor can A's group take B's people.
    const groupA = await idpA('POST', '/Groups', { schemas: [GROUP], displayName: unique('Ants') });
    const stolen = await idpA('PATCH', `/Groups/${groupA.body.id}`, {
      Operations: [{ op: 'add', path: 'members', value: [{ value: userB.body.id }] }],
    });
    expect(stolen.status).toBe(400);
    expect((await idpB('GET', `/Users/${userB.body.id}`)).body.active).toBe(true);
    expect((await b.client.get<Team>(`/api/v1/teams/${groupB.body.id}`)).body.archivedAt).toBeNull();
  });

  it('keeps a team lead a lead when the provider syncs the group of a team made in Accord', async () => {
    const owner = await signUpOwner(t.app);
    const lead = await addMember(t.app, owner, 'member', 'lead');
    const idp = provider(t, (await scimToken(owner)).secret);
    const team = await owner.client.post<Team>('/api/v1/teams', { name: unique('Platform') });
    await owner.client.put(`/api/v1/teams/${team.body.id}/members/${lead.personId}`, { isLead: true });
    const found = await idp('GET', `/Groups?filter=${filter(`displayName eq "${team.body.name}"`)}`);
    expect(found.body.Resources.map((g: { id: string }) => g.id)).toEqual([team.body.id]);
    const newcomer = await idp('POST', '/Users', {
      schemas: [USER],
      userName: `${unique('new')}@example.com`,
    });
    const synced = await idp('PUT', `/Groups/${team.body.id}`, {
      schemas: [GROUP],
      displayName: team.body.name,
      members: [{ value: lead.personId }, { value: newcomer.body.id }],
    });
    expect(synced.status).toBe(200);
    const members = (await owner.client.get<Team>(`/api/v1/teams/${team.body.id}`)).body.members;
    expect(members.map((m) => [m.personId, m.isLead]).sort()).toEqual(
      [
        [lead.personId, true],
        [newcomer.body.id, false],
      ].sort(),
    );
  });

  it('pages the users with startIndex and count', async () => {
    const owner = await signUpOwner(t.app);
    const idp = provider(t, (await scimToken(owner)).secret);
    for (let i = 0; i < 4; i += 1) {
      await idp('POST', '/Users', { schemas: [USER], userName: `${unique('paged')}@example.com` });
    }
    const first = await idp('GET', '/Users?startIndex=1&count=2');
    const second = await idp('GET', '/Users?startIndex=3&count=2');
    const last = await idp('GET', '/Users?startIndex=5&count=2');
    expect(first.body).toMatchObject({ totalResults: 5, itemsPerPage: 2, startIndex: 1 });
    expect(last.body.itemsPerPage).toBe(1);
    const ids = [...first.body.Resources, ...second.body.Resources, ...last.body.Resources].map(
      (u: { id: string }) => u.id,
    );
    expect(new Set(ids).size).toBe(5);
    expect((await idp('GET', '/Users?count=0')).body).toMatchObject({ totalResults: 5, Resources: [] });
  });

  it('answers every bad request with a SCIM 4xx and changes nothing', async () => {
    const owner = await signUpOwner(t.app);
    const idp = provider(t, (await scimToken(owner)).secret);
    const user = await idp('POST', '/Users', { schemas: [USER], userName: `${unique('x')}@example.com` });
    const group = await idp('POST', '/Groups', { schemas: [GROUP], displayName: unique('G') });
    const before = await idp('GET', `/Users/${user.body.id}`);
    const bad: Array<[string, string, unknown, number, string?]> = [
      ['POST', '/Users', '{not json', 400, 'invalidSyntax'],
      ['POST', '/Users', [], 400, 'invalidSyntax'],
      ['POST', '/Users', { schemas: [USER] }, 400, 'invalidValue'],
      ['POST', '/Users', { userName: 'not an email' }, 400, 'invalidValue'],
      ['POST', '/Users', { userName: `${unique('y')}@example.com`, active: 'maybe' }, 400, 'invalidValue'],
      [
        'POST',
        '/Users',
        { userName: `${unique('y')}@example.com`, [ENTERPRISE]: { manager: 'nobody' } },
        400,
        'invalidValue',
      ],
      ['GET', '/Users?filter=userName%20sw%20%22a%22', undefined, 400, 'invalidFilter'],
      ['GET', '/Users?filter=title%20eq%20%22a%22', undefined, 400, 'invalidFilter'],
      ['GET', '/Users?filter=userName%20eq%20true', undefined, 400, 'invalidFilter'],
      ['GET', '/Users?count=many', undefined, 400, 'invalidValue'],
      ['PATCH', `/Users/${user.body.id}`, { Operations: [] }, 400, 'invalidValue'],
      [
        'PATCH',
        `/Users/${user.body.id}`,
        { Operations: [{ op: 'move', path: 'active', value: false }] },
        400,
        'invalidValue',
      ],
      [
        'PATCH',
        `/Users/${user.body.id}`,
        { Operations: [{ op: 'replace', path: 'active', value: 'nope' }] },
        400,
        'invalidValue',
      ],
      ['PATCH', `/Users/${user.body.id}`, { Operations: [{ op: 'remove' }] }, 400, 'noTarget'],
      [
        'PATCH',
        `/Users/${user.body.id}`,
        { Operations: [{ op: 'replace', path: 'name..x', value: 'a' }] },
        400,
        'invalidPath',
      ],
      [
        'PATCH',
        `/Users/${user.body.id}`,
        { Operations: [{ op: 'replace', value: 'active' }] },
        400,
        'invalidValue',
      ],
      [
        'PATCH',
        `/Users/${user.body.id}`,
        { Operations: [{ op: 'remove', path: 'userName' }] },
        400,
        'mutability',
      ],
      [
        'PATCH',
        `/Users/${user.body.id}`,
        {
          Operations: [
            { op: 'replace', path: 'displayName', value: 7 },
            { op: 'replace', path: 'active', value: {} },
          ],
        },
        400,
        'invalidValue',
      ],
      [
        'PATCH',
        `/Groups/${group.body.id}`,
        { Operations: [{ op: 'add', path: 'members', value: [{ value: 'nobody' }] }] },
        400,
        'invalidValue',
      ],
      [
        'PATCH',
        `/Groups/${group.body.id}`,
        { Operations: [{ op: 'add', path: 'members', value: [{}] }] },
        400,
        'invalidValue',
      ],
      [
        'PATCH',
        `/Groups/${group.body.id}`,
        { Operations: [{ op: 'replace', path: 'displayName', value: '' }] },
        400,
        'invalidValue',
      ],
      ['POST', '/Groups', { displayName: group.body.displayName }, 409, 'uniqueness'],
      ['POST', '/Groups', { members: [] }, 400, 'invalidValue'],
      ['PUT', '/Groups/nothing-here', { displayName: 'x' }, 404],
      ['GET', '/Users/nothing-here', undefined, 404],
      ['GET', '/Elsewhere', undefined, 404],
      ['POST', '/Users', { userName: `nul\u0000@example.com` }, 400],
    ];
    for (const [method, url, body, status, scimType] of bad) {
      const response = await idp(method, url, body);
      expect({ method, url, status: response.status }).toEqual({ method, url, status });
      expect(response.body).toMatchObject({ schemas: [ERROR], status: String(status) });
      if (scimType) expect({ url, scimType: response.body.scimType }).toEqual({ url, scimType });
    }
    const other = await t.app.inject({
      method: 'POST',
      url: '/scim/v2/Users',
      headers: {
        authorization: `Bearer ${(await scimToken(owner)).secret}`,
        'content-type': 'application/xml',
      },
      payload: '<user/>',
    });
    expect(other.statusCode).toBe(415);
    expect((await idp('GET', `/Users/${user.body.id}`)).body).toEqual(before.body);
    expect((await idp('GET', '/Users')).body.totalResults).toBe(2);
    expect((await idp('GET', '/Groups')).body.totalResults).toBe(1);
  });
});
