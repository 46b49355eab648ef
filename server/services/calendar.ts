import ICAL from 'ical.js';
import type { CalendarFeed, CreatedCalendarFeed } from '../../contract/calendar.js';
import { addDays, type CalendarDate } from '../../core/planning/calendar-date.js';
import { type MilestoneKey, planningMilestones } from '../../core/planning/planning-timeline.js';
import { FINAL_STATUSES } from '../../core/promises/index.js';
import { notFound } from '../errors.js';
import { randomSecret, sha256 } from '../security/secrets.js';
import * as feeds from '../store/calendar-feeds.js';
import * as cycles from '../store/cycles.js';
import * as organizations from '../store/organizations.js';
import * as parties from '../store/parties.js';
import * as people from '../store/people.js';
import * as promises from '../store/promises.js';
import type { CalendarFeedsTable } from '../store/schema.js';
import type { MemberActor } from './authorization.js';
import { inTransaction, iso, type ServiceContext } from './context.js';

/**
 * A person's calendar feed: a secret address (RFC 5545) that calendar applications poll, holding
 * the due dates of the open promises the person is a side of and the planning milestones of the
 * cycles being planned. Its size is bounded by these limits, not by the organization.
 */
export const FEED_PROMISE_LIMIT = 200;
export const FEED_CYCLE_LIMIT = 20;

const present = (row: CalendarFeedsTable | undefined): CalendarFeed => ({
  active: row !== undefined,
  createdAt: row?.created_at ?? null,
  lastReadAt: row?.last_read_at ?? null,
});

export async function describeCalendarFeed(ctx: ServiceContext, actor: MemberActor): Promise<CalendarFeed> {
  return present(await feeds.findLiveCalendarFeed(ctx.db, actor.organizationId, actor.personId));
}

/** Makes the person's address, revoking the one they had: one live address per person. */
export async function createCalendarFeed(
  ctx: ServiceContext,
  actor: MemberActor,
): Promise<CreatedCalendarFeed> {
  const secret = randomSecret();
  const row = await inTransaction(ctx, async (tx) => {
    const now = iso(tx.now());
    await feeds.revokeCalendarFeeds(tx.db, actor.organizationId, actor.personId, now);
    const row: CalendarFeedsTable = {
      organization_id: actor.organizationId,
      id: tx.newId(),
      person_id: actor.personId,
      secret_hash: sha256(secret),
      created_at: now,
      last_read_at: null,
      revoked_at: null,
    };
    await feeds.insertCalendarFeed(tx.db, row);
    return row;
  });
  return { feed: present(row), url: `${ctx.config.publicUrl}/api/v1/calendar/${secret}.ics` };
}

export async function revokeCalendarFeed(ctx: ServiceContext, actor: MemberActor): Promise<void> {
  const revoked = await feeds.revokeCalendarFeeds(
    ctx.db,
    actor.organizationId,
    actor.personId,
    iso(ctx.now()),
  );
  if (!revoked) throw notFound('Your calendar address');
}

const MILESTONE_TITLES: Record<MilestoneKey, string> = {
  direction: 'Direction due',
  drafts: 'Draft promises due',
  approval: 'Plan approval due',
};

/**
 * The iCalendar document of the address `secret` names. An unknown or revoked address, or one whose
 * person has left the organization, is not found: the answer says nothing of whom it was.
 */
export async function renderCalendarFeed(ctx: ServiceContext, secret: string): Promise<string> {
  const feed = await feeds.findCalendarFeedByHash(ctx.db, sha256(secret));
  const organizationId = feed?.organization_id ?? '';
  const member = feed && (await people.findActiveMembership(ctx.db, organizationId, feed.person_id));
  if (!feed || !member) throw notFound('Calendar');

  const teams = await parties.teamsOfPerson(ctx.db, organizationId, feed.person_id);
  const mine = [
    { type: 'person' as const, id: feed.person_id },
    ...teams.map((t) => ({ type: 'team' as const, id: t.team_id })),
  ];
  const [organization, open, planned, settings] = await Promise.all([
    organizations.findOrganization(ctx.db, organizationId),
    promises.listPromises(
      ctx.db,
      organizationId,
      {
        parties: { list: mine, as: 'either' },
        excludeStatuses: FINAL_STATUSES,
        draftVisibleTo: mine,
      },
      { limit: FEED_PROMISE_LIMIT, offset: 0 },
    ),
    cycles.listCyclesInState(ctx.db, organizationId, 'planning', FEED_CYCLE_LIMIT),
    cycles.findPlanningSettings(ctx.db, organizationId),
  ]);
  const now = ctx.now();
  await feeds.markCalendarFeedRead(ctx.db, organizationId, feed.id, iso(now));

  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.updatePropertyWithValue('prodid', '-//Accord//Accord OKR//EN');
  calendar.updatePropertyWithValue('version', '2.0');
  calendar.updatePropertyWithValue('calscale', 'GREGORIAN');
  calendar.updatePropertyWithValue('x-wr-calname', `Accord: ${organization?.name ?? 'promises'}`);
  const stamp = ICAL.Time.fromJSDate(now, true);
  const base = ctx.config.publicUrl;
  const addDay = (event: {
    uid: string;
    day: CalendarDate;
    summary: string;
    description: string;
    url: string;
  }) => {
    const component = new ICAL.Component('vevent');
    component.updatePropertyWithValue('uid', event.uid);
    component.updatePropertyWithValue('dtstamp', stamp);
    component.updatePropertyWithValue('dtstart', ICAL.Time.fromDateString(event.day));
    component.updatePropertyWithValue('dtend', ICAL.Time.fromDateString(addDays(event.day, 1)));
    component.updatePropertyWithValue('summary', event.summary);
    component.updatePropertyWithValue('description', event.description);
    component.updatePropertyWithValue('url', event.url);
    component.updatePropertyWithValue('transp', 'TRANSPARENT');
    calendar.addSubcomponent(component);
  };

  for (const promise of open.rows) {
    const url = `${base}/promises/${promise.id}`;
    addDay({
      uid: `promise-${promise.id}@accord`,
      day: promise.due_date,
      summary: `Due: ${promise.title}`,
      description: `The promise “${promise.title}” is due (${promise.status.replaceAll('-', ' ')}).\n${url}`,
      url,
    });
  }
  for (const cycle of planned) {
    const url = `${base}/planning?cycle=${cycle.id}`;
    const milestones = planningMilestones(cycle.start_date, {
      directionDueWeeksBefore: settings.directionWeeksBefore,
      draftsDueWeeksBefore: settings.draftsWeeksBefore,
    });
    for (const milestone of milestones) {
      addDay({
        uid: `cycle-${cycle.id}-${milestone.key}@accord`,
        day: milestone.due,
        summary: `${MILESTONE_TITLES[milestone.key]}: ${cycle.name}`,
        description: `Planning ${cycle.name} (starts ${cycle.start_date}).\n${url}`,
        url,
      });
    }
  }
  return calendar.toString();
}
