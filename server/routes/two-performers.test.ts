import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Inbox } from '../../contract/inbox.js';
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

/**
 * A promise performed by two teams, each answering through its lead: it is made only when both
 * have promised the same terms, the customer assesses only when both have reported, and every
 * answer is in the log with who made it for which performer.
 */
describe.each(testEngines())('a promise with two performers on %s', (engine) => {
  let t: TestApp;
  let customer: SignedIn;
  let opsLead: SignedIn;
  let webLead: SignedIn;
  let ops: Team;
  let web: Team;
  let calendar: Calendar;

  beforeAll(async () => {
    t = await createTestApp(engine);
    customer = await signUpOwner(t.app, 'two-customer');
    opsLead = await addMember(t.app, customer, 'member', 'two-ops');
    webLead = await addMember(t.app, customer, 'member', 'two-web');
    ops = await createTeam(customer, unique('Ops'));
    web = await createTeam(customer, unique('Web'));
    await customer.client.put(`/api/v1/teams/${ops.id}/members/${opsLead.personId}`, { isLead: true });
    await customer.client.put(`/api/v1/teams/${web.id}/members/${webLead.personId}`, { isLead: true });
    calendar = await createCalendar(customer);
  });
  afterEach(() => t.clock.reset());
  afterAll(() => t.close());

  async function requested(): Promise<PromiseDetail> {
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
    return created.body;
  }
  const read = async (who: SignedIn, id: string) =>
    (await who.client.get<PromiseDetail>(`/api/v1/promises/${id}`)).body;
  async function move(who: SignedIn, id: string, act: string, extra: Record<string, unknown> = {}) {
    const { version } = await read(who, id);
    return who.client.post<PromiseDetail>(`/api/v1/promises/${id}/moves`, { act, version, ...extra });
  }
  async function moved(who: SignedIn, id: string, act: string, extra: Record<string, unknown> = {}) {
    const response = await move(who, id, act, extra);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
  }
  const answers = (detail: PromiseDetail) =>
    detail.performerAnswers.map((a) => ({
      team: a.performer.name,
      promised: a.promised?.person?.name ?? null,
      reported: a.reported?.person?.name ?? null,
      isAwaited: a.isAwaited,
    }));
  const inboxOf = async (who: SignedIn) => (await who.client.get<Inbox>('/api/v1/inbox')).body;
  const awaits = async (who: SignedIn, id: string) =>
    (await inboxOf(who)).awaitingMe.some((item) => item.promise.id === id);
  const waitsOn = async (who: SignedIn, id: string) =>
    (await inboxOf(who)).waitingOnOthers.some((item) => item.promise.id === id);

  it('is made only after the second performer promises, each awaited one asked in its inbox', async () => {
    const { id } = await requested();
    expect(answers(await read(customer, id))).toEqual([
      { team: ops.name, promised: null, reported: null, isAwaited: true },
      { team: web.name, promised: null, reported: null, isAwaited: true },
    ]);
    expect(await awaits(opsLead, id)).toBe(true);
    expect(await awaits(webLead, id)).toBe(true);

    t.clock.set();
    await moved(opsLead, id, 'promise');
    const betweenThem = t.clock.advance({ minutes: 1 }).toISOString();
    const half = await read(customer, id);
    expect(half).toMatchObject({ status: 'requested', awaiting: 'performer' });
    expect(answers(half)).toEqual([
      { team: ops.name, promised: 'two-ops person', reported: null, isAwaited: false },
      { team: web.name, promised: null, reported: null, isAwaited: true },
    ]);
    expect(half.performerAnswers[0]!.promised!.at).toBe(half.history.at(-1)!.at);
    expect((await read(opsLead, id)).allowedMoves).not.toContain('promise');
    expect((await read(webLead, id)).allowedMoves).toContain('promise');
    expect(await awaits(opsLead, id)).toBe(false);
    expect(await waitsOn(opsLead, id)).toBe(true);
    expect(await awaits(webLead, id)).toBe(true);

    const again = await move(opsLead, id, 'promise');
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: { details: { refusal: 'already-answered' } } });
    expect((await read(customer, id)).version).toBe(half.version);

    t.clock.advance({ minutes: 1 });
    await moved(webLead, id, 'promise');
    const made = await read(customer, id);
    expect(made).toMatchObject({ status: 'promised', phase: 'execute' });
    expect(answers(made).map((a) => a.promised)).toEqual(['two-ops person', 'two-web person']);
    expect(made.history.map((m) => [m.act, m.person.name, m.performer?.name ?? null])).toEqual([
      ['request', 'two-customer person', null],
      ['promise', 'two-ops person', ops.name],
      ['promise', 'two-web person', web.name],
    ]);
    // As it stood between the two promises: still requested, the first performer's promise kept.
    const between = await customer.client.get<PromiseDetail>(
      `/api/v1/promises/${id}?at=${encodeURIComponent(betweenThem)}`,
    );
    expect(between.body.status).toBe('requested');
    expect(answers(between.body).map((a) => a.promised)).toEqual(['two-ops person', null]);
  });

  it('clears the earlier promise when the other performer counters: the first must promise the new terms', async () => {
    const { id } = await requested();
    await moved(opsLead, id, 'promise');
    await moved(webLead, id, 'counter', { changes: { title: 'Checkout runs on the new stack only' } });
    const countered = await read(customer, id);
    expect(countered).toMatchObject({ status: 'countered', awaiting: 'customer' });
    expect(answers(countered).map((a) => a.promised)).toEqual([null, 'two-web person']);
    expect(await awaits(customer, id)).toBe(true);

    await moved(customer, id, 'accept-offer');
    const accepted = await read(customer, id);
    expect(accepted).toMatchObject({ status: 'countered', awaiting: 'performer' });
    expect(await awaits(opsLead, id)).toBe(true);
    expect(await awaits(webLead, id)).toBe(false);

    await moved(opsLead, id, 'promise');
    expect(await read(customer, id)).toMatchObject({
      status: 'promised',
      terms: { title: 'Checkout runs on the new stack only' },
    });
  });

  it('is declined when one performer declines, after the other promised', async () => {
    const { id } = await requested();
    await moved(opsLead, id, 'promise');
    await moved(webLead, id, 'decline', { reason: { code: 'capacity', text: 'We are full' } });
    expect((await read(customer, id)).status).toBe('declined');
    expect(await awaits(opsLead, id)).toBe(false);
  });

  it('takes a renegotiation only when both performers promise it', async () => {
    const { id } = await requested();
    await moved(opsLead, id, 'promise');
    await moved(webLead, id, 'promise');
    await moved(customer, id, 'renegotiate', { changes: { title: 'Checkout and returns on both stacks' } });
    expect(answers(await read(customer, id)).map((a) => a.isAwaited)).toEqual([true, true]);
    await moved(webLead, id, 'promise');
    const half = await read(customer, id);
    expect(half.proposal).not.toBeNull();
    expect(half.terms.title).not.toBe('Checkout and returns on both stacks');
    expect(await awaits(opsLead, id)).toBe(true);
    await moved(opsLead, id, 'promise');
    expect(await read(customer, id)).toMatchObject({
      proposal: null,
      terms: { title: 'Checkout and returns on both stacks' },
    });
  });

  it('asks the customer to assess only once both performers have reported their part', async () => {
    const { id } = await requested();
    await moved(opsLead, id, 'promise');
    await moved(webLead, id, 'promise');
    await moved(webLead, id, 'report-complete');
    const half = await read(customer, id);
    expect(half).toMatchObject({ status: 'promised', awaiting: 'performer' });
    expect(answers(half).map((a) => a.reported)).toEqual([null, 'two-web person']);
    expect(half.allowedMoves).not.toContain('declare-satisfied');
    expect((await move(customer, id, 'declare-satisfied')).status).toBe(409);
    expect((await move(webLead, id, 'report-complete')).status).toBe(409);
    expect(await awaits(customer, id)).toBe(false);

    await moved(opsLead, id, 'report-complete');
    expect(await read(customer, id)).toMatchObject({ status: 'reported', awaiting: 'customer' });
    expect((await inboxOf(customer)).awaitingMe.find((i) => i.promise.id === id)?.kind).toBe('completion');
    await moved(customer, id, 'declare-dissatisfied', { reason: { text: 'Returns still fail' } });
    expect(answers(await read(customer, id)).map((a) => a.reported)).toEqual([null, null]);
    await moved(opsLead, id, 'report-complete');
    await moved(webLead, id, 'report-complete');
    await moved(customer, id, 'declare-satisfied');
    expect((await read(customer, id)).status).toBe('satisfied');
  });

  it('is revoked by either performer, and withdrawn by the customer while performers answer', async () => {
    const kept = await requested();
    await moved(opsLead, kept.id, 'promise');
    await moved(webLead, kept.id, 'promise');
    await moved(opsLead, kept.id, 'revoke', { reason: { text: 'The team was disbanded' } });
    expect((await read(customer, kept.id)).status).toBe('revoked');

    const asked = await requested();
    await moved(webLead, asked.id, 'promise');
    await moved(customer, asked.id, 'withdraw');
    expect((await read(customer, asked.id)).status).toBe('withdrawn');
  });

  it('turns an offer by one performer, once the customer accepts it, into a request to the other', async () => {
    const offered = await opsLead.client.post<PromiseDetail>('/api/v1/promises', {
      cycleId: calendar.quarter.id,
      customer: { type: 'person', id: customer.personId },
      performers: [
        { type: 'team', id: ops.id },
        { type: 'team', id: web.id },
      ],
      title: unique('We can run checkout'),
      dueDate: calendar.quarter.endDate,
      open: 'offer',
    });
    expect(offered.status).toBe(201);
    const id = offered.body.id;
    expect(answers(offered.body).map((a) => a.promised)).toEqual(['two-ops person', null]);
    expect(await awaits(webLead, id)).toBe(false);
    await moved(customer, id, 'accept-offer');
    expect(await read(customer, id)).toMatchObject({ status: 'requested', awaiting: 'performer' });
    expect(await awaits(webLead, id)).toBe(true);
    await moved(webLead, id, 'promise');
    expect((await read(customer, id)).status).toBe('promised');
  });
});
