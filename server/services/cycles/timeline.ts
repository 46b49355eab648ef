import type { Milestone } from '../../../contract/cycles.js';
import type { PromiseSummary } from '../../../contract/promises.js';
import {
  calendarDateOfInstant,
  milestoneStatus,
  moveCycle,
  planningMilestones,
  validatePlanningOffsets,
} from '../../../core/planning/index.js';
import { isStillSettling } from '../../../core/promises/index.js';
import { AppError, conflict } from '../../errors.js';
import type { PlanningSettings } from '../../store/cycles.js';
import * as cyclesStore from '../../store/cycles.js';
import * as directionStore from '../../store/direction.js';
import type { Page } from '../../store/pages.js';
import * as promises from '../../store/promises.js';
import type { CyclesTable } from '../../store/schema.js';
import type { MemberActor } from '../authorization.js';
import { inTransaction, iso, type ServiceContext } from '../context.js';
import { enforce } from '../policies.js';
import { loadPresenter } from '../promises/present.js';
import { loadRecords } from '../promises/records.js';
import { recordEvent } from '../webhooks/events.js';
import { getCycle } from './cycles.js';

export type { PlanningSettings };

export async function getPlanningSettings(
  ctx: ServiceContext,
  organizationId: string,
): Promise<PlanningSettings> {
  return cyclesStore.findPlanningSettings(ctx.db, organizationId);
}

export async function updatePlanningSettings(
  ctx: ServiceContext,
  actor: MemberActor,
  input: PlanningSettings,
) {
  enforce('organization', 'editPlanningSettings', { role: actor.role });
  const refusals = validatePlanningOffsets({
    directionDueWeeksBefore: input.directionWeeksBefore,
    draftsDueWeeksBefore: input.draftsWeeksBefore,
    approvalAtStart: true,
  });
  if (refusals.length > 0)
    throw new AppError('validation_failed', refusals.map((r) => r.message).join(' '), {
      kind: 'planning-timeline-refused',
      refusals,
    });
  await cyclesStore.savePlanningSettings(ctx.db, actor.organizationId, input);
  return getPlanningSettings(ctx, actor.organizationId);
}

/**
 * When each milestone of a cycle was met: the first published direction, every team drafting, the
 * approval. Whether one team has drafted is `cyclesStore.firstDraftOfTeams` (for the teams shown).
 */
export async function milestoneCompletions(ctx: ServiceContext, organizationId: string, cycle: CyclesTable) {
  const [versions, events, drafted] = await Promise.all([
    directionStore.listDirectionVersions(ctx.db, organizationId, [cycle.id]),
    cyclesStore.listCycleEvents(ctx.db, organizationId, cycle.id),
    // Leadership writes the direction; every other team owes drafts.
    cyclesStore.allTeamsDraftedAt(ctx.db, organizationId, cycle.id),
  ]);
  const published = versions.at(-1)?.published_at ?? null;
  const approved = events.find((e) => e.from_state === 'planning' && e.to_state === 'active')?.at ?? null;
  return { direction: published, drafts: drafted, approval: approved };
}

/** The completions as they stood at `at`: one met later was not met yet. */
export function completionsAsOf(
  completions: Awaited<ReturnType<typeof milestoneCompletions>>,
  at: string,
): Awaited<ReturnType<typeof milestoneCompletions>> {
  // Every team had drafted by `at` exactly when the last of them had: the drafts' instant is that last.
  const by = (instant: string | null) => (instant !== null && instant <= at ? instant : null);
  return {
    direction: by(completions.direction),
    drafts: by(completions.drafts),
    approval: by(completions.approval),
  };
}

/**
 * The planning milestones of a cycle and their status as of `ctx.now()` (or `known.at`, with the
 * completions as they stood then). A caller that has the organization's settings or the cycle's
 * completions already passes them, so they are read once.
 */
