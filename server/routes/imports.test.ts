import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportJob, ImportStarted } from '../../contract/imports.js';
import type { PromiseDetail } from '../../contract/promises.js';
import { addMember, type SignedIn, signUpOwner } from '../test/factories.js';
import { type Client, createTestApp, type TestApp, testEngines, unique } from '../test/harness.js';

const base64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');

/** The import once it has finished, asked for as the import page asks: until it no longer runs. */
async function finished(client: Client, id: string): Promise<ImportJob> {
  const job = async () => (await client.get<ImportJob>(`/api/v1/imports/${id}`)).body;
  await expect.poll(async () => (await job()).status, { timeout: 20_000 }).not.toBe('running');
  return job();
}

/** An Ally.io OKRs sheet whose people are unique to the test, so tests share nothing. */
function allyCsv(tag: string) {
  const lines = [
    'Row ID,Title,Parent,Entity,Owner Email,Time Period,Start Date,Due Date,Metric Type,Start,Target,Current Value,Unit,Weight,Status,Commitment',
    `1,Grow revenue,,Org,ada-${tag}@example.com,FY2025,1/1/2025,12/31/2025,,,,,,,On track,Committed`,
    `2,Win customers,1,Sales,bo-${tag}@example.com,Q2 2025,4/1/2025,6/30/2025,,,,,,,At risk,Aspirational`,
    `3,Signed customers,2,Sales,bo-${tag}@example.com,Q2 2025,,,Number,0,"1,000",250,customers,2,,`,
    `4,Old quarter,"1\n2 (50%)",,bo-${tag}@example.com,Q1 2025,,3/31/2025,,,,,,,Completed,`,
  ];
  return `${lines.join('\n')}\n`;
}

function usersCsv(tag: string) {
  return `User Name,User Email,Teams,Manager Email,Is Org Admin\nAda,ada-${tag}@example.com,Sales,,Yes\nBo,bo-${tag}@example.com,Sales,ada-${tag}@example.com,No\n`;
}

