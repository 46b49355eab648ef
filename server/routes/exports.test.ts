import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cycle } from '../../contract/cycles.js';
import type { ArchiveBody, RestoredArchive } from '../../contract/exports.js';
import type { Engine } from '../config.js';
import { loadDemo } from '../demo/load-demo.js';
import { DEMO_PASSWORD } from '../demo/organization.js';
import { exportCsvZip } from '../services/exports/csv.js';
import { ARCHIVED_TABLE_NAMES } from '../store/archive-tables.js';
import { addMember, signUpOwner } from '../test/factories.js';
import { Client, createTestApp, type TestApp, testEngines } from '../test/harness.js';

type Rows = Record<string, unknown>[];

/** Rows in one order whatever the engine's collation, to compare two archives table by table. */
const sorted = (rows: Rows) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

/** Each pair of engines an archive travels between: SQLite to PostgreSQL and back, or SQLite to SQLite. */
function journeys(): [Engine, Engine][] {
  const engines = testEngines();
  return engines.length === 1
    ? [['sqlite', 'sqlite']]
    : [
        ['sqlite', 'postgres'],
        ['postgres', 'sqlite'],
      ];
}

async function openDemo(t: TestApp) {
  await loadDemo(t.ctx, () => {});
  const owner = new Client(t.app);
  await owner.post('/api/v1/auth/login', { email: 'ceo@demo.accord.test', password: DEMO_PASSWORD });
  return owner;
}

