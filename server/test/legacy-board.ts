/**
 * The planning board as it was before issue 9 paged it by team (production code of commit 14a8d70),
 * frozen here (test code only) so that board-demo-answers.test.ts can prove the paged board answers
 * as this one did on the demo organization. It loads every promise of the cycle and every dependency
 * of the organization; nothing in production imports it.
 */
import type { PlanningBoard } from '../../contract/planning-board.js';
import {
  awaitsPerformerAnswer,
  type BoardColumn,
  boardColumnOf,
  capacityStanding,
  findDeclinedDependencies,
  findDependencyLoops,
  findUnacknowledgedDependencies,
  lateFor,
  roundTripOf,
} from '../../core/planning/index.js';
import { isUnsettled } from '../../core/promises/index.js';
import { dependencyAsOf } from '../services/alignment.js';
import type { MemberActor } from '../services/authorization.js';
import { capacityView } from '../services/capacity.js';
import type { ServiceContext } from '../services/context.js';
import { getCycle } from '../services/cycles/cycles.js';
import { cycleMilestones } from '../services/cycles/timeline.js';
import { loadViewer, type Viewer } from '../services/parties.js';
import { asOfInstant, recordsAsOf } from '../services/promises/as-of.js';
import { loadPresenter } from '../services/promises/present.js';
import { loadRecords, type PromiseRecord } from '../services/promises/records.js';
import { viewerParties, visibleIds } from '../services/promises/visibility.js';
import * as links from '../store/alignment.js';
import * as capacityStore from '../store/capacity.js';
import * as cycleStore from '../store/cycles.js';
import * as directionStore from '../store/direction.js';
import * as draftReviews from '../store/draft-reviews.js';
import * as promises from '../store/promises.js';
import type { CyclesTable } from '../store/schema.js';
import * as teamStore from '../store/teams.js';

/**
 * The plan as it settles: each team's drafts, proposals and agreements against the milestones,
 * who is late, what is unreviewed or unanswered, load against capacity, and the contradictions.
 */
