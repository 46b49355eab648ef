import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Inbox } from '../../contract/inbox.js';
import type { PromiseDetail, PromiseList } from '../../contract/promises.js';
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
 * A draft never opened can be thrown away by its drafting side: the log keeps that it was
 * discarded, it leaves every list, and to anyone who could not see the draft it does not exist.
 */
describe.each(testEngines())('discarding a draft on %s', (engine) => {
  let t: TestApp;
  let owner: SignedIn;
  let drafter: SignedIn;
  let teammate: SignedIn;
  let reviewer: SignedIn;
  let ops: Team;
  let calendar: Calendar;

  beforeAll(async () => {
    t = await createTestApp(engine);
    owner = await signUpOwner(t.app, 'discard-owner');
    drafter = await addMember(t.app, owner, 'member', 'discard-drafter');
    teammate = await addMember(t.app, owner, 'member', 'discard-teammate');
    reviewer = await addMember(t.app, owner, 'member', 'discard-reviewer');
    ops = await createTeam(owner, unique('Ops'));
    await owner.client.put(`/api/v1/teams/${ops.id}/members/${drafter.personId}`, { isLead: true });
    await owner.client.put(`/api/v1/teams/${ops.id}/members/${teammate.personId}`, { isLead: false });
    calendar = await createCalendar(owner);
  });
  afterAll(() => t.close());

  async function draft(title = unique('A plan we may drop')): Promise<PromiseDetail> {
    const created = await drafter.client.post<PromiseDetail>('/api/v1/promises', {
      cycleId: calendar.quarter.id,
      customer: { type: 'person', id: owner.personId },
      performers: [{ type: 'team', id: ops.id }],
      title,
      dueDate: calendar.quarter.endDate,
      open: 'draft',
      draftedBy: 'performer',
    });
    expect(created.status).toBe(201);
    return created.body;
  }
  const discard = (who: SignedIn, id: string, version: number) =>
    who.client.post<PromiseDetail>(`/api/v1/promises/${id}/moves`, { act: 'discard', version });
  const listed = async (who: SignedIn, query: string) =>
    (await who.client.get<PromiseList>(`/api/v1/promises?${query}`)).body.promises.map((p) => p.id);
  const inInbox = async (who: SignedIn, id: string) => {
    const inbox = (await who.client.get<Inbox>('/api/v1/inbox')).body;
    return [...inbox.awaitingMe, ...inbox.waitingOnOthers].some((item) => item.promise.id === id);
  };
  const onBoard = async (who: SignedIn, id: string) =>
    JSON.stringify((await who.client.get(`/api/v1/cycles/${calendar.quarter.id}/board`)).body).includes(id);

  it('is kept in the log as discarded, leaves every list, and exists only for its drafting side', async () => {
    const { id, version } = await draft();
    const asked = await drafter.client.post(`/api/v1/promises/${id}/reviews`, {
      reviewer: { type: 'person', id: reviewer.personId },
      role: 'peer',
    });
    expect(asked.status).toBe(201);
    expect((await reviewer.client.get(`/api/v1/promises/${id}`)).status).toBe(200);
    expect(await listed(drafter, 'mine=true')).toContain(id);
    expect(await inInbox(drafter, id)).toBe(true);
    expect(await onBoard(drafter, id)).toBe(true);
    expect((await drafter.client.get<PromiseDetail>(`/api/v1/promises/${id}`)).body.allowedMoves).toContain(
      'discard',
    );
    // Its customer cannot see a performer's draft, so cannot discard it either: it does not exist.
    expect((await discard(owner, id, version)).status).toBe(404);

    const discarded = await discard(drafter, id, version);
    expect(discarded.status).toBe(201);
    expect(discarded.body).toMatchObject({ status: 'discarded', phase: 'closed', awaiting: null });

    const seen = (await teammate.client.get<PromiseDetail>(`/api/v1/promises/${id}`)).body;
    expect(seen.status).toBe('discarded');
    expect(seen.history.map((m) => [m.act, m.person.name])).toEqual([['discard', 'discard-drafter person']]);
    expect(seen.allowedMoves).not.toContain('discard');

    for (const who of [drafter, teammate]) {
      expect(await listed(who, 'mine=true')).not.toContain(id);
      expect(await listed(who, `cycleId=${calendar.quarter.id}`)).not.toContain(id);
      expect(await listed(who, 'status=discarded')).toEqual([]);
      expect(await inInbox(who, id)).toBe(false);
      expect(await onBoard(who, id)).toBe(false);
    }
    for (const who of [owner, reviewer]) {
      expect((await who.client.get(`/api/v1/promises/${id}`)).status).toBe(404);
      expect((await who.client.get(`/api/v1/promises/${id}/reviews`)).status).toBe(404);
    }
  });

  it('refuses with 409 to discard anything but a draft, and a draft twice', async () => {
    const opened = await draft();
    const offered = await drafter.client.post<PromiseDetail>(`/api/v1/promises/${opened.id}/moves`, {
      act: 'offer',
      version: opened.version,
    });
    expect(offered.status).toBe(201);
    const refused = await discard(drafter, opened.id, offered.body.version);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: { details: { refusal: 'not-allowed-in-state' } } });
    expect((await drafter.client.get<PromiseDetail>(`/api/v1/promises/${opened.id}`)).body.status).toBe(
      'offered',
    );

    const once = await draft();
    expect((await discard(drafter, once.id, once.version)).status).toBe(201);
    const twice = await discard(drafter, once.id, once.version + 1);
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ error: { details: { refusal: 'final-state' } } });
  });

  it('refuses a plain member of the drafting team, who may see the draft but not move for it', async () => {
    const { id, version } = await draft();
    const refused = await discard(teammate, id, version);
    expect(refused.status).toBe(403);
    expect((await drafter.client.get<PromiseDetail>(`/api/v1/promises/${id}`)).body.status).toBe('draft');
  });
});