async function allyWorkbook(tag: string): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const add = (name: string, csv: string) => {
    const sheet = book.addWorksheet(name);
    for (const line of csv.trim().split('\n')) sheet.addRow(line.split(','));
  };
  add('Users', usersCsv(tag));
  add('Teams', `Team Name,Owner Email,Parent Team,Team Type\nSales,ada-${tag}@example.com,,Department`);
  const okrs = book.addWorksheet('OKRs');
  okrs.addRow([
    'Row ID',
    'Title',
    'Parent',
    'Entity',
    'Owner Email',
    'Time Period',
    'Due Date',
    'Metric Type',
    'Start',
    'Target',
    'Current Value',
    'Status',
  ]);
  okrs.addRow([
    1,
    'Grow revenue',
    '',
    'Sales',
    `ada-${tag}@example.com`,
    'FY2025',
    new Date(Date.UTC(2025, 11, 31)),
    '',
    '',
    '',
    '',
    'On track',
  ]);
  okrs.addRow([2, 'Win customers', '1', 'Sales', `bo-${tag}@example.com`, 'Q2 2025', '', '', '', '', '', '']);
  okrs.addRow([
    3,
    'Signed customers',
    '2',
    'Sales',
    `bo-${tag}@example.com`,
    'Q2 2025',
    '',
    'Number',
    0,
    1000,
    250,
    '',
  ]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe.each(testEngines())('imports on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
    t.clock.set(new Date('2025-05-15T10:00:00Z'));
  });
  afterAll(() => t.close());

  async function importFile(owner: SignedIn, body: Record<string, unknown>) {
    return owner.client.post<ImportStarted>('/api/v1/imports', body);
  }

  async function promisesOf(owner: SignedIn) {
    const rows = await t.handle.db
      .selectFrom('promises')
      .select(['id', 'title', 'status'])
      .where('organization_id', '=', owner.organizationId)
      .orderBy('title')
      .execute();
    return rows;
  }

  it('previews an Ally.io sheet without writing, then imports it as a job with its progress', async () => {
    const owner = await signUpOwner(t.app);
    const tag = unique('ally');
    const preview = await importFile(owner, {
      fileName: 'users.csv',
      content: base64(usersCsv(tag)),
      source: 'ally',
      dryRun: false,
    });
    expect(preview.status).toBe(200);
    await finished(owner.client, preview.body.job!.id);

    const dry = await importFile(owner, { fileName: 'okrs.csv', content: base64(allyCsv(tag)) });
    expect(dry.status).toBe(200);
    expect(dry.body.job).toBeNull();
    expect(dry.body.preview).toMatchObject({
      source: 'ally',
      isBlocked: false,
      errors: 0,
      counts: {
        promises: { create: 3, match: 0 },
        keyResults: { create: 1 },
        contributions: { create: 3 },
        cycles: { create: 3 },
      },
    });
    expect(dry.body.preview.tree.map((line) => [line.depth, line.title])).toEqual([
      [0, 'Grow revenue'],
      [1, 'Win customers'],
      [1, 'Old quarter'],
    ]);
    expect(await promisesOf(owner)).toEqual([]);

    const confirmed = await importFile(owner, {
      fileName: 'okrs.csv',
      content: base64(allyCsv(tag)),
      dryRun: false,
    });
    expect(confirmed.body.job?.status).toBe('running');
    const job = await finished(owner.client, confirmed.body.job!.id);
    expect(job).toMatchObject({ status: 'succeeded', done: job.total, result: { created: 3, updated: 0 } });

    const promises = await promisesOf(owner);
    expect(promises.map((p) => [p.title, p.status])).toEqual([
      ['Grow revenue', 'promised'],
      ['Old quarter', 'satisfied'],
      ['Win customers', 'promised'],
    ]);
    const win = promises.find((p) => p.title === 'Win customers')!;
    const detail = await owner.client.get<PromiseDetail>(`/api/v1/promises/${win.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.customer).toMatchObject({ type: 'person', name: 'Ada' });
    expect(detail.body.performers[0]).toMatchObject({ type: 'person', name: 'Bo' });
    expect(detail.body.tags).toEqual(['aspirational']);
    expect(detail.body.terms.conditions[0]).toMatchObject({
      text: 'Signed customers',
      keyResult: { kind: 'metric', start: '0', target: '1000', unit: 'customers', weight: 2 },
    });
  });

  it('updates instead of duplicating when the same file is imported again', async () => {
    const owner = await signUpOwner(t.app);
    const tag = unique('again');
    await finished(
      owner.client,
      (
        await importFile(owner, {
          fileName: 'u.csv',
          content: base64(usersCsv(tag)),
          source: 'ally',
          dryRun: false,
        })
      ).body.job!.id,
    );
    const first = await importFile(owner, {
      fileName: 'okrs.csv',
      content: base64(allyCsv(tag)),
      dryRun: false,
    });
    await finished(owner.client, first.body.job!.id);

    const again = await importFile(owner, {
      fileName: 'okrs.csv',
      content: base64(allyCsv(tag)),
      dryRun: true,
    });
    expect(again.body.preview.counts.promises).toEqual({ create: 0, match: 3 });
    const changed = allyCsv(tag).replace(',250,customers', ',400,customers');
    const second = await importFile(owner, { fileName: 'okrs.csv', content: base64(changed), dryRun: false });
    const job = await finished(owner.client, second.body.job!.id);
    expect(job.result).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
    expect(await promisesOf(owner)).toHaveLength(3);
    const contributions = await t.handle.db
      .selectFrom('contributions')
      .select('id')
      .where('organization_id', '=', owner.organizationId)
      .execute();
    expect(contributions).toHaveLength(3);
  });

  it('imports an Ally.io workbook with its users and teams', async () => {
    const owner = await signUpOwner(t.app);
    const tag = unique('xlsx');
    const started = await importFile(owner, {
      fileName: 'ally.xlsx',
      content: base64(await allyWorkbook(tag)),
      dryRun: false,
    });
    expect(started.status).toBe(200);
    expect(started.body.preview.counts).toMatchObject({ people: { create: 2 }, teams: { create: 1 } });
    expect((await finished(owner.client, started.body.job!.id)).status).toBe('succeeded');
    const teams = await owner.client.get<{ teams: Array<{ name: string }> }>('/api/v1/teams');
    expect(teams.body.teams.map((team) => team.name)).toContain('Sales');
    expect((await promisesOf(owner)).map((p) => p.title)).toEqual(['Grow revenue', 'Win customers']);
  });

  it('imports a Viva Goals ZIP with its check-in history', async () => {
    const owner = await signUpOwner(t.app);
    const tag = unique('viva');
    const zip = zipSync({
      'Users.json': strToU8(
        JSON.stringify([{ id: 'u1', displayName: 'Ada', email: `ada-${tag}@example.com` }]),
      ),
      'TimePeriods.json': strToU8(
        JSON.stringify([{ id: 'tp', name: 'Q2 2025', startDate: '2025-04-01', endDate: '2025-06-30' }]),
      ),
      'Objectives.json': strToU8(
        JSON.stringify([
          {
            id: 'o1',
            title: 'Grow',
            ownerId: 'u1',
            timePeriodId: 'tp',
            keyResults: [{ id: 'k1', title: 'Deals', outcome: { type: 'Number', start: 0, target: 100 } }],
          },
        ]),
      ),
      'CheckIns.json': strToU8(
        JSON.stringify([
          {
            id: 'c1',
            keyResultId: 'k1',
            createdAt: '2025-04-20T09:00:00Z',
            authorId: 'u1',
            value: 10,
            note: 'First deals',
          },
          {
            id: 'c2',
            keyResultId: 'k1',
            createdAt: '2025-05-04T09:00:00Z',
            authorId: 'u1',
            value: 30,
            note: 'More',
          },
        ]),
      ),
    });
    const started = await importFile(owner, {
      fileName: 'viva-export.zip',
      content: base64(zip),
      dryRun: false,
    });
    expect(started.body.preview).toMatchObject({ source: 'viva', counts: { checkIns: { create: 2 } } });
    expect((await finished(owner.client, started.body.job!.id)).status).toBe('succeeded');
    const checkIns = await t.handle.db
      .selectFrom('check_ins')
      .select(['at', 'note'])
      .where('organization_id', '=', owner.organizationId)
      .orderBy('at')
      .execute();
    expect(checkIns.map((c) => [new Date(c.at).toISOString(), c.note])).toEqual([
      ['2025-04-20T09:00:00.000Z', 'First deals'],
      ['2025-05-04T09:00:00.000Z', 'More'],
    ]);
  });

  it('imports a Viva Goals Explorer export and a spreadsheet with a mapping, which is kept for next time', async () => {
    const owner = await signUpOwner(t.app);
    const explorer = `Id,Title,Type,Parent Ids,Owner Email,Time Period,End Date,Status\no1,Explore,Objective,,${owner.email},Q2 2025,6/30/2025,On track\n`;
    const viva = await importFile(owner, {
      fileName: 'explorer.csv',
      content: base64(explorer),
      dryRun: false,
    });
    expect(viva.body.preview.source).toBe('viva');
    await finished(owner.client, viva.body.job!.id);

    const mapping = { title: 'Goal', ownerEmail: 'Who', dueDate: 'Deadline' };
    const sheet = `Goal;Who;Deadline\nOwn goal;${owner.email};30.06.2025\n`;
    const mine = await importFile(owner, {
      fileName: 'mine.csv',
      content: base64(sheet),
      source: 'csv',
      mapping,
      dryRun: false,
    });
    expect(mine.status).toBe(200);
    await finished(owner.client, mine.body.job!.id);
    expect((await promisesOf(owner)).map((p) => p.title)).toEqual(['Explore', 'Own goal']);
    const saved = await owner.client.get('/api/v1/import-mappings?source=csv');
    expect(saved.body).toEqual({ source: 'csv', mapping });
  });

  it("answers a spreadsheet's headers and guessed columns, and offers the mapping written last time", async () => {
    const owner = await signUpOwner(t.app);
    const sheet = `Objective,Lead,Quarter ends\nOwn goal,${owner.email},2025-06-30\n`;
    const guessed = await importFile(owner, { fileName: 'mine.csv', content: base64(sheet) });
    expect(guessed.status).toBe(200);
    expect(guessed.body.preview).toMatchObject({
      source: 'csv',
      columns: {
        headers: ['Objective', 'Lead', 'Quarter ends'],
        mapping: { title: 'Objective' },
        missing: ['ownerEmail'],
      },
      isBlocked: true,
    });
    expect(guessed.body.preview.problems.map((p) => [p.row, p.message])).toEqual([
      [1, 'Choose the column that holds Owner email: it is required'],
    ]);
    // Skipping rows with errors does not get round a required column nobody chose.
    const refused = await importFile(owner, {
      fileName: 'mine.csv',
      content: base64(sheet),
      dryRun: false,
      skipInvalidRows: true,
    });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('Choose the column that holds Owner email');
    expect(await promisesOf(owner)).toEqual([]);

    const mapping = { title: 'Objective', ownerEmail: 'Lead', dueDate: 'Quarter ends' };
    const dry = await importFile(owner, { fileName: 'mine.csv', content: base64(sheet), mapping });
    expect(dry.body.preview.columns).toMatchObject({ mapping, missing: [] });
    expect(dry.body.preview.isBlocked).toBe(false);
    // A dry run keeps nothing: only a mapping that was imported with is offered again.
    expect((await owner.client.get('/api/v1/import-mappings?source=csv')).body).toEqual({
      source: 'csv',
      mapping: null,
    });

    const written = await importFile(owner, {
      fileName: 'mine.csv',
      content: base64(sheet),
      mapping: { ...mapping, ownerEmail: 'lead' },
      dryRun: false,
    });
    await finished(owner.client, written.body.job!.id);
    expect((await promisesOf(owner)).map((p) => p.title)).toEqual(['Own goal']);
    expect((await owner.client.get('/api/v1/import-mappings?source=csv')).body).toEqual({
      source: 'csv',
      mapping,
    });
    const again = await importFile(owner, { fileName: 'mine.csv', content: base64(sheet) });
    expect(again.body.preview.columns).toMatchObject({ mapping, missing: [] });
    expect(again.body.preview.counts.promises).toEqual({ create: 0, match: 1 });
  });

  it('refuses a file with errors and writes nothing, unless the person chooses to skip those rows', async () => {
    const owner = await signUpOwner(t.app);
    const messy = [
      'Row ID,Title,Parent,Owner Email,Time Period,Target',
      `1,Fine,,${owner.email},Q2 2025,`,
      `2,Orphan,9,${owner.email},Q2 2025,`,
      `3,Stranger,1,nobody-${unique('x')}@example.com,Q2 2025,`,
      `4,Loop A,5,${owner.email},Q2 2025,`,
      `5,Loop B,4,${owner.email},Q2 2025,`,
      `1,Duplicate,,${owner.email},Q2 2025,`,
    ].join('\n');
    const refused = await importFile(owner, {
      fileName: 'messy.csv',
      content: base64(messy),
      source: 'ally',
      dryRun: false,
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ error: { code: 'validation_failed' } });
    expect(JSON.stringify(refused.body)).toContain('Parent 9 does not exist');
    expect(await promisesOf(owner)).toEqual([]);

    const dry = await importFile(owner, { fileName: 'messy.csv', content: base64(messy), source: 'ally' });
    expect(dry.body.preview.isBlocked).toBe(true);
    expect(
      dry.body.preview.problems
        .filter((p) => p.severity === 'error')
        .map((p) => [p.row, p.column, p.message]),
    ).toEqual([
      [7, 'Row ID', 'Row ID 1 appears again (first in row 2)'],
      [3, 'Parent', 'Parent 9 does not exist'],
      [4, 'Owner Email', expect.stringMatching(/^Owner nobody-.* is neither in the Users sheet nor in /)],
      [5, 'Parent', 'Parents make a loop: 4 → 5 → 4'],
      [6, 'Parent', 'Parents make a loop: 4 → 5 → 4'],
    ]);

    const skipped = await importFile(owner, {
      fileName: 'messy.csv',
      content: base64(messy),
      source: 'ally',
      dryRun: false,
      skipInvalidRows: true,
    });
    const job = await finished(owner.client, skipped.body.job!.id);
    expect(job.result).toMatchObject({ created: 1, skippedRows: 5 });
    expect((await promisesOf(owner)).map((p) => p.title)).toEqual(['Fine']);
  });

  it('refuses what it cannot read with a 400, and members who are not admins', async () => {
    const owner = await signUpOwner(t.app);
    const bad = await importFile(owner, { fileName: 'x.zip', content: base64('not a zip'), dryRun: true });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { message: 'x.zip is not a ZIP file Accord can read' } });
    expect((await importFile(owner, { fileName: 'x.csv', content: '***', dryRun: true })).status).toBe(400);
    const member = await addMember(t.app, owner, 'member');
    const refused = await member.client.post('/api/v1/imports', {
      fileName: 'a.csv',
      content: base64('a\n1'),
    });
    expect(refused.status).toBe(403);
  });

  it('keeps imports to their organization', async () => {
    const owner = await signUpOwner(t.app);
    const other = await signUpOwner(t.app, 'other');
    const sheet = `Goal,Who,Deadline\nMine,${owner.email},2025-06-30\n`;
    const started = await importFile(owner, {
      fileName: 'a.csv',
      content: base64(sheet),
      source: 'csv',
      mapping: { title: 'Goal', ownerEmail: 'Who', dueDate: 'Deadline' },
      dryRun: false,
    });
    await finished(owner.client, started.body.job!.id);
    expect((await other.client.get(`/api/v1/imports/${started.body.job!.id}`)).status).toBe(404);
    expect((await other.client.get('/api/v1/import-mappings?source=csv')).body).toEqual({
      source: 'csv',
      mapping: null,
    });
    // The other organization does not know the owner: the same sheet names an unknown owner there.
    const there = await importFile(other, {
      fileName: 'a.csv',
      content: base64(sheet),
      source: 'csv',
      mapping: { title: 'Goal', ownerEmail: 'Who', dueDate: 'Deadline' },
    });
    expect(there.body.preview.errors).toBe(1);
    expect(await promisesOf(other)).toEqual([]);
  });
});