export async function legacyGetBoard(
  ctx: ServiceContext,
  actor: MemberActor,
  cycleId: string,
  asOf?: string,
) {
  const at = asOf === undefined ? undefined : asOfInstant(asOf, ctx.now());
  const cycle = await getCycle(ctx, actor.organizationId, cycleId);
  const viewer = await loadViewer(ctx, actor);
  const completedNow = await legacyMilestoneCompletions(ctx, actor.organizationId, cycle);
  const completions = at === undefined ? completedNow : legacyCompletionsAsOf(completedNow, at);
  const [milestones, published, capacities, teams] = await Promise.all([
    cycleMilestones(ctx, actor.organizationId, cycle, { completions, at }),
    directionStore.listDirectionVersions(ctx.db, actor.organizationId, [cycleId]),
    capacityStore.listCapacities(ctx.db, actor.organizationId, cycleId),
    teamStore.listTeams(ctx.db, actor.organizationId, 'false'),
  ]);
  const state = at === undefined ? cycle.state : await cycleStateAt(ctx, actor.organizationId, cycleId, at);
  const versions = at === undefined ? published : published.filter((v) => v.published_at <= at);
  const rows = await promises.listPromisesInCycles(
    ctx.db,
    actor.organizationId,
    [cycleId],
    // As of a past moment, drafts are judged by who could see them then, below.
    at === undefined ? viewerParties(viewer) : 'all',
  );
  const records = await boardRecords(ctx, viewer, await loadRecords(ctx, actor.organizationId, rows), at);
  const ids = records.map((r) => r.row.id);
  const [presenter, requestsNow, questionsNow, dependenciesNow] = await Promise.all([
    loadPresenter(ctx, actor.organizationId, records, at),
    draftReviews.listReviewRequests(ctx.db, actor.organizationId, ids),
    draftReviews.listQuestions(ctx.db, actor.organizationId, ids),
    links.listDependencies(ctx.db, actor.organizationId, { at }),
  ]);
  // As of `at`, a review asked later did not exist then and one done later was not done yet; the same
  // for questions and their resolution, and for dependencies and their answer.
  const requests =
    at === undefined
      ? requestsNow
      : requestsNow
          .filter((q) => q.requested_at <= at)
          .map((q) => (q.reviewed_at !== null && q.reviewed_at > at ? { ...q, reviewed_at: null } : q));
  const questions =
    at === undefined
      ? questionsNow
      : questionsNow
          .filter((q) => q.asked_at <= at)
          .map((q) => (q.resolved_at !== null && q.resolved_at > at ? { ...q, resolved_at: null } : q));
  const dependencies = at === undefined ? dependenciesNow : dependenciesNow.map((d) => dependencyAsOf(d, at));
  const boardTeams = teams.map((team) => {
    const performs = records.filter((r) => r.performers.some((p) => p.type === 'team' && p.id === team.id));
    const involved = records.filter(
      (r) => performs.includes(r) || (r.customer.type === 'team' && r.customer.id === team.id),
    );
    const column = (name: BoardColumn) =>
      involved.filter((r) => boardColumnOf(r.state.status) === name).map(presenter.summary);
    const late = lateFor(
      { isLeadership: team.is_leadership === 1, hasDrafted: completions.teamFirstDraft.has(team.id) },
      milestones,
    );
    const view = capacityView(
      capacities.find((c) => c.team_id === team.id),
      performs,
    );
    return {
      team: { id: team.id, name: team.name, isLeadership: team.is_leadership === 1 },
      drafts: column('drafts'),
      proposed: column('proposed'),
      agreed: column('agreed'),
      declined: column('declined'),
      unreviewed: involved
        .filter((r) => isUnsettled(r.state.status))
        .filter(
          (r) =>
            !roundTripOf(
              requests
                .filter((q) => q.promise_id === r.row.id)
                .map((q) => ({ role: q.role, reviewedAt: q.reviewed_at })),
              questions.filter((q) => q.promise_id === r.row.id).map((q) => ({ resolvedAt: q.resolved_at })),
            ).isComplete,
        )
        .map((r) => r.row.id),
      unanswered: performs.filter((r) => awaitsPerformerAnswer(r.state)).map((r) => r.row.id),
      isLate: late.length > 0,
      lateFor: late,
      capacity: view.capacity,
      load: view.load,
    };
  });

  const inCycle = new Set(ids);
  const facts = dependencies
    .filter((d) => inCycle.has(d.promise_id))
    .map((d) => ({
      id: d.id,
      from: d.promise_id,
      to: d.supplier_promise_id,
      supplierTeamId: d.supplier_team_id,
      state: d.state,
    }));
  const labels = {
    promise: (id: string) => records.find((r) => r.row.id === id)?.state.terms.title ?? 'a promise',
    team: (id: string) => teams.find((t) => t.id === id)?.name ?? 'a team',
    cycle: () => cycle.name,
  };
  const findings = [
    ...boardTeams
      .filter((t) => capacityStanding(t.capacity, t.load).isOverCapacity)
      .map((t) => ({
        code: 'team-over-capacity',
        severity: 'problem' as const,
        message: `${t.team.name} has accepted ${t.load.accepted} against a capacity of ${t.capacity!.amount} ${t.capacity!.unit}`,
      })),
    ...findUnacknowledgedDependencies(facts, { labels }),
    ...findDeclinedDependencies(facts, { labels }),
    ...findDependencyLoops(
      facts.filter((f) => f.to !== null).map((f) => ({ from: f.from, to: f.to })),
      { labels },
    ),
  ].map((f) => ({ code: f.code, severity: f.severity, message: f.message }));

  return {
    cycle: {
      id: cycle.id,
      name: cycle.name,
      state,
      startDate: cycle.start_date,
      endDate: cycle.end_date,
    },
    milestones,
    direction: {
      publishedVersion: versions[0]?.version ?? null,
      publishedAt: versions[0]?.published_at ?? null,
    },
    teams: boardTeams,
    findings,
  };
}

