import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PAGE_SIZE } from '../../contract/pages.js';
import {
  addMember,
  type Calendar,
  createCalendar,
  createTeam,
  keptPromise,
  promiseIn,
  type SignedIn,
  signUpOwner,
} from '../test/factories.js';
import { createTestApp, type TestApp, testEngines, unique } from '../test/harness.js';

interface Page {
  total: number;
  limit: number;
  offset: number;
  [items: string]: unknown;
}

/**
 * Every list endpoint answers the same way: a page of `limit` items after `offset`, in an order that
 * does not change between pages, with the total of the whole list; a limit past the most a page holds,
 * or an offset that is not a whole number, is refused with a 400.
 */
describe.each(testEngines())('every list is paginated on %s', (engine) => {
  let t: TestApp;
  let owner: SignedIn;
  let member: SignedIn;
  let calendar: Calendar;
  let keptId: string;
  const teamPrefix = unique('Paged');

  beforeAll(async () => {
    t = await createTestApp(engine);
    owner = await signUpOwner(t.app, 'paging-owner');
    member = await addMember(t.app, owner, 'member', 'paging-member');
    for (const label of ['p1', 'p2', 'p3']) await addMember(t.app, owner, 'member', label);
    for (const name of ['d', 'b', 'a', 'c', 'b']) await createTeam(owner, `${teamPrefix} ${name}`);
    await createTeam(owner, unique('Other'));
    for (const name of ['one', 'two', 'three']) await owner.client.post('/api/v1/tokens', { name });
    for (const label of ['i1', 'i2']) {
      await owner.client.post('/api/v1/invitations', { email: `${unique(label)}@example.com` });
    }
    calendar = await createCalendar(owner);
    await owner.client.post('/api/v1/cycles', {
      name: 'FY2027-Q2',
      horizonId: calendar.horizons.quarter,
      parentId: calendar.year.id,
      startDate: '2027-04-01',
      endDate: '2027-06-30',
    });
    for (const to of ['active', 'reviewing', 'closed']) {
      const moved = await owner.client.post(`/api/v1/cycles/${calendar.year.id}/transitions`, { to });
      expect(moved.status).toBe(200);
    }
    // The clock stands still in tests: check-ins made in the same instant are ordered by their ids.
    const kept = await keptPromise({
      customer: owner,
      performer: member,
      cycle: calendar.quarter,
      body: { title: 'Paged check-ins', conditions: [] },
      checkIns: [1, 2, 3, 4, 5].map((confidence) => ({ confidence, status: 'on-track' as const })),
    });
    keptId = kept.promise.id;
    for (const title of ['Asked 1', 'Asked 2', 'Asked 3']) {
      await promiseIn('requested', {
        customer: owner,
        performer: member,
        cycle: calendar.quarter,
        body: { title },
      });
    }
  });
  afterAll(() => t.close());

  const lists = (): Array<{ path: string; key: string; by?: () => SignedIn; total?: number }> => [
    { path: '/api/v1/people', key: 'people', total: 5 },
    { path: `/api/v1/teams?q=${encodeURIComponent(teamPrefix)}`, key: 'teams', total: 5 },
    { path: '/api/v1/teams?archived=all', key: 'teams', total: 6 },
    { path: '/api/v1/horizons', key: 'horizons' },
    { path: '/api/v1/cycles', key: 'cycles', total: 3 },
    { path: `/api/v1/cycles?horizonId=${calendar.horizons.quarter}`, key: 'cycles', total: 2 },
    { path: '/api/v1/invitations', key: 'invitations', total: 6 },
    // The members accepted theirs: two are still waiting for an answer.
    { path: '/api/v1/invitations?pending=true', key: 'invitations', total: 2 },
    { path: '/api/v1/tokens', key: 'tokens', total: 3 },
    { path: '/api/v1/notifications', key: 'notifications', by: () => member },
    { path: `/api/v1/promises/${keptId}/check-ins`, key: 'checkIns', total: 5 },
    { path: `/api/v1/cycles/${calendar.year.id}/timeline`, key: 'events', total: 3 },
    { path: '/api/v1/promises', key: 'promises', total: 4 },
  ];

  const withQuery = (path: string, query: string) => `${path}${path.includes('?') ? '&' : '?'}${query}`;
  const idsOf = (page: Page, key: string) => (page[key] as Array<{ id: string }>).map((item) => item.id);

  it('pages through each list in one stable order, every item once, with the right total', async () => {
    for (const { path, key, by, total } of lists()) {
      const client = (by?.() ?? owner).client;
      const whole = await client.get<Page>(withQuery(path, `limit=${MAX_PAGE_SIZE}`));
      expect(whole.status, path).toBe(200);
      const all = idsOf(whole.body, key);
      expect(whole.body.total, path).toBe(all.length);
      if (total !== undefined) expect(whole.body.total, path).toBe(total);
      expect(all.length, `${path} has enough items to page through`).toBeGreaterThan(1);

      const paged: string[] = [];
      for (let offset = 0; offset < all.length; offset += 2) {
        const page = await client.get<Page>(withQuery(path, `limit=2&offset=${offset}`));
        expect(page.status, path).toBe(200);
        expect(page.body, path).toMatchObject({ total: all.length, limit: 2, offset });
        paged.push(...idsOf(page.body, key));
      }
      expect(paged, path).toEqual(all);
      expect(new Set(paged).size, path).toBe(all.length);

      const past = await client.get<Page>(withQuery(path, `offset=${all.length}`));
      expect(idsOf(past.body, key), path).toEqual([]);
      expect(past.body.total, path).toBe(all.length);
    }
  });

  it('lists check-ins and a cycle’s events newest first', async () => {
    const checkIns = await owner.client.get<{ checkIns: Array<{ confidence: number }> }>(
      `/api/v1/promises/${keptId}/check-ins`,
    );
    expect(checkIns.body.checkIns.map((c) => c.confidence)).toEqual([5, 4, 3, 2, 1]);
    const timeline = await owner.client.get<{ events: Array<{ to: string }>; milestones: unknown[] }>(
      `/api/v1/cycles/${calendar.year.id}/timeline?limit=1`,
    );
    expect(timeline.body.events.map((e) => e.to)).toEqual(['closed']);
    expect(timeline.body.milestones.length).toBeGreaterThan(0);
  });

  it('cuts each section of the inbox at the limit asked, with the totals beside', async () => {
    type InboxPage = {
      awaitingMe: Array<{ promise: { id: string } }>;
      totals: { awaitingMe: number; waitingOnOthers: number };
      limit: number;
    };
    const all = await member.client.get<InboxPage>(`/api/v1/inbox?limit=${MAX_PAGE_SIZE}`);
    expect(all.body.totals.awaitingMe).toBe(all.body.awaitingMe.length);
    expect(all.body.totals.awaitingMe).toBeGreaterThanOrEqual(3);
    const cut = await member.client.get<InboxPage>('/api/v1/inbox?limit=2');
    expect(cut.body).toMatchObject({ limit: 2, totals: all.body.totals });
    expect(cut.body.awaitingMe).toEqual(all.body.awaitingMe.slice(0, 2));
    for (const bad of [`limit=${MAX_PAGE_SIZE + 1}`, 'limit=0', 'limit=x', 'sort=oldest', 'sort=']) {
      expect((await member.client.get(`/api/v1/inbox?${bad}`)).status, bad).toBe(400);
    }
  });

  it('orders the inbox by age or by due date, the choice kept per request', async () => {
    type InboxPage = {
      awaitingMe: Array<{ key: string; since: string; due: string }>;
      myTeam: unknown[];
      totals: { awaitingMe: number; myTeam: number };
    };
    const byAge = await member.client.get<InboxPage>(`/api/v1/inbox?limit=${MAX_PAGE_SIZE}`);
    const byDue = await member.client.get<InboxPage>(`/api/v1/inbox?limit=${MAX_PAGE_SIZE}&sort=due`);
    expect(byDue.body.totals).toEqual(byAge.body.totals);
    expect(byAge.body.totals.myTeam).toBe(byAge.body.myTeam.length);
    const since = byAge.body.awaitingMe.map((item) => item.since);
    expect(since).toEqual([...since].sort());
    const due = byDue.body.awaitingMe.map((item) => item.due);
    expect(due).toEqual([...due].sort());
    expect(new Set(byDue.body.awaitingMe.map((item) => item.key)).size).toBe(byDue.body.awaitingMe.length);
  });

  it('finds people and teams by a part of their name, a page at a time', async () => {
    const teams = await owner.client.get<Page & { teams: Array<{ name: string }> }>(
      `/api/v1/teams?q=${encodeURIComponent(teamPrefix.toUpperCase())}&limit=3`,
    );
    expect(teams.body.total).toBe(5);
    expect(teams.body.teams.map((team) => team.name)).toEqual([
      `${teamPrefix} a`,
      `${teamPrefix} b`,
      `${teamPrefix} b`,
    ]);
    const people = await owner.client.get<Page & { people: Array<{ id: string }> }>(
      '/api/v1/people?q=paging-member&limit=1',
    );
    expect(people.body).toMatchObject({ total: 1, people: [{ id: member.personId }] });
  });

  it('refuses a limit past the most a page holds, and limits or offsets that are not whole numbers', async () => {
    const bad = [
      `limit=${MAX_PAGE_SIZE + 1}`,
      'limit=0',
      'limit=-3',
      'limit=2.5',
      'limit=ten',
      'offset=-1',
      'offset=1.5',
      'offset=abc',
      'offset=1000001',
    ];
    for (const { path, by } of lists()) {
      const client = (by?.() ?? owner).client;
      for (const query of bad) {
        const response = await client.get<{ error: { code: string; message: string } }>(
          withQuery(path, query),
        );
        expect(response.status, `${path} ${query}`).toBe(400);
        expect(response.body.error.code, `${path} ${query}`).toBe('validation_failed');
      }
    }
  });

  it('counts the drafts in a total only for those who may see them', async () => {
    // The last test of the file: it adds a promise the lists above do not count.
    const draft = await promiseIn('draft', {
      customer: owner,
      performer: member,
      cycle: calendar.quarter,
      body: { title: 'Owner drafts' },
    });
    const path = `/api/v1/promises?cycleId=${calendar.quarter.id}&limit=${MAX_PAGE_SIZE}`;
    const asOwner = await owner.client.get<Page & { promises: Array<{ id: string }> }>(path);
    expect(asOwner.body.total).toBe(5);
    expect(asOwner.body.promises.map((p) => p.id)).toContain(draft.id);
    const asMember = await member.client.get<Page & { promises: Array<{ id: string }> }>(path);
    expect(asMember.body.total).toBe(4);
    expect(asMember.body.promises.map((p) => p.id)).not.toContain(draft.id);
  });
});
