import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AccountabilityLink,
  AccountabilitySummary,
  TeamAccountabilityMap,
} from '../../contract/accountability.js';
import type { PromiseDetail } from '../../contract/promises.js';
import type { Team } from '../../contract/teams.js';
import {
  type Calendar,
  createCalendar,
  createOrganization,
  createTeam,
  promiseIn,
  type SignedIn,
  signUpOwner,
} from '../test/factories.js';
import { createTestApp, type TestApp, testEngines } from '../test/harness.js';

/**
 * The accountability map of an organization: a summary of teams and the links between them, and
 * each team's part of it, a page at a time. A person counts with their home team: the first they
 * lead, else the first they belong to.
 */
describe.each(testEngines())('the accountability map on %s', (engine) => {
  let t: TestApp;
  let owner: SignedIn;
  let people: Record<'cto' | 'dev' | 'designer' | 'loner' | 'viewer', SignedIn>;
  let teams: Record<'Leadership' | 'Engineering' | 'Design', Team>;
  let calendar: Calendar;
  let buildTech: PromiseDetail;

  beforeAll(async () => {
    t = await createTestApp(engine);
    ({ owner, people, teams } = await createOrganization(t.app, {
      people: { cto: 'member', dev: 'member', designer: 'member', loner: 'member', viewer: 'viewer' },
      teams: {
        Leadership: { leads: ['owner'], members: ['cto'] },
        // The CTO leads Engineering and sits in Leadership: Engineering is the CTO's home team.
        Engineering: { leads: ['cto'], members: ['dev'] },
        Design: { leads: ['designer'] },
      },
    }));
    calendar = await createCalendar(owner);
    const { cto, dev, designer, loner } = people;
    buildTech = await promiseIn('requested', {
      customer: owner,
      performer: cto,
      cycle: calendar.year,
      body: { title: 'Build tech' },
    });
    const ship = await promiseIn('promised', {
      customer: cto,
      performer: dev,
      cycle: calendar.quarter,
      body: { title: 'Ship' },
    });
    const design = await promiseIn('requested', {
      customer: owner,
      performer: designer,
      cycle: calendar.quarter,
      body: { title: 'Design it' },
    });
    await promiseIn('requested', {
      customer: cto,
      performer: loner,
      cycle: calendar.quarter,
      body: { title: 'Help Engineering', customer: { type: 'team', id: teams.Engineering.id } },
    });
    // Neither a private draft nor a declined promise makes accountability.
    await promiseIn('draft', {
      customer: cto,
      performer: designer,
      cycle: calendar.quarter,
      body: { title: 'Private draft' },
    });
    await promiseIn('declined', {
      customer: owner,
      performer: designer,
      cycle: calendar.quarter,
      body: { title: 'Declined' },
    });
    const linked = await owner.client.post('/api/v1/contributions', {
      fromPromiseId: design.id,
      toPromiseId: buildTech.id,
    });
    expect(linked.status).toBe(201);
    const depends = await cto.client.post('/api/v1/dependencies', {
      promiseId: ship.id,
      supplierTeamId: teams.Design.id,
    });
    expect(depends.status).toBe(201);
  });
  afterAll(() => t.close());

  const summaryOf = async (who: SignedIn, query: string) => {
    const response = await who.client.get<AccountabilitySummary>(`/api/v1/accountability${query}`);
    expect(response.status).toBe(200);
    return response.body;
  };
  const teamMap = async (who: SignedIn, teamId: string, query = '') => {
    const response = await who.client.get<TeamAccountabilityMap>(
      `/api/v1/accountability/teams/${teamId}${query}`,
    );
    expect(response.status).toBe(200);
    return response.body;
  };
  const key = (team: Team) => `team:${team.id}`;

  it('summarises the year as teams, with what each performs and asks, and the links between them', async () => {
    const summary = await summaryOf(people.viewer, `?cycleId=${calendar.year.id}`);
    expect(summary.promises).toBe(4);
    const units = Object.fromEntries(summary.units.map((u) => [u.name, [u.performs, u.asks]]));
    expect(units).toEqual({
      Leadership: [0, 2],
      Engineering: [2, 2],
      Design: [1, 0],
      'People in no team': [1, 0],
    });
    const engineering = summary.units.find((u) => u.id === key(teams.Engineering));
    expect(engineering?.byStatus).toEqual({ requested: 1, promised: 1 });
    expect(engineering?.byPhase).toMatchObject({ negotiate: 1, execute: 1, listen: 0 });

    const links = Object.fromEntries(summary.links.map((l) => [`${l.source}>${l.target}`, l]));
    const counts = (l: AccountabilityLink | undefined) =>
      l && [l.promises, l.contributions, l.dependencies.total, l.dependencies.unacknowledged];
    const leadership = key(teams.Leadership);
    const eng = key(teams.Engineering);
    const design = key(teams.Design);
    expect(Object.keys(links).sort()).toEqual(
      [
        `${leadership}>${eng}`,
        `${leadership}>${design}`,
        `${eng}>${eng}`,
        `${eng}>no-team`,
        `${eng}>${design}`,
      ].sort(),
    );
    expect(summary).toMatchObject({ linksTotal: 5, truncated: false });
    expect(counts(links[`${leadership}>${eng}`])).toEqual([1, 0, 0, 0]);
    expect(counts(links[`${eng}>${eng}`])).toEqual([1, 0, 0, 0]);
    // Design's promise contributes to Engineering's, and Engineering's depends on Design, unacknowledged.
    expect(counts(links[`${eng}>${design}`])).toEqual([0, 1, 1, 1]);
  });

  it('holds the busiest links when asked for fewer, and says how many there are', async () => {
    const summary = await summaryOf(owner, `?cycleId=${calendar.year.id}&links=2`);
    expect(summary).toMatchObject({ linksTotal: 5, truncated: true });
    expect(summary.links).toHaveLength(2);
    // Engineering > Design counts a contribution and a dependency: the busiest of the five.
    expect(summary.links[0]).toMatchObject({
      source: key(teams.Engineering),
      target: key(teams.Design),
    });
    // Every team is still there, with its counts.
    expect(summary.units).toHaveLength(4);
  });

  it('scopes the summary to a cycle (with the cycles within it) or a horizon', async () => {
    const quarter = await summaryOf(owner, `?cycleId=${calendar.quarter.id}`);
    expect(quarter.promises).toBe(3);
    const years = await summaryOf(owner, `?horizonId=${calendar.horizons['1y']}`);
    expect(years.promises).toBe(1);
    expect(years.links.map((l) => [l.source, l.target])).toEqual([
      [key(teams.Leadership), key(teams.Engineering)],
    ]);
  });

  it("drills down to a team's promises, its people's too, whatever the other side", async () => {
    const engineering = await teamMap(people.viewer, teams.Engineering.id, `?cycleId=${calendar.year.id}`);
    expect(engineering.team).toEqual({ type: 'team', id: teams.Engineering.id, name: 'Engineering' });
    expect(engineering.edges.map((e) => e.title).sort()).toEqual(['Build tech', 'Help Engineering', 'Ship']);
    expect(engineering).toMatchObject({ total: 3, page: 1, truncated: false });
    const buildEdge = engineering.edges.find((e) => e.promiseId === buildTech.id);
    expect(buildEdge).toMatchObject({
      source: `person:${owner.personId}`,
      target: `person:${people.cto.personId}`,
      horizon: { name: '1 year' },
      phase: 'negotiate',
    });
    expect(engineering.nodes.map((n) => n.party.name)).toContain(owner.me.person.name);

    const design = await teamMap(people.designer, teams.Design.id);
    expect(design.edges.map((e) => e.title)).toEqual(['Design it']);
  });

  it('pages a team map with its total, never cutting it silently', async () => {
    const first = await teamMap(owner, teams.Engineering.id, '?pageSize=2');
    expect(first).toMatchObject({ total: 3, page: 1, pageSize: 2, truncated: true });
    expect(new Set(first.edges.map((e) => e.promiseId)).size).toBe(2);
    const second = await teamMap(owner, teams.Engineering.id, '?pageSize=2&page=2');
    expect(second.edges).toHaveLength(1);
    const titles = [...first.edges, ...second.edges].map((e) => e.title).sort();
    expect(titles).toEqual(['Build tech', 'Help Engineering', 'Ship']);
  });

  it('counts again after whatever changes the map: a move, a link and its answer, a team, its members', async () => {
    // An organization of its own: what this test changes is nobody else's map.
    const org = await createOrganization(t.app, {
      people: { a: 'member', b: 'member', x: 'member' },
      teams: { Asking: { leads: ['a'], members: ['x'] }, Building: { leads: ['b'] } },
    });
    const { a, b, x } = org.people;
    const quarter = (await createCalendar(org.owner)).quarter;
    const [asking, building] = [key(org.teams.Asking), key(org.teams.Building)];
    const linksOf = async () => {
      const summary = await summaryOf(org.owner, `?cycleId=${quarter.id}`);
      return Object.fromEntries(
        summary.links.map((l) => [
          `${l.source === asking ? 'A' : l.source === building ? 'B' : l.source}>${l.target === asking ? 'A' : l.target === building ? 'B' : l.target}`,
          [l.promises, l.contributions, l.dependencies.total, l.dependencies.unacknowledged],
        ]),
      );
    };

    const build = await promiseIn('requested', { customer: a, performer: b, cycle: quarter });
    expect(await linksOf()).toEqual({ 'A>B': [1, 0, 0, 0] });
    // Read twice, the same; then a promise made (a move) is counted.
    expect(await linksOf()).toEqual({ 'A>B': [1, 0, 0, 0] });
    const help = await promiseIn('promised', { customer: a, performer: x, cycle: quarter });
    expect(await linksOf()).toEqual({ 'A>B': [1, 0, 0, 0], 'A>A': [1, 0, 0, 0] });

    // A contribution: x's promise (Asking) contributes to b's (Building).
    const contribution = await a.client.post<{ id: string }>('/api/v1/contributions', {
      fromPromiseId: help.id,
      toPromiseId: build.id,
    });
    expect(contribution.status).toBe(201);
    expect(await linksOf()).toEqual({ 'A>B': [1, 0, 0, 0], 'A>A': [1, 0, 0, 0], 'B>A': [0, 1, 0, 0] });

    // A dependency of x's promise on Building, then its answer.
    const dependency = await x.client.post<{ id: string }>('/api/v1/dependencies', {
      promiseId: help.id,
      supplierTeamId: org.teams.Building.id,
    });
    expect(dependency.status).toBe(201);
    expect((await linksOf())['A>B']).toEqual([1, 0, 1, 1]);
    const answered = await b.client.post(`/api/v1/dependencies/${dependency.body.id}/answer`, {
      answer: 'acknowledge',
    });
    expect(answered.status).toBe(200);
    expect((await linksOf())['A>B']).toEqual([1, 0, 1, 0]);

    // x comes to lead Building: Building is x's home team now.
    const joined = await org.owner.client.put(
      `/api/v1/teams/${org.teams.Building.id}/members/${x.personId}`,
      {
        isLead: true,
      },
    );
    expect(joined.status).toBe(200);
    expect(await linksOf()).toEqual({ 'A>B': [2, 0, 0, 0], 'B>B': [0, 1, 1, 0] });

    // Building archived: its people are at home in Asking, or in no team.
    const archived = await org.owner.client.patch(`/api/v1/teams/${org.teams.Building.id}`, {
      archived: true,
    });
    expect(archived.status).toBe(200);
    expect(await linksOf()).toEqual({
      'A>no-team': [1, 0, 0, 0],
      'A>A': [1, 0, 0, 0],
      'no-team>A': [0, 1, 0, 0],
      'A>B': [0, 0, 1, 0],
    });

    // The links removed.
    expect((await a.client.delete(`/api/v1/contributions/${contribution.body.id}`)).status).toBe(204);
    expect((await x.client.delete(`/api/v1/dependencies/${dependency.body.id}`)).status).toBe(204);
    expect(await linksOf()).toEqual({ 'A>no-team': [1, 0, 0, 0], 'A>A': [1, 0, 0, 0] });
  });

  it('answers 404 for an unknown team, cycle or horizon, and 400 for bad paging', async () => {
    const cases: Array<[string, number]> = [
      ['/api/v1/accountability/teams/no-such-team', 404],
      ['/api/v1/accountability?cycleId=no-such-cycle', 404],
      ['/api/v1/accountability?horizonId=no-such-horizon', 404],
      [`/api/v1/accountability/teams/${teams.Design.id}?cycleId=no-such-cycle`, 404],
      [`/api/v1/accountability/teams/${teams.Design.id}?pageSize=0`, 400],
      ['/api/v1/accountability?links=0', 400],
      ['/api/v1/accountability?links=many', 400],
      [`/api/v1/accountability/teams/${teams.Design.id}?pageSize=5001`, 400],
      [`/api/v1/accountability/teams/${teams.Design.id}?page=first`, 400],
      [`/api/v1/accountability/teams/${teams.Design.id}?page=0`, 400],
    ];
    for (const [url, status] of cases) {
      const response = await owner.client.get<{ error: { message: string } }>(url);
      expect({ url, status: response.status }).toEqual({ url, status });
      expect(response.body.error.message.length).toBeGreaterThan(0);
    }
  });

  it("shows nothing of another organization's teams or cycles", async () => {
    const stranger = await signUpOwner(t.app, 'map-stranger');
    const theirs = await createTeam(stranger, 'Their team');
    const theirCalendar = await createCalendar(stranger);
    expect((await owner.client.get(`/api/v1/accountability/teams/${theirs.id}`)).status).toBe(404);
    expect((await owner.client.get(`/api/v1/accountability?cycleId=${theirCalendar.year.id}`)).status).toBe(
      404,
    );
    const own = await summaryOf(stranger, '');
    expect(own).toEqual({ promises: 0, units: [], links: [], linksTotal: 0, truncated: false });
    expect((await stranger.client.get(`/api/v1/accountability/teams/${teams.Engineering.id}`)).status).toBe(
      404,
    );
  });
});