export async function cycleMilestones(
  ctx: ServiceContext,
  organizationId: string,
  cycle: CyclesTable,
  known: {
    settings?: PlanningSettings;
    completions?: Awaited<ReturnType<typeof milestoneCompletions>>;
    at?: string | undefined;
  } = {},
): Promise<Milestone[]> {
  const settings = known.settings ?? (await getPlanningSettings(ctx, organizationId));
  const completions = known.completions ?? (await milestoneCompletions(ctx, organizationId, cycle));
  const today = calendarDateOfInstant(known.at === undefined ? ctx.now() : new Date(known.at));
  return planningMilestones(cycle.start_date, {
    directionDueWeeksBefore: settings.directionWeeksBefore,
    draftsDueWeeksBefore: settings.draftsWeeksBefore,
  }).map((milestone) => {
    const completedAt = completions[milestone.key];
    return {
      key: milestone.key,
      due: milestone.due,
      completedAt,
      status: milestoneStatus(milestone, {
        now: today,
        completedAt: completedAt ? calendarDateOfInstant(new Date(completedAt)) : null,
      }),
    };
  });
}

/** A cycle's milestones, and a page of the record of its moves, newest first. */
export async function getTimeline(ctx: ServiceContext, actor: MemberActor, cycleId: string, page: Page) {
  const cycle = await getCycle(ctx, actor.organizationId, cycleId);
  const { rows: events, total } = await cyclesStore.pageCycleEvents(
    ctx.db,
    actor.organizationId,
    cycleId,
    page,
  );
  return {
    cycleId,
    state: cycle.state,
    milestones: await cycleMilestones(ctx, actor.organizationId, cycle),
    total,
    ...page,
    events: events.map((e) => ({
      id: e.id,
      from: e.from_state as CyclesTable['state'],
      to: e.to_state as CyclesTable['state'],
      person: { id: e.person_id, name: e.person_name },
      at: e.at,
      unsettled: ctx.dialect.parseJson<Array<{ id: string; title: string; status: string }>>(e.unsettled),
    })),
  };
}

/**
 * Owners and admins move a cycle planning → active → reviewing → closed. Moving to active approves
 * the plan as a whole; what is still in Q1 Listen or Q2 Negotiate is listed with the move, not dropped.
 */
export async function moveCycleState(
  ctx: ServiceContext,
  actor: MemberActor,
  cycleId: string,
  to: CyclesTable['state'],
): Promise<{ state: CyclesTable['state']; unsettled: PromiseSummary[] }> {
  return inTransaction(ctx, async (tx) => {
    const cycle = await getCycle(tx, actor.organizationId, cycleId);
    enforce('cycle', 'move', { role: actor.role, state: cycle.state });
    const moved = moveCycle(cycle.state, to);
    if (!moved.ok)
      throw conflict(moved.refusal.message, {
        kind: 'cycle-move-refused',
        refusal: moved.refusal.code,
      });
    let unsettled: PromiseSummary[] = [];
    if (cycle.state === 'planning' && to === 'active') {
      const cycles = await cyclesStore.listCycles(tx.db, actor.organizationId);
      const ids = [cycleId, ...cycles.filter((c) => c.parent_id === cycleId).map((c) => c.id)];
      const rows = await promises.listPromisesInCycles(tx.db, actor.organizationId, ids, 'all');
      const records = (await loadRecords(tx, actor.organizationId, rows)).filter((r) =>
        isStillSettling(r.state),
      );
      const presenter = await loadPresenter(tx, actor.organizationId, records);
      unsettled = records.map(presenter.summary);
    }
    if (!(await cyclesStore.setCycleState(tx.db, actor.organizationId, cycleId, cycle.state, to))) {
      throw conflict('Someone moved this cycle at the same moment; reload it');
    }
    await cyclesStore.insertCycleEvent(tx.db, {
      organization_id: actor.organizationId,
      id: tx.newId(),
      cycle_id: cycleId,
      from_state: cycle.state,
      to_state: to,
      person_id: actor.personId,
      at: iso(tx.now()),
      unsettled: JSON.stringify(unsettled.map((u) => ({ id: u.id, title: u.title, status: u.status }))),
    });
    await recordEvent(tx, actor.organizationId, 'cycle.transitioned', {
      cycle: { id: cycleId, name: cycle.name, from: cycle.state, to },
      byPersonId: actor.personId,
    });
    return { state: to, unsettled };
  });
}
