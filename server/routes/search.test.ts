import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PromiseDetail, PromiseList } from '../../contract/promises.js';
import type { SavedView, SavedViews, SearchResults } from '../../contract/search.js';
import type { Team } from '../../contract/teams.js';
import {
  addMember,
  type Calendar,
  createCalendar,
  createTeam,
  openPromise,
  type SignedIn,
  signUpOwner,
} from '../test/factories.js';
import { createTestApp, type TestApp, testEngines, unique } from '../test/harness.js';

describe.each(testEngines())('search on %s', (engine) => {
  let t: TestApp;
  let owner: SignedIn;
  let member: SignedIn;
  let calendar: Calendar;
  // A word of this run only, so that each test finds exactly what it made.
  const word = (label: string) => `${label}${unique('').replace(/[^a-z0-9]/gi, '')}`.toLowerCase();

  beforeAll(async () => {
    t = await createTestApp(engine);
    owner = await signUpOwner(t.app, 'search-owner');
    member = await addMember(t.app, owner, 'member', 'search-member');
    calendar = await createCalendar(owner);
  });
  afterAll(() => t.close());

  const find = async (who: SignedIn, query: string) => {
    const response = await who.client.get<SearchResults>(`/api/v1/search?${query}`);
    expect(response.status).toBe(200);
    return response.body.results;
  };
  const promise = (
    by: SignedIn,
    to: SignedIn,
    terms: { title: string; description?: string; conditions?: string[] },
    open: 'request' | 'draft' = 'request',
  ) =>
    openPromise(by, {
      cycleId: calendar.quarter.id,
      customer: { type: 'person', id: by.personId },
      performers: [{ type: 'person', id: to.personId }],
      title: terms.title,
      description: terms.description ?? '',
      conditions: (terms.conditions ?? []).map((text) => ({ text })),
      dueDate: calendar.quarter.endDate,
      ...(open === 'draft' ? { open, draftedBy: 'customer' as const } : { open }),
    });

  it('ranks a match in the title above one in the concern, and finds a condition', async () => {
    const topic = word('checkout');
    const inBody = await promise(owner, member, {
      title: 'Make paying painless',
      description: `Nobody should wait at the ${topic} page.`,
    });
    const inTitle = await promise(owner, member, { title: `A faster ${topic}` });
    const inCondition = await promise(owner, member, {
      title: 'Answer quickly',
      conditions: [`The ${topic} answers within 300 ms`],
    });

    const results = await find(member, `q=${topic}`);
    expect(results.map((r) => r.id)).toEqual([inTitle.id, expect.any(String), expect.any(String)]);
    expect(results.map((r) => r.id).sort()).toEqual([inBody.id, inTitle.id, inCondition.id].sort());
    expect(results[0]).toMatchObject({ kind: 'promise', title: `A faster ${topic}`, status: 'requested' });
    expect(results[0]!.score).toBeGreaterThan(results[1]!.score);
    const condition = results.find((r) => r.id === inCondition.id);
    expect(condition?.snippet).toContain('answers within 300 ms');
  });

  it('matches the last word as a prefix, and every word', async () => {
    const topic = word('onboarding');
    const made = await promise(owner, member, { title: `Promises kept for ${topic} guides` });
    expect((await find(owner, `q=${encodeURIComponent(`${topic} promi`)}`)).map((r) => r.id)).toEqual([
      made.id,
    ]);
    expect((await find(owner, `q=${topic.slice(0, -3)}`)).map((r) => r.id)).toEqual([made.id]);
    expect(await find(owner, `q=${encodeURIComponent(`${topic} elsewhere`)}`)).toEqual([]);
  });

  it('follows a promise as its terms change', async () => {
    const before = word('draftname');
    const after = word('renamed');
    const draft = await promise(owner, member, { title: `Plan ${before}` }, 'draft');
    const revised = await owner.client.patch<PromiseDetail>(`/api/v1/promises/${draft.id}`, {
      version: draft.version,
      title: `Plan ${after}`,
    });
    expect(revised.status).toBe(200);
    expect(await find(owner, `q=${before}`)).toEqual([]);
    expect((await find(owner, `q=${after}`)).map((r) => r.id)).toEqual([draft.id]);
  });

  it('finds a private draft for its drafting side only, and a discarded one for nobody', async () => {
    const secret = word('secretplan');
    const draft = await promise(member, owner, { title: `The ${secret}` }, 'draft');
    expect((await find(member, `q=${secret}`)).map((r) => [r.id, r.status])).toEqual([[draft.id, 'draft']]);
    // The owner, its performer-to-be and an owner of the organization, does not see it until it is opened.
    expect(await find(owner, `q=${secret}`)).toEqual([]);

    const discarded = await member.client.post(`/api/v1/promises/${draft.id}/moves`, {
      act: 'discard',
      version: draft.version,
    });
    expect(discarded.status).toBe(201);
    expect(await find(member, `q=${secret}`)).toEqual([]);
  });

  it("never finds another organization's promises, people or teams", async () => {
    const other = await signUpOwner(t.app, 'search-other');
    const otherMember = await addMember(t.app, other, 'member', 'search-other-member');
    const topic = word('tenant');
    const otherCalendar = await createCalendar(other);
    await openPromise(other, {
      cycleId: otherCalendar.quarter.id,
      customer: { type: 'person', id: other.personId },
      performers: [{ type: 'person', id: otherMember.personId }],
      title: `Their ${topic}`,
      dueDate: otherCalendar.quarter.endDate,
      open: 'request',
    });
    await createTeam(other, `Team ${topic}`);
    expect(await find(owner, `q=${topic}`)).toEqual([]);
    expect(await find(owner, `q=${encodeURIComponent(otherMember.email)}`)).toEqual([]);
    expect((await find(other, `q=${topic}`)).map((r) => r.kind).sort()).toEqual(['promise', 'team']);
  });

  it('finds people by name or email and teams by name, marking who left and what is archived', async () => {
    const leaver = await addMember(t.app, owner, 'member', word('leaver'));
    const byEmail = await find(owner, `q=${encodeURIComponent(leaver.email)}&kind=person`);
    expect(byEmail).toEqual([
      expect.objectContaining({
        kind: 'person',
        id: leaver.personId,
        snippet: leaver.email,
        isRemoved: false,
      }),
    ]);
    expect((await owner.client.delete(`/api/v1/members/${leaver.personId}`)).status).toBe(204);
    const byName = await find(owner, `q=${encodeURIComponent(leaver.me.person.name)}`);
    expect(byName).toEqual([expect.objectContaining({ id: leaver.personId, isRemoved: true })]);

    const name = word('squad');
    const team = await createTeam(owner, `The ${name}`);
    expect(await find(member, `q=${name}&kind=team`)).toEqual([
      expect.objectContaining({ kind: 'team', id: team.id, isArchived: false }),
    ]);
    expect((await owner.client.delete<Team>(`/api/v1/teams/${team.id}`)).status).toBe(200);
    expect(await find(member, `q=${name}`)).toEqual([
      expect.objectContaining({ id: team.id, isArchived: true }),
    ]);
    expect(await find(member, `q=${name}&kind=promise`)).toEqual([]);
  });

  it('reads hostile text as words and refuses what is out of bounds', async () => {
    for (const text of ['"*) OR (NEAR', "' & !:* |", 'title:x AND -y', '\\', '***', '%_']) {
      const response = await member.client.get<SearchResults>(`/api/v1/search?q=${encodeURIComponent(text)}`);
      expect(response.status).toBe(200);
    }
    for (const query of [
      'q=',
      'q=%00',
      `q=${'a'.repeat(201)}`,
      'q=x&limit=0',
      'q=x&limit=51',
      'q=x&kind=cycle',
      'limit=5',
    ]) {
      const response = await member.client.get(`/api/v1/search?${query}`);
      expect(response.status).toBe(400);
    }
  });

  it('filters the promise list by text and sorts it by a column, either way', async () => {
    const topic = word('billing');
    for (const title of ['Bravo', 'Alpha', 'Charlie'])
      await promise(owner, member, { title: `${title} ${topic}` });
    await promise(owner, member, { title: 'Alpha elsewhere' });
    const titles = async (query: string) =>
      (await member.client.get<PromiseList>(`/api/v1/promises?q=${topic}&${query}`)).body.promises.map((p) =>
        p.title.replace(` ${topic}`, ''),
      );
    expect(await titles('sort=title')).toEqual(['Alpha', 'Bravo', 'Charlie']);
    expect(await titles('sort=title&order=desc')).toEqual(['Charlie', 'Bravo', 'Alpha']);
    expect(await titles('sort=status&mine=true')).toHaveLength(3);
    expect((await member.client.get(`/api/v1/promises?sort=score`)).status).toBe(400);
    expect((await member.client.get(`/api/v1/promises?q=${'x'.repeat(201)}`)).status).toBe(400);
  });

  it('keeps saved views per person, replaces one of the same name and deletes it', async () => {
    const saved = await member.client.post<SavedView>('/api/v1/views', {
      name: 'My open asks',
      query: { status: 'requested', mine: 'true', sort: 'title' },
    });
    expect(saved.status).toBe(201);
    const again = await member.client.post<SavedView>('/api/v1/views', {
      name: 'My open asks',
      query: { status: 'promised' },
    });
    expect(again.body).toMatchObject({ id: saved.body.id, query: { status: 'promised' } });
    expect((await member.client.get<SavedViews>('/api/v1/views')).body.views).toEqual([again.body]);
    expect((await owner.client.get<SavedViews>('/api/v1/views')).body.views).toEqual([]);

    expect((await owner.client.delete(`/api/v1/views/${saved.body.id}`)).status).toBe(404);
    expect((await member.client.post('/api/v1/views', { name: 'x', query: { nope: '1' } })).status).toBe(400);
    expect((await member.client.post('/api/v1/views', { name: ' ', query: {} })).status).toBe(400);
    expect((await member.client.delete(`/api/v1/views/${saved.body.id}`)).status).toBe(204);
    expect((await member.client.get<SavedViews>('/api/v1/views')).body.views).toEqual([]);
  });
});
