import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PromiseDetail } from '../../contract/promises.js';
import type { Team } from '../../contract/teams.js';
import {
  addMember,
  type Calendar,
  createCalendar,
  createTeam,
  type SignedIn,
  signUpOwner,
} from '../test/factories.js';
import { createTestApp, type TestApp, testEngines, unique } from '../test/harness.js';
import { backfillPerformerAnswers, up } from './0033-performer-answers-backfill.js';

/**
 * A promise with two performing teams, made before 0014: its stored state names no performers, so
 * one lead promised for both teams, and either lead could report the whole side complete. After
 * 0033 it answers per performer, as a promise made today does, and its past still folds.
 */
describe.each(testEngines())('promises from before 0014 on %s', (engine) => {
  let t: TestApp;
  let customer: SignedIn;
  let opsLead: SignedIn;
  let webLead: SignedIn;
  let ops: Team;
  let web: Team;
  let calendar: Calendar;

  beforeAll(async () => {
    // A database of its own: the migration reads every promise, and on PostgreSQL the run shares one.
    t = await createTestApp(engine, { logLevel: 'error' }, { freshDatabase: true });
    customer = await signUpOwner(t.app, 'old-customer');
    opsLead = await addMember(t.app, customer, 'member', 'old-ops');
    webLead = await addMember(t.app, customer, 'member', 'old-web');
    ops = await createTeam(customer, unique('Ops'));
    web = await createTeam(customer, unique('Web'));
    await customer.client.put(`/api/v1/teams/${ops.id}/members/${opsLead.personId}`, { isLead: true });
    await customer.client.put(`/api/v1/teams/${web.id}/members/${webLead.personId}`, { isLead: true });
    calendar = await createCalendar(customer);
  });
  afterAll(() => t.close());

  const read = async (who: SignedIn, id: string, at?: string) =>
    (
      await who.client.get<PromiseDetail>(
        `/api/v1/promises/${id}${at ? `?at=${encodeURIComponent(at)}` : ''}`,
      )
    ).body;
  async function moved(who: SignedIn, id: string, act: string) {
    const { version } = await read(who, id);
    const response = await who.client.post<PromiseDetail>(`/api/v1/promises/${id}/moves`, { act, version });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
  }

  /** The promise's stored states as a version before 0014 wrote them: no performers, no answers. */
  async function storeAsBefore0014(id: string) {
    const row = await t.handle.db
      .selectFrom('promises')
      .select(['state', 'draft'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const strip = (value: unknown) => {
      const { performers, promisedBy, agreedBy, reportedBy, ...before } =
        t.handle.dialect.parseJson<Record<string, unknown>>(value);
      return JSON.stringify(before);
    };
    await t.handle.db
      .updateTable('promises')
      .set({ state: strip(row.state), draft: strip(row.draft) })
      .where('id', '=', id)
      .execute();
  }

  /** Made before 0014: requested of both teams, promised by the ops lead alone, for both. */
  async function promisedBefore0014(): Promise<string> {
    const created = await customer.client.post<PromiseDetail>('/api/v1/promises', {
      cycleId: calendar.quarter.id,
      customer: { type: 'person', id: customer.personId },
      performers: [
        { type: 'team', id: ops.id },
        { type: 'team', id: web.id },
      ],
      title: unique('Checkout runs on both stacks'),
      dueDate: calendar.quarter.endDate,
      open: 'request',
    });
    expect(created.status).toBe(201);
    const { id } = created.body;
    await storeAsBefore0014(id);
    t.clock.set();
    await moved(opsLead, id, 'promise');
    await storeAsBefore0014(id);
    return id;
  }

  const answers = (detail: PromiseDetail) =>
    detail.performerAnswers.map((a) => ({
      team: a.performer.name,
      promised: a.promised?.person?.name ?? null,
      reported: a.reported?.person?.name ?? null,
      isAwaited: a.isAwaited,
    }));

  it('answers per performer once backfilled: the promise made for both, each reporting its own part', async () => {
    const id = await promisedBefore0014();
    const before = await read(customer, id);
    // The side answered as one: one lead's promise made it for both teams, and the log names no team.
    expect(before).toMatchObject({ status: 'promised', awaiting: 'performer' });
    expect(before.history.map((m) => [m.act, m.person.name, m.performer])).toEqual([
      ['request', 'old-customer person', null],
      ['promise', 'old-ops person', null],
    ]);

    await up(t.handle.db as unknown as Kysely<unknown>, t.handle.dialect);

    const after = await read(customer, id);
    expect(after).toMatchObject({ status: 'promised', awaiting: 'performer', version: before.version });
    expect(after.history).toEqual(before.history);
    // Both teams promised through the one move that bound them, and each is awaited for its report.
    expect(answers(after)).toEqual([
      { team: ops.name, promised: 'old-ops person', reported: null, isAwaited: true },
      { team: web.name, promised: 'old-ops person', reported: null, isAwaited: true },
    ]);
    expect(after.performerAnswers[1]!.promised!.at).toBe(before.history[1]!.at);

    // Before 0033 the ops lead's report would have reported the whole side; now it is ops's part.
    t.clock.advance({ minutes: 1 });
    await moved(opsLead, id, 'report-complete');
    const betweenReports = t.clock.advance({ minutes: 1 }).toISOString();
    const half = await read(customer, id);
    expect(half).toMatchObject({ status: 'promised', awaiting: 'performer' });
    expect(answers(half).map((a) => [a.reported, a.isAwaited])).toEqual([
      ['old-ops person', false],
      [null, true],
    ]);
    expect((await read(opsLead, id)).allowedMoves).not.toContain('report-complete');
    expect((await read(webLead, id)).allowedMoves).toContain('report-complete');

    t.clock.advance({ minutes: 1 });
    await moved(webLead, id, 'report-complete');
    expect(await read(customer, id)).toMatchObject({ status: 'reported', awaiting: 'customer' });

    // The past folds from the backfilled draft: the old move for the side, the new ones per team.
    const asOf = await read(customer, id, betweenReports);
    expect(asOf).toMatchObject({ status: 'promised', awaiting: 'performer' });
    expect(answers(asOf).map((a) => a.reported)).toEqual(['old-ops person', null]);
  });

  it('asks each team that has not promised to promise, when the request was still open', async () => {
    const created = await customer.client.post<PromiseDetail>('/api/v1/promises', {
      cycleId: calendar.quarter.id,
      customer: { type: 'person', id: customer.personId },
      performers: [
        { type: 'team', id: ops.id },
        { type: 'team', id: web.id },
      ],
      title: unique('Search answers in a second'),
      dueDate: calendar.quarter.endDate,
      open: 'request',
    });
    const { id } = created.body;
    await storeAsBefore0014(id);

    // A page of one promise at a time, past any already backfilled, as on an instance of many.
    await backfillPerformerAnswers(t.handle.db as unknown as Kysely<unknown>, t.handle.dialect, 1);

    await moved(opsLead, id, 'promise');
    const half = await read(customer, id);
    // Before 0033 this one promise would have made it for both teams.
    expect(half).toMatchObject({ status: 'requested', awaiting: 'performer' });
    expect(answers(half).map((a) => [a.promised, a.isAwaited])).toEqual([
      ['old-ops person', false],
      [null, true],
    ]);
    await moved(webLead, id, 'promise');
    expect(await read(customer, id)).toMatchObject({ status: 'promised' });
  });
});