describe.each(journeys())('an archive from %s restored on %s', (from, to) => {
  let source: TestApp;
  let target: TestApp;
  beforeAll(async () => {
    // Instances of their own: the demo's accounts exist once per instance.
    source = await createTestApp(from, {}, { freshDatabase: true });
    target = await createTestApp(to, {}, { freshDatabase: true });
  });
  afterAll(async () => {
    await source.close();
    await target.close();
  });

  it('reproduces the organization exactly, ids included', async () => {
    const owner = await openDemo(source);
    expect((await owner.patch('/api/v1/settings/organization', { timeZone: 'Asia/Kolkata' })).status).toBe(
      200,
    );
    const exported = await owner.get<ArchiveBody>('/api/v1/exports?format=json');
    expect(exported.status).toBe(200);
    expect(exported.body.organization.time_zone).toBe('Asia/Kolkata');
    expect(exported.headers['content-disposition']).toMatch(/attachment; filename="accord-archive-/);
    const archive = exported.body;
    expect(archive).toMatchObject({ format: 'accord-archive', version: 1 });
    expect(Object.keys(archive.tables)).toEqual([...ARCHIVED_TABLE_NAMES]);
    // The demo's history reaches most of the tables: the round trip is not of empty ones.
    const filled = Object.entries(archive.tables)
      .filter(([, rows]) => rows.length > 0)
      .map(([name]) => name);
    expect(filled).toEqual(
      expect.arrayContaining([
        'promises',
        'promise_moves',
        'check_ins',
        'contributions',
        'direction_versions',
      ]),
    );
    expect(archive.tables.people?.every((person) => !('password_hash' in person))).toBe(true);

    const restorer = await signUpOwner(target.app, 'restorer');
    const restored = await restorer.client.post<RestoredArchive>('/api/v1/imports/archive', archive);
    expect(restored.status).toBe(201);
    expect(restored.body.peopleCreated).toBe(archive.tables.people?.length);

    const again = await restorer.client.get<ArchiveBody>('/api/v1/exports?format=json');
    expect(again.status).toBe(200);
    const { id: _id, slug: _slug, ...organization } = again.body.organization;
    const { id: _sourceId, slug: _sourceSlug, ...sourceOrganization } = archive.organization;
    expect(organization).toEqual(sourceOrganization);
    for (const table of ARCHIVED_TABLE_NAMES) {
      // The one who restored stays a member, beside the archive's people.
      const rows = (again.body.tables[table] ?? []).filter(
        (row) => row.id !== restorer.personId && row.person_id !== restorer.personId,
      );
      expect({ table, rows: sorted(rows) }).toEqual({ table, rows: sorted(archive.tables[table] ?? []) });
    }

    // Restored people have no password until they set one; the restorer's own account is untouched.
    const login = await new Client(target.app).post('/api/v1/auth/login', {
      email: 'ceo@demo.accord.test',
      password: DEMO_PASSWORD,
    });
    expect(login.status).toBe(401);

    // A second restore finds the organization full, and changes nothing.
    const twice = await restorer.client.post('/api/v1/imports/archive', archive);
    expect(twice.status).toBe(409);
  });
});

describe.each(testEngines())('exports on %s', (engine) => {
  let t: TestApp;
  let owner: Client;
  beforeAll(async () => {
    t = await createTestApp(engine, {}, { freshDatabase: true });
    owner = await openDemo(t);
  });
  afterAll(() => t.close());

  it('refuses an archive that does not hold together, naming the problem, and writes nothing', async () => {
    const archive = (await owner.get<ArchiveBody>('/api/v1/exports')).body;
    const restorer = await signUpOwner(t.app, 'restorer');
    const restore = (body: unknown) =>
      restorer.client.post<{ error: { message: string } }>('/api/v1/imports/archive', body);

    const badColumn = structuredClone(archive);
    const [firstPromise] = badColumn.tables.promises ?? [];
    if (!firstPromise) throw new Error('the demo has promises');
    firstPromise.colour = 'red';
    const refused = await restore(badColumn);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/tables\.promises\[0\]/);

    const missing = structuredClone(archive);
    delete missing.tables.check_ins;
    expect((await restore(missing)).body.error.message).toMatch(/tables\.check_ins is missing/);

    expect((await restore({ ...archive, version: 2 })).status).toBe(400);

    // Two teams with one id break the table's key: refused whole, nothing written.
    const duplicate = structuredClone(archive);
    duplicate.tables.teams = [
      ...(duplicate.tables.teams ?? []),
      ...(duplicate.tables.teams ?? []).slice(0, 1),
    ];
    expect((await restore(duplicate)).status).toBe(400);
    const teams = await restorer.client.get<{ teams: unknown[] }>('/api/v1/teams');
    expect(teams.body.teams).toEqual([]);
    const people = await restorer.client.get<{ people: unknown[] }>('/api/v1/people');
    expect(people.body.people).toHaveLength(1);
  });

  it('refuses an archive into an organization that is not empty', async () => {
    const archive = (await owner.get<ArchiveBody>('/api/v1/exports')).body;
    const restorer = await signUpOwner(t.app, 'busy');
    await addMember(t.app, restorer, 'member', 'colleague');
    const refused = await restorer.client.post<{ error: { message: string } }>(
      '/api/v1/imports/archive',
      archive,
    );
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/empty organization/);
  });

  it('lets only owners and admins export or restore', async () => {
    const admin = await signUpOwner(t.app, 'admin-org');
    const member = await addMember(t.app, admin, 'member', 'plain');
    expect((await member.client.get('/api/v1/exports?format=json')).status).toBe(403);
    expect((await member.client.get('/api/v1/exports?format=csv&kind=people')).status).toBe(403);
    const archive = (await owner.get<ArchiveBody>('/api/v1/exports')).body;
    expect((await member.client.post('/api/v1/imports/archive', archive)).status).toBe(403);
  });

  it('writes people, teams, promises and check-ins as CSV, one file or all in a ZIP', async () => {
    const people = await owner.get<string>('/api/v1/exports?format=csv&kind=people');
    expect(people.status).toBe(200);
    expect(people.headers['content-type']).toMatch(/text\/csv/);
    const lines = people.body.trim().split('\r\n');
    expect(lines[0]).toBe('person_id,name,email,role,title,joined_at,removed_at');
    expect(lines.some((line) => line.includes('Ada Okafor,ceo@demo.accord.test,owner,CEO'))).toBe(true);

    const teams = await owner.get<string>('/api/v1/exports?format=csv&kind=teams');
    expect(teams.body).toMatch(/Engineering,.*,Grace|Engineering/);
    const promises = await owner.get<string>('/api/v1/exports?format=csv&kind=promises');
    expect(promises.body.split('\r\n')[0]).toMatch(/^promise_id,title,cycle,status/);
    expect(promises.body.split('\r\n').length).toBeGreaterThan(5);

    const me = await owner.get<{ person: { id: string }; organization: { id: string; role: 'owner' } }>(
      '/api/v1/me',
    );
    const chunks: Uint8Array[] = [];
    for await (const chunk of exportCsvZip(t.ctx, {
      personId: me.body.person.id,
      name: 'Ada Okafor',
      email: 'ceo@demo.accord.test',
      organizationId: me.body.organization.id,
      role: 'owner',
      via: 'session',
    })) {
      chunks.push(chunk);
    }
    const files = unzipSync(Buffer.concat(chunks));
    expect(Object.keys(files).sort()).toEqual(['check-ins.csv', 'people.csv', 'promises.csv', 'teams.csv']);
    expect(new TextDecoder().decode(files['people.csv'])).toBe(people.body);
  });

  it('reports a cycle in Markdown: the direction, then the promises by horizon with scores', async () => {
    const cycles = await owner.get<{ cycles: Cycle[] }>('/api/v1/cycles');
    const year = cycles.body.cycles.find((cycle) => /^FY\d{4}$/.test(cycle.name));
    expect(year).toBeDefined();
    const report = await owner.get<string>(`/api/v1/exports?format=md&cycleId=${year?.id}`);
    expect(report.status).toBe(200);
    expect(report.headers['content-type']).toMatch(/text\/markdown/);
    expect(report.body).toContain(`# ${year?.name}`);
    expect(report.body).toContain('## Direction');
    expect(report.body).toMatch(/^- \*\*.+\*\* \(.+\) for .+: \w+/m);

    expect((await owner.get('/api/v1/exports?format=md')).status).toBe(400);
    // A cycle of another organization is not found.
    const stranger = await signUpOwner(t.app, 'stranger');
    const foreign = await stranger.client.get(`/api/v1/exports?format=md&cycleId=${year?.id}`);
    expect(foreign.status).toBe(404);
  });
});
