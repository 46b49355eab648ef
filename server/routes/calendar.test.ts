import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalendarFeed, CreatedCalendarFeed } from '../../contract/calendar.js';
import {
  type Calendar,
  createCalendar,
  createOrganization,
  promiseIn,
  type SignedIn,
} from '../test/factories.js';
import { Client, createTestApp, type TestApp, testEngines } from '../test/harness.js';

interface FeedEvent {
  uid: string;
  summary: string;
  start: string;
  end: string;
  url: string;
}

/** The events of an iCalendar document, as a calendar application parsing it would see them. */
function eventsOf(text: string): FeedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.name).toBe('vcalendar');
  expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    expect(event.startDate.isDate).toBe(true);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      url: String(component.getFirstPropertyValue('url')),
    };
  });
}

/** The path of a feed's address, as the server is reached in tests. */
const pathOf = (url: string) => new URL(url).pathname;

describe.each(testEngines())('calendar feeds on %s', (engine) => {
  let t: TestApp;
  let owner: SignedIn;
  let people: Record<'cto' | 'dev' | 'outsider', SignedIn>;
  let calendar: Calendar;
  let shipId: string;
  let teamPromiseId: string;

  beforeAll(async () => {
    t = await createTestApp(engine);
    let teams: Record<'Engineering', { id: string }>;
    ({ owner, people, teams } = await createOrganization(t.app, {
      people: { cto: 'member', dev: 'member', outsider: 'member' },
      teams: { Engineering: { leads: ['cto'], members: ['dev'] } },
    }));
    calendar = await createCalendar(owner);
    const ship = await promiseIn('promised', {
      customer: people.cto,
      performer: people.dev,
      cycle: calendar.quarter,
      body: { title: 'Ship the onboarding flow', dueDate: '2027-03-15' },
    });
    shipId = ship.id;
    // The dev is on the team that performs this one: it is theirs through the team.
    const teamPromise = await promiseIn('requested', {
      customer: owner,
      performer: people.cto,
      cycle: calendar.year,
      body: { title: 'Hire four engineers', performers: [{ type: 'team', id: teams.Engineering.id }] },
    });
    teamPromiseId = teamPromise.id;
    // Neither a private draft of someone else nor a finished promise is in the dev's calendar.
    await promiseIn('draft', {
      customer: owner,
      performer: people.outsider,
      cycle: calendar.quarter,
      body: { title: 'A private idea', performers: [{ type: 'person', id: people.dev.personId }] },
    });
    await promiseIn('declined', {
      customer: people.cto,
      performer: people.dev,
      cycle: calendar.quarter,
      body: { title: 'Declined work' },
    });
  });
  afterAll(() => t.close());

  it('serves the due dates of my open promises and the planning milestones as iCalendar', async () => {
    const dev = people.dev;
    expect((await dev.client.get<CalendarFeed>('/api/v1/me/calendar-feed')).body).toEqual({
      active: false,
      createdAt: null,
      lastReadAt: null,
    });
    const created = await dev.client.post<CreatedCalendarFeed>('/api/v1/me/calendar-feed');
    expect(created.status).toBe(201);
    expect(created.body.url).toMatch(/\/api\/v1\/calendar\/[A-Za-z0-9_-]+\.ics$/);

    // Read without signing in, as a calendar application does.
    const app = new Client(t.app);
    const feed = await app.get<string>(pathOf(created.body.url));
    expect(feed.status).toBe(200);
    expect(String(feed.headers['content-type'])).toBe('text/calendar; charset=utf-8');
    expect(feed.body).toContain('\r\n');

    const events = eventsOf(feed.body);
    const promiseEvents = events.filter((e) => e.uid.startsWith('promise-'));
    expect(promiseEvents.map((e) => e.summary).sort()).toEqual([
      'Due: Hire four engineers',
      'Due: Ship the onboarding flow',
    ]);
    const ship = promiseEvents.find((e) => e.uid === `promise-${shipId}@accord`);
    expect(ship).toMatchObject({ start: '2027-03-15', end: '2027-03-16' });
    expect(ship?.url).toMatch(new RegExp(`/promises/${shipId}$`));
    expect(promiseEvents.some((e) => e.uid === `promise-${teamPromiseId}@accord`)).toBe(true);

    // Both cycles are being planned: each has its three milestones, four and two weeks before and at the start.
    const quarterMilestones = events
      .filter((e) => e.uid.startsWith(`cycle-${calendar.quarter.id}-`))
      .map((e) => [e.summary, e.start]);
    expect(quarterMilestones).toEqual([
      [`Direction due: ${calendar.quarter.name}`, '2026-12-04'],
      [`Draft promises due: ${calendar.quarter.name}`, '2026-12-18'],
      [`Plan approval due: ${calendar.quarter.name}`, '2027-01-01'],
    ]);
    expect(events.filter((e) => e.uid.startsWith(`cycle-${calendar.year.id}-`))).toHaveLength(3);

    const described = await dev.client.get<CalendarFeed>('/api/v1/me/calendar-feed');
    expect(described.body).toMatchObject({ active: true, createdAt: created.body.feed.createdAt });
    expect(described.body.lastReadAt).not.toBeNull();
  });

  it('keeps only a hash of the address, and a new address replaces the old one', async () => {
    const cto = people.cto;
    const first = await cto.client.post<CreatedCalendarFeed>('/api/v1/me/calendar-feed');
    const secret = pathOf(first.body.url).split('/').pop()!.replace('.ics', '');
    const rows = await t.handle.db
      .selectFrom('calendar_feeds')
      .selectAll()
      .where('person_id', '=', cto.personId)
      .execute();
    expect(JSON.stringify(rows)).not.toContain(secret);

    const second = await cto.client.post<CreatedCalendarFeed>('/api/v1/me/calendar-feed');
    const app = new Client(t.app);
    expect((await app.get(pathOf(first.body.url))).status).toBe(404);
    expect((await app.get(pathOf(second.body.url))).status).toBe(200);
    // Without the .ics, too: some applications drop it.
    expect((await app.get(pathOf(second.body.url).replace('.ics', ''))).status).toBe(200);
  });

  it('refuses a revoked address, an unknown one and a malformed one', async () => {
    const outsider = people.outsider;
    expect((await outsider.client.delete('/api/v1/me/calendar-feed')).status).toBe(404);
    const created = await outsider.client.post<CreatedCalendarFeed>('/api/v1/me/calendar-feed');
    expect((await outsider.client.delete('/api/v1/me/calendar-feed')).status).toBe(204);
    const app = new Client(t.app);
    const revoked = await app.get<{ error: { code: string } }>(pathOf(created.body.url));
    expect(revoked.status).toBe(404);
    expect(revoked.body.error.code).toBe('not_found');
    expect((await outsider.client.get<CalendarFeed>('/api/v1/me/calendar-feed')).body.active).toBe(false);

    expect((await app.get(`/api/v1/calendar/${'A'.repeat(43)}.ics`)).status).toBe(404);
    const malformed = await app.get<{ error: { code: string } }>('/api/v1/calendar/not%20a%20secret');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('validation_failed');
  });

  it('stops serving the address of a person who left the organization', async () => {
    const leaving = await createOrganization(t.app, { people: { leaver: 'member' } });
    const created = await leaving.people.leaver.client.post<CreatedCalendarFeed>('/api/v1/me/calendar-feed');
    const app = new Client(t.app);
    expect((await app.get(pathOf(created.body.url))).status).toBe(200);
    expect(
      (await leaving.owner.client.delete(`/api/v1/members/${leaving.people.leaver.personId}`)).status,
    ).toBe(204);
    expect((await app.get(pathOf(created.body.url))).status).toBe(404);
  });

  it('is for members only to manage', async () => {
    const anonymous = new Client(t.app);
    expect((await anonymous.post('/api/v1/me/calendar-feed')).status).toBe(401);
    expect((await anonymous.get('/api/v1/me/calendar-feed')).status).toBe(401);
  });
});
