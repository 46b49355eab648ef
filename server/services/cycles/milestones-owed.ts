import type { Role } from '../../../contract/common.js';
import * as planning from '../../store/cycles.js';
import * as people from '../../store/people.js';
import * as teamStore from '../../store/teams.js';
import type { MemberActor } from '../authorization.js';
import { inTransaction, type ServiceContext } from '../context.js';
import { groupBy } from '../group-by.js';
import { notify } from '../notifications.js';
import { cycleMilestones, getPlanningSettings, milestoneCompletions } from './timeline.js';

export interface OwedMilestone {
  cycle: { id: string; name: string };
  key: 'direction' | 'drafts' | 'approval';
  due: string;
  status: 'due-soon' | 'missed';
  team: { id: string; name: string } | null;
}

/** A member as the milestones see them: the role says who owes the approval. */
interface Member {
  personId: string;
  role: Role;
}

/**
 * The planning milestones each of the people owes and has not met, as of `ctx.now()`: leadership
 * owes the direction, each team's leads owe its drafts, owners and admins owe the approval.
 */
export async function milestonesOwed(
  ctx: ServiceContext,
  organizationId: string,
  members: readonly Member[],
): Promise<Map<string, OwedMilestone[]>> {
  const owed = new Map(members.map((member) => [member.personId, [] as OwedMilestone[]]));
  const cycles = (await planning.listCycles(ctx.db, organizationId)).filter((c) => c.state === 'planning');
  if (cycles.length === 0 || members.length === 0) return owed;
  const places = await teamStore.listTeamPlaces(
    ctx.db,
    organizationId,
    members.map((m) => m.personId),
  );
  const placesOf = groupBy(places, (place) => place.personId);
  const settings = await getPlanningSettings(ctx, organizationId);
  for (const cycle of cycles) {
    // Read once per cycle: what was met, then which milestones are near or missed from that.
    const completions = await milestoneCompletions(ctx, organizationId, cycle);
    const milestones = await cycleMilestones(ctx, organizationId, cycle, { settings, completions });
    const teamFirstDraft = await planning.firstDraftOfTeams(ctx.db, organizationId, cycle.id, [
      ...new Set(places.map((place) => place.teamId)),
    ]);
    for (const milestone of milestones) {
      if (milestone.status !== 'due-soon' && milestone.status !== 'missed') continue;
      const base = {
        cycle: { id: cycle.id, name: cycle.name },
        key: milestone.key,
        due: milestone.due,
        status: milestone.status,
      };
      for (const member of members) {
        const into = owed.get(member.personId) ?? [];
        const teams = placesOf.get(member.personId) ?? [];
        const isLeadership = teams.some((team) => team.isLeadership);
        const isManager = member.role === 'owner' || member.role === 'admin';
        if (milestone.key === 'direction' && isLeadership) into.push({ ...base, team: null });
        if (milestone.key === 'approval' && isManager) into.push({ ...base, team: null });
        if (milestone.key === 'drafts') {
          for (const team of teams) {
            if (team.role === 'lead' && !team.isLeadership && !teamFirstDraft.has(team.teamId)) {
              into.push({ ...base, team: { id: team.teamId, name: team.teamName } });
            }
          }
        }
      }
    }
  }
  return owed;
}

/** The planning milestones the signed-in person owes and has not met. */
export async function milestonesOwedBy(ctx: ServiceContext, actor: MemberActor): Promise<OwedMilestone[]> {
  const owed = await milestonesOwed(ctx, actor.organizationId, [
    { personId: actor.personId, role: actor.role },
  ]);
  return owed.get(actor.personId) ?? [];
}

const label = {
  direction: 'the direction document',
  drafts: 'drafts',
  approval: 'approval of the plan',
} as const;

/**
 * Tells every member of the organization of the milestones they owe, near or missed, as of
 * `ctx.now()`. Each reaches each person once per status (the dedupe key), so this may run as often
 * as wanted, on as many servers. Returns how many notifications were new.
 */
export async function notifyMilestonesOwed(ctx: ServiceContext, organizationId: string): Promise<number> {
  return inTransaction(ctx, async (tx) => {
    const members = await people.listMembers(tx.db, tx.dialect, organizationId);
    const owed = await milestonesOwed(
      tx,
      organizationId,
      members.map((member) => ({ personId: member.id, role: member.role })),
    );
    // A cycle planned late starts with some milestones already behind it: those were never missed
    // by anyone, so they are not announced (the timeline still shows them as past).
    const createdOn = new Map(
      (await planning.listCycles(tx.db, organizationId)).map((c) => [c.id, c.created_at.slice(0, 10)]),
    );
    const passedBeforeCreation = (milestone: OwedMilestone) =>
      milestone.status === 'missed' && milestone.due < (createdOn.get(milestone.cycle.id) ?? '');
    let notified = 0;
    for (const [personId, milestones] of owed) {
      for (const milestone of milestones) {
        if (passedBeforeCreation(milestone)) continue;
        const near = milestone.status === 'due-soon';
        notified += await notify(tx, organizationId, [personId], {
          kind: near ? 'milestone-near' : 'milestone-missed',
          title: `${milestone.cycle.name}: ${label[milestone.key]}${milestone.team ? ` of ${milestone.team.name}` : ''} ${near ? 'is due' : 'was due'} ${milestone.due}`,
          cycleId: milestone.cycle.id,
          dedupeKey: `milestone:${milestone.cycle.id}:${milestone.key}:${milestone.team?.id ?? ''}:${milestone.status}`,
        });
      }
    }
    return notified;
  });
}
