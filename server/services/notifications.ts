import type { Notification } from '../../contract/notifications.js';
import type { Party } from '../../contract/parties.js';
import { notFound } from '../errors.js';
import * as planning from '../store/cycles.js';
import * as notificationStore from '../store/notifications.js';
import * as teamStore from '../store/teams.js';
import type { MemberActor } from './authorization.js';
import { iso, type ServiceContext } from './context.js';
import { cycleMilestones, milestoneCompletions } from './cycles/timeline.js';
import type { PromiseRecord } from './promises/records.js';

type Kind = Notification['kind'];

/**
 * One stream of events that await someone: the in-app bell now, email and chat later. Each event
 * reaches each person once (the dedupe key), however often or on however many servers it is noticed.
 */
export async function notify(
  ctx: ServiceContext,
  organizationId: string,
  personIds: readonly string[],
  event: { kind: Kind; title: string; promiseId?: string; cycleId?: string; dedupeKey: string },
): Promise<void> {
  const at = iso(ctx.now());
  await notificationStore.insertNotifications(
    ctx.db,
    [...new Set(personIds)].map((personId) => ({
      organization_id: organizationId,
      id: ctx.newId(),
      person_id: personId,
      kind: event.kind,
      title: event.title,
      promise_id: event.promiseId ?? null,
      cycle_id: event.cycleId ?? null,
      dedupe_key: event.dedupeKey,
      at,
      read_at: null,
    })),
  );
}

/** The people a party speaks through: the person, or a team's leads (or all its members). */
export async function peopleOfParty(
  ctx: ServiceContext,
  organizationId: string,
  party: Party,
  who: 'leads' | 'members',
): Promise<string[]> {
  if (party.type === 'person') return [party.id];
  return teamStore.listTeamPeople(ctx.db, organizationId, party.id, who);
}

export async function peopleOfSides(
  ctx: ServiceContext,
  record: PromiseRecord,
  sides: ReadonlyArray<'customer' | 'performer'> = ['customer', 'performer'],
): Promise<string[]> {
  const parties = [
    ...(sides.includes('customer') ? [record.customer] : []),
    ...(sides.includes('performer') ? record.performers : []),
  ];
  const people = await Promise.all(
    parties.map((p) => peopleOfParty(ctx, record.row.organization_id, p, 'leads')),
  );
  return [...new Set(people.flat())];
}

export interface OwedMilestone {
  cycle: { id: string; name: string };
  key: 'direction' | 'drafts' | 'approval';
  due: string;
  status: 'due-soon' | 'missed';
  team: { id: string; name: string } | null;
}

/**
 * The planning milestones a person owes and has not met: leadership owes the direction, each team's
 * leads owe its drafts, owners and admins owe the approval.
 */
export async function milestonesOwedBy(ctx: ServiceContext, actor: MemberActor): Promise<OwedMilestone[]> {
  const cycles = (await planning.listCycles(ctx.db, actor.organizationId)).filter(
    (c) => c.state === 'planning',
  );
  if (cycles.length === 0) return [];
  const teams = await teamStore.listTeamPlaces(ctx.db, actor.organizationId, [actor.personId]);
  const isLeadership = teams.some((t) => t.isLeadership);
  const isManager = actor.role === 'owner' || actor.role === 'admin';
  const owed: OwedMilestone[] = [];
  for (const cycle of cycles) {
    const milestones = await cycleMilestones(ctx, actor.organizationId, cycle);
    const { teamFirstDraft } = await milestoneCompletions(ctx, actor.organizationId, cycle);
    for (const milestone of milestones) {
      if (milestone.status !== 'due-soon' && milestone.status !== 'missed') continue;
      const base = {
        cycle: { id: cycle.id, name: cycle.name },
        key: milestone.key,
        due: milestone.due,
        status: milestone.status,
      };
      if (milestone.key === 'direction' && isLeadership) owed.push({ ...base, team: null });
      if (milestone.key === 'approval' && isManager) owed.push({ ...base, team: null });
      if (milestone.key === 'drafts') {
        for (const team of teams) {
          if (team.role === 'lead' && !team.isLeadership && !teamFirstDraft.has(team.teamId)) {
            owed.push({ ...base, team: { id: team.teamId, name: team.teamName } });
          }
        }
      }
    }
  }
  return owed;
}

const label = {
  direction: 'the direction document',
  drafts: 'drafts',
  approval: 'approval of the plan',
} as const;

export async function listNotifications(ctx: ServiceContext, actor: MemberActor) {
  // Milestones are noticed when someone looks: idempotent, so every instance may do it.
  for (const milestone of await milestonesOwedBy(ctx, actor)) {
    const near = milestone.status === 'due-soon';
    await notify(ctx, actor.organizationId, [actor.personId], {
      kind: near ? 'milestone-near' : 'milestone-missed',
      title: `${milestone.cycle.name}: ${label[milestone.key]}${milestone.team ? ` of ${milestone.team.name}` : ''} ${near ? 'is due' : 'was due'} ${milestone.due}`,
      cycleId: milestone.cycle.id,
      dedupeKey: `milestone:${milestone.cycle.id}:${milestone.key}:${milestone.team?.id ?? ''}:${milestone.status}`,
    });
  }
  const [rows, unread] = await Promise.all([
    notificationStore.listNotifications(ctx.db, actor.organizationId, actor.personId, 100),
    notificationStore.countUnread(ctx.db, actor.organizationId, actor.personId),
  ]);
  return {
    notifications: rows.map((row) => ({
      id: row.id,
      kind: row.kind as Kind,
      title: row.title,
      promiseId: row.promise_id,
      cycleId: row.cycle_id,
      at: row.at,
      readAt: row.read_at,
    })),
    unread,
  };
}

export async function markNotificationRead(ctx: ServiceContext, actor: MemberActor, id: string) {
  const row = await notificationStore.findNotification(ctx.db, actor.organizationId, actor.personId, id);
  if (!row) throw notFound('Notification');
  await notificationStore.markRead(ctx.db, actor.organizationId, actor.personId, iso(ctx.now()), id);
  return listNotifications(ctx, actor);
}

export async function markAllNotificationsRead(ctx: ServiceContext, actor: MemberActor) {
  await notificationStore.markRead(ctx.db, actor.organizationId, actor.personId, iso(ctx.now()));
  return listNotifications(ctx, actor);
}
