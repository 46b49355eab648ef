import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorResponse } from '../../contract/common.js';
import type { PromiseDetail, PromiseList } from '../../contract/promises.js';
import {
  addMember,
  type Calendar,
  createCalendar,
  createTeam,
  type SignedIn,
  signUpOwner,
} from '../test/factories.js';
import { createTestApp, type TestApp, testEngines } from '../test/harness.js';

describe.each(testEngines())('promises and their conversation on %s', (engine) => {
  let t: TestApp;
  let customer: SignedIn;
  let performer: SignedIn;
  let bystander: SignedIn;
  let calendar: Calendar;

  beforeAll(async () => {
    t = await createTestApp(engine);
    customer = await signUpOwner(t.app, 'customer');
    performer = await addMember(t.app, customer, 'member', 'performer');
    bystander = await addMember(t.app, customer, 'member', 'bystander');
    calendar = await createCalendar(customer);
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  const request = async (overrides: Record<string, unknown> = {}) => {
    const response = await customer.client.post<PromiseDetail>('/api/v1/promises', {
      cycleId: calendar.quarter.id,
      customer: { type: 'person', id: customer.personId },
      performers: [{ type: 'person', id: performer.personId }],
      title: 'Ship the onboarding flow',
      description: 'New customers **stall** at sign-up.',
      conditions: [{ text: 'Activation above 40%' }],
      dueDate: '2027-03-15',
      tags: ['Growth'],
      open: 'request',
      ...overrides,
    });
    expect(response.status).toBe(201);
    return response.body;
  };
  const move = (who: SignedIn, id: string, body: Record<string, unknown>) =>
    who.client.post<PromiseDetail & ErrorResponse>(`/api/v1/promises/${id}/moves`, body);

  it('runs the whole conversation, and the history shows every step', async () => {
    const opened = await request();
    expect(opened).toMatchObject({
      status: 'requested',
      phase: 'negotiate',
      awaiting: 'performer',
      version: 2,
    });
    expect(opened.allowedMoves).toEqual(expect.arrayContaining(['withdraw', 'comment']));
    expect(opened.allowedMoves).not.toContain('promise');

    const asPerformer = (await performer.client.get<PromiseDetail>(`/api/v1/promises/${opened.id}`)).body;
    expect(asPerformer.allowedMoves).toEqual(expect.arrayContaining(['promise', 'counter', 'decline']));

    const countered = await move(performer, opened.id, {
      act: 'counter',
      version: 2,
      changes: { dueDate: '2027-03-31', conditions: [{ text: 'Activation above 35%' }] },
    });
    expect(countered.status).toBe(201);
    expect(countered.body).toMatchObject({ status: 'countered', awaiting: 'customer' });
    expect(countered.body.proposal?.proposedTerms.dueDate).toBe('2027-03-31');
    expect(countered.body.proposal?.differences.map((d) => d.field)).toEqual(
      expect.arrayContaining(['dueDate', 'conditions']),
    );

    const accepted = await move(customer, opened.id, { act: 'accept-offer', version: 3 });
    expect(accepted.body).toMatchObject({ status: 'promised', phase: 'execute', dueDate: '2027-03-31' });
    expect(accepted.body.terms.conditions.map((c) => c.text)).toEqual(['Activation above 35%']);

    await move(performer, opened.id, { act: 'report-complete', version: 4 });
    const dissatisfied = await move(customer, opened.id, {
      act: 'declare-dissatisfied',
      version: 5,
      reason: { text: 'Activation is at 30%' },
    });
    expect(dissatisfied.body).toMatchObject({ status: 'promised', phase: 'execute' });
    await move(performer, opened.id, { act: 'report-complete', version: 6 });
    const satisfied = await move(customer, opened.id, { act: 'declare-satisfied', version: 7 });
    expect(satisfied.body).toMatchObject({ status: 'satisfied', phase: 'closed', awaiting: null });
    expect(satisfied.body.history.map((m) => [m.act, m.by, m.person.id])).toEqual([
      ['request', 'customer', customer.personId],
      ['counter', 'performer', performer.personId],
      ['accept-offer', 'customer', customer.personId],
      ['report-complete', 'performer', performer.personId],
      ['declare-dissatisfied', 'customer', customer.personId],
      ['report-complete', 'performer', performer.personId],
      ['declare-satisfied', 'customer', customer.personId],
    ]);
  });

  it('refuses a move by the wrong party, naming who may move, and changes nothing', async () => {
    const opened = await request();
    const wrong = await move(customer, opened.id, { act: 'promise', version: 2 });
    expect(wrong.status).toBe(403);
    expect(wrong.body.error.message).toMatch(/performer/);
    const stranger = await move(bystander, opened.id, { act: 'promise', version: 2 });
    expect(stranger.status).toBe(403);
    const after = await customer.client.get<PromiseDetail>(`/api/v1/promises/${opened.id}`);
    expect(after.body).toMatchObject({ status: 'requested', version: 2 });
    expect(after.body.history).toHaveLength(1);
  });

  it('refuses a move not allowed in the state with 409, and one without its reason with 400', async () => {
    const opened = await request();
    const early = await move(performer, opened.id, { act: 'report-complete', version: 2 });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toMatch(/requested/);
    const noReason = await move(performer, opened.id, { act: 'decline', version: 2 });
    expect(noReason.status).toBe(400);
    const declined = await move(performer, opened.id, {
      act: 'decline',
      version: 2,
      reason: { code: 'capacity', text: 'We are full this quarter' },
    });
    expect(declined.body).toMatchObject({ status: 'declined', lastReason: { code: 'capacity' } });
    const afterFinal = await move(customer, opened.id, { act: 'withdraw', version: 3 });
    expect(afterFinal.status).toBe(409);
  });

  it('refuses a stale version with 409, so two people moving at once never lose a move', async () => {
    const opened = await request();
    const [a, b] = await Promise.all([
      move(performer, opened.id, { act: 'promise', version: 2 }),
      move(customer, opened.id, { act: 'withdraw', version: 2 }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const after = await customer.client.get<PromiseDetail>(`/api/v1/promises/${opened.id}`);
    expect(after.body.version).toBe(3);
    expect(after.body.history).toHaveLength(2);
    const stale = await move(performer, opened.id, {
      act: 'comment',
      version: 1,
      text: 'Still fine to comment',
    });
    expect(stale.status).toBe(201);
  });

  it('refuses a version beyond what a version can be with 400, on both engines, and changes nothing', async () => {
    // PostgreSQL stores versions as 32-bit integers and answered 500 to this comment (found by the fuzzer).
    const opened = await request();
    const comment = await move(customer, opened.id, { act: 'comment', version: 2 ** 31, text: 'hi' });
    expect(comment.status).toBe(400);
    expect(comment.body.error.message).toContain('version');
    const revised = await customer.client.patch<ErrorResponse>(`/api/v1/promises/${opened.id}`, {
      version: 2 ** 31,
      title: 'Renamed',
    });
    expect(revised.status).toBe(400);
    const after = await customer.client.get<PromiseDetail>(`/api/v1/promises/${opened.id}`);
    expect(after.body).toMatchObject({ title: 'Ship the onboarding flow', version: opened.version });
    expect(after.body.history).toHaveLength(1);
  });

  it('renegotiates from Execute back to Negotiate, keeping the history', async () => {
    const opened = await request();
    await move(performer, opened.id, { act: 'promise', version: 2 });
    const reopened = await move(performer, opened.id, {
      act: 'renegotiate',
      version: 3,
      changes: { dueDate: '2027-03-30' },
    });
    expect(reopened.body).toMatchObject({ status: 'promised', phase: 'negotiate', awaiting: 'customer' });
    expect(reopened.body.proposal).toMatchObject({ kind: 'renegotiation', by: 'performer' });
    const declined = await move(customer, opened.id, {
      act: 'decline',
      version: 4,
      reason: { text: 'The launch date is fixed' },
    });
    expect(declined.body).toMatchObject({
      status: 'promised',
      phase: 'execute',
      dueDate: '2027-03-15',
      proposal: null,
    });
  });

  it('shows the promise as it stood at a past moment', async () => {
    t.clock.set();
    const opened = await request();
    const between = t.clock.advance({ minutes: 1 }).toISOString();
    t.clock.advance({ minutes: 1 });
    await move(performer, opened.id, { act: 'promise', version: 2 });
    const then = await customer.client.get<PromiseDetail>(`/api/v1/promises/${opened.id}?at=${between}`);
    expect(then.body).toMatchObject({ status: 'requested', asOf: between, allowedMoves: [] });
    expect(then.body.history).toHaveLength(1);
    const now = await customer.client.get<PromiseDetail>(`/api/v1/promises/${opened.id}`);
    expect(now.body.status).toBe('promised');
    const before = await customer.client.get(`/api/v1/promises/${opened.id}?at=2000-01-01T00:00:00Z`);
    expect(before.status).toBe(404);
  });

  it('keeps drafts private to the drafting side until opened', async () => {
    const draft = await request({ open: 'draft', draftedBy: 'customer', title: 'A quiet idea' });
    expect(draft).toMatchObject({ status: 'draft', phase: 'listen' });
    expect((await performer.client.get(`/api/v1/promises/${draft.id}`)).status).toBe(404);
    const list = await performer.client.get<PromiseList>('/api/v1/promises?status=draft');
    expect(list.body.promises.map((p) => p.id)).not.toContain(draft.id);
    const revised = await customer.client.patch<PromiseDetail>(`/api/v1/promises/${draft.id}`, {
      version: draft.version,
      title: 'A sharper idea',
    });
    expect(revised.body).toMatchObject({ title: 'A sharper idea', version: draft.version + 1 });
    await move(customer, draft.id, { act: 'request', version: revised.body.version });
    expect((await performer.client.get(`/api/v1/promises/${draft.id}`)).status).toBe(200);
  });

  it('acts through team leads: members may comment but not move', async () => {
    const team = await createTeam(customer);
    const lead = await addMember(t.app, customer, 'member', 'lead');
    const teammate = await addMember(t.app, customer, 'member', 'teammate');
    await customer.client.put(`/api/v1/teams/${team.id}/members/${lead.personId}`, { isLead: true });
    await customer.client.put(`/api/v1/teams/${team.id}/members/${teammate.personId}`, { isLead: false });
    const opened = await request({ performers: [{ type: 'team', id: team.id }] });
    expect((await move(teammate, opened.id, { act: 'promise', version: 2 })).status).toBe(403);
    expect(
      (await move(teammate, opened.id, { act: 'comment', version: 2, text: 'We can do it' })).status,
    ).toBe(201);
    const promised = await move(lead, opened.id, { act: 'promise', version: 2 });
    expect(promised.body.status).toBe('promised');
    expect(promised.body.history.map((m) => [m.act, m.by])).toEqual([
      ['request', 'customer'],
      ['comment', 'performer'],
      ['promise', 'performer'],
    ]);
  });

  it('lets a promise be shared by several performers', async () => {
    const other = await addMember(t.app, customer, 'member', 'engineering');
    const opened = await request({
      performers: [
        { type: 'person', id: performer.personId },
        { type: 'person', id: other.personId },
      ],
    });
    expect(opened.performers.map((p) => p.id)).toEqual([performer.personId, other.personId]);
    expect((await move(other, opened.id, { act: 'promise', version: 2 })).status).toBe(201);
  });

  it('lets viewers read but never move', async () => {
    const viewer = await addMember(t.app, customer, 'viewer', 'viewer');
    const opened = await request();
    const seen = await viewer.client.get<PromiseDetail>(`/api/v1/promises/${opened.id}`);
    expect(seen.body.allowedMoves).toEqual([]);
    expect((await move(viewer, opened.id, { act: 'comment', version: 2, text: 'hi' })).status).toBe(403);
  });

  it('filters lists by cycle, horizon, party and side, phase, tag, and pages through them', async () => {
    const owner = await signUpOwner(t.app, 'lists');
    const dev = await addMember(t.app, owner, 'member', 'lists-dev');
    const own = await createCalendar(owner, 2029);
    const make = async (
      title: string,
      cycle: { id: string; endDate: string },
      tags: string[],
      asOffer = false,
    ) => {
      const by = asOffer ? dev : owner;
      const response = await by.client.post<PromiseDetail>('/api/v1/promises', {
        cycleId: cycle.id,
        customer: { type: 'person', id: owner.personId },
        performers: [{ type: 'person', id: dev.personId }],
        title,
        dueDate: cycle.endDate,
        tags,
        open: asOffer ? 'offer' : 'request',
      });
      return response.body;
    };
    const year = await make('Year work', own.year, ['investment']);
    const quarter = await make('Quarter work', own.quarter, []);
    const offered = await make('Offered work', own.quarter, ['Investment'], true);
    await dev.client.post(`/api/v1/promises/${quarter.id}/moves`, {
      act: 'promise',
      version: quarter.version,
    });
    const titles = async (query: string) =>
      (await owner.client.get<PromiseList>(`/api/v1/promises?${query}`)).body.promises
        .map((p) => p.title)
        .sort();

    expect(await titles(`cycleId=${own.quarter.id}`)).toEqual(['Offered work', 'Quarter work']);
    expect(await titles(`horizonId=${own.horizons['1y']}`)).toEqual(['Year work']);
    expect(await titles('tag=investment')).toEqual(['Offered work', 'Year work']);
    expect(await titles('phase=execute')).toEqual(['Quarter work']);
    expect(await titles(`partyType=person&partyId=${dev.personId}&as=performer`)).toEqual([
      'Offered work',
      'Quarter work',
      'Year work',
    ]);
    expect(await titles(`partyType=person&partyId=${dev.personId}&as=customer`)).toEqual([]);
    expect(await titles('mine=true&as=customer')).toEqual(['Offered work', 'Quarter work', 'Year work']);
    expect((await owner.client.get('/api/v1/promises?partyType=person')).status).toBe(400);

    const first = (await owner.client.get<PromiseList>('/api/v1/promises?limit=2&offset=0')).body;
    const second = (await owner.client.get<PromiseList>('/api/v1/promises?limit=2&offset=2')).body;
    expect(first.total).toBe(3);
    expect(first.promises).toHaveLength(2);
    expect(second.promises).toHaveLength(1);
    const all = [...first.promises, ...second.promises].map((p) => p.id).sort();
    expect(all).toEqual([year.id, quarter.id, offered.id].sort());
    expect((await owner.client.get('/api/v1/promises?limit=500')).status).toBe(400);
  });

  it('refuses bad promises clearly and stores nothing', async () => {
    const before = (await customer.client.get<PromiseList>('/api/v1/promises')).body.total;
    const base = {
      cycleId: calendar.quarter.id,
      customer: { type: 'person', id: customer.personId },
      performers: [{ type: 'person', id: performer.personId }],
      title: 'x',
      dueDate: '2027-02-01',
      open: 'request',
    };
    const outside = await customer.client.post<ErrorResponse>('/api/v1/promises', {
      ...base,
      dueDate: '2027-06-01',
    });
    expect(outside.status).toBe(400);
    expect(outside.body.error.message).toMatch(/FY2027-Q1/);
    expect((await customer.client.post('/api/v1/promises', { ...base, performers: [] })).status).toBe(400);
    expect((await customer.client.post('/api/v1/promises', { ...base, cycleId: 'nope' })).status).toBe(404);
    const unknownPerformer = { ...base, performers: [{ type: 'team', id: 'nope' }] };
    expect((await customer.client.post('/api/v1/promises', unknownPerformer)).status).toBe(404);
    expect((await customer.client.post('/api/v1/promises', { ...base, open: 'offer' })).status).toBe(403);
    expect((await customer.client.post('/api/v1/promises', { ...base, title: 'y'.repeat(500) })).status).toBe(
      400,
    );
    expect(
      (await customer.client.post('/api/v1/promises/nope/moves', { act: 'promise', version: 1 })).status,
    ).toBe(404);
    expect((await customer.client.post('/api/v1/promises', { ...base, dueDate: '2027-02-30' })).status).toBe(
      400,
    );
    expect((await customer.client.get<PromiseList>('/api/v1/promises')).body.total).toBe(before);
  });
});