/**
 * The cycle's promises the viewer sees: today's, or with `at` those made by then, each as it stood
 * then, a draft then shown only to who could see it then.
 */
async function boardRecords(
  ctx: ServiceContext,
  viewer: Viewer,
  records: PromiseRecord[],
  at: string | undefined,
): Promise<PromiseRecord[]> {
  if (at === undefined) return records;
  const then = await recordsAsOf(ctx, viewer.actor.organizationId, records, at);
  const visible = await visibleIds(ctx, viewer, then);
  return then.filter((record) => visible.has(record.row.id));
}

/** The state a cycle was in at `at`: where its last move by then took it, else planning. */
async function cycleStateAt(ctx: ServiceContext, organizationId: string, cycleId: string, at: string) {
  const events = await cycleStore.listCycleEvents(ctx.db, organizationId, cycleId);
  return (events.filter((e) => e.at <= at).at(-1)?.to_state ?? 'planning') as PlanningBoard['cycle']['state'];
}

/** When each team first performed a promise of the cycle, by grouping its promises (before 0037). */
export async function legacyFirstDraftOfTeams(
  db: ServiceContext['db'],
  organizationId: string,
  cycleId: string,
): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('promise_performers as pp')
    .innerJoin('promises as p', (join) =>
      join.onRef('p.organization_id', '=', 'pp.organization_id').onRef('p.id', '=', 'pp.promise_id'),
    )
    .select(['pp.party_id as team_id', (eb) => eb.fn.min('p.created_at').as('first')])
    .where('pp.organization_id', '=', organizationId)
    .where('pp.party_type', '=', 'team')
    .where('p.cycle_id', '=', cycleId)
    .groupBy('pp.party_id')
    .execute();
  return new Map(rows.map((r) => [r.team_id, String(r.first)]));
}

/** When each milestone of a cycle was met, from every active team and every promise of the cycle. */
export async function legacyMilestoneCompletions(
  ctx: ServiceContext,
  organizationId: string,
  cycle: CyclesTable,
) {
  const [versions, events, activeTeams, firstOf] = await Promise.all([
    directionStore.listDirectionVersions(ctx.db, organizationId, [cycle.id]),
    cycleStore.listCycleEvents(ctx.db, organizationId, cycle.id),
    teamStore.listTeams(ctx.db, organizationId, 'false'),
    legacyFirstDraftOfTeams(ctx.db, organizationId, cycle.id),
  ]);
  const teams = activeTeams.filter((t) => t.is_leadership === 0);
  const teamFirsts = teams.map((t) => firstOf.get(t.id));
  const allDrafted = teams.length > 0 && teamFirsts.every((f) => f !== undefined);
  const published = versions.at(-1)?.published_at ?? null;
  const approved = events.find((e) => e.from_state === 'planning' && e.to_state === 'active')?.at ?? null;
  return {
    direction: published,
    drafts: allDrafted
      ? (teamFirsts
          .filter((f): f is string => !!f)
          .sort()
          .at(-1) ?? null)
      : null,
    approval: approved,
    teamFirstDraft: firstOf,
  };
}

function legacyCompletionsAsOf(
  completions: Awaited<ReturnType<typeof legacyMilestoneCompletions>>,
  at: string,
): Awaited<ReturnType<typeof legacyMilestoneCompletions>> {
  const by = (instant: string | null) => (instant !== null && instant <= at ? instant : null);
  return {
    direction: by(completions.direction),
    drafts: by(completions.drafts),
    approval: by(completions.approval),
    teamFirstDraft: new Map([...completions.teamFirstDraft].filter(([, first]) => first <= at)),
  };
}
