import type {
  BoardColumnPromises,
  PlanningBoard,
  PlanningBoardQuery,
} from '../../contract/planning-board.js';
import { BOARD_FINDINGS_LENGTH } from '../../contract/planning-board.js';
import {
  awaitsPerformerAnswer,
  BOARD_COLUMNS,
  type BoardColumn,
  boardColumnOf,
  type CountedPromises,
  FINDING_CODES,
  lateFor,
  measureCountedLoad,
  type RoutedFinding,
  roundTripOf,
} from '../../core/planning/index.js';
import { isUnsettled } from '../../core/promises/index.js';
import type { Status } from '../../core/promises/state.js';
import * as cycleStore from '../store/cycles.js';
import * as directionStore from '../store/direction.js';
import * as draftReviews from '../store/draft-reviews.js';
import * as findingStore from '../store/findings.js';
import * as boardStore from '../store/planning-board.js';
import * as promises from '../store/promises.js';
import type { MemberActor } from './authorization.js';
import { capacityView } from './capacity.js';
import type { ServiceContext } from './context.js';
import { getCycle } from './cycles/cycles.js';
import { completionsAsOf, cycleMilestones, milestoneCompletions } from './cycles/timeline.js';
import { loadViewer, type Viewer } from './parties.js';
import { asOfInstant, recordsAsOf } from './promises/as-of.js';
import { loadPresenter } from './promises/present.js';
import { loadRecords, type PromiseRecord } from './promises/records.js';
import { viewerParties, visibleIds } from './promises/visibility.js';

/** The findings the board shows: a team over its capacity, and the risks of its dependencies. */
const BOARD_FINDING_CODES = [
  'team-over-capacity',
  'unacknowledged-dependency',
  'declined-dependency',
  'dependency-loop',
] as const;

/** What the board knows of one team of the page before it is presented. */
interface TeamFacts {
  totals: Record<BoardColumn, number>;
  /** The first promises of each column, in the board's order. */
  heads: Record<BoardColumn, PromiseRecord[]>;
  /** The promises the team performs, counted by status: its load. */
  performed: CountedPromises[];
}

const emptyFacts = (): TeamFacts => ({
  totals: { drafts: 0, proposed: 0, agreed: 0, declined: 0 },
  heads: { drafts: [], proposed: [], agreed: [], declined: [] },
  performed: [],
});

/**
 * The plan as it settles, a page of teams at a time: each team's drafts, proposals and agreements
 * against the milestones (the first of each column listed, all counted), who is late, what is
 * unreviewed or unanswered, load against capacity, and the findings the strategy debugger recorded.
 * Every read names the page's teams, so the board costs the page, not the organization.
 */
export async function getBoard(
  ctx: ServiceContext,
  actor: MemberActor,
  cycleId: string,
  query: PlanningBoardQuery,
): Promise<PlanningBoard> {
  const organizationId = actor.organizationId;
  const at = query.at === undefined ? undefined : asOfInstant(query.at, ctx.now());
  const cycle = await getCycle(ctx, organizationId, cycleId);
  const viewer = await loadViewer(ctx, actor);
  const completedNow = await milestoneCompletions(ctx, organizationId, cycle);
  const completions = at === undefined ? completedNow : completionsAsOf(completedNow, at);
  const [milestones, published, teamPage] = await Promise.all([
    cycleMilestones(ctx, organizationId, cycle, { completions, at }),
    directionStore.listDirectionVersions(ctx.db, organizationId, [cycleId]),
    boardStore.pageBoardTeams(
      ctx.db,
      ctx.dialect,
      organizationId,
      { teamId: query.teamId, q: query.q },
      { limit: query.limit, offset: query.offset },
    ),
  ]);
  const teams = teamPage.rows;
  const scope: boardStore.BoardScope = {
    cycleId,
    teamIds: teams.map((t) => t.id),
    // As of a past moment, drafts are judged by who could see them then, below.
    draftVisibleTo: at === undefined ? viewerParties(viewer) : 'all',
    madeBy: at,
  };
  const [facts, capacities, state, findings, firstDrafts] = await Promise.all([
    at === undefined
      ? currentFacts(ctx, organizationId, scope, query.perColumn)
      : factsAsOf(ctx, viewer, scope, at, query.perColumn),
    boardStore.listBoardCapacities(ctx.db, organizationId, scope),
    at === undefined ? cycle.state : cycleStateAt(ctx, organizationId, cycleId, at),
    boardFindings(ctx, organizationId, cycleId, at),
    cycleStore.firstDraftOfTeams(ctx.db, organizationId, cycleId, scope.teamIds),
  ]);
  // As of `at`, a team that first drafted later had not drafted yet.
  const hasDrafted = (teamId: string) => {
    const first = firstDrafts.get(teamId);
    return first !== undefined && (at === undefined || first <= at);
  };
  const listed = [
    ...new Map(
      [...facts.values()].flatMap((f) => BOARD_COLUMNS.flatMap((c) => f.heads[c])).map((r) => [r.row.id, r]),
    ).values(),
  ];
  const [presenter, rounds] = await Promise.all([
    loadPresenter(ctx, organizationId, listed, at),
    roundTrips(
      ctx,
      organizationId,
      listed.filter((r) => isUnsettled(r.state.status)).map((r) => r.row.id),
      at,
    ),
  ]);
  const versions = at === undefined ? published : published.filter((v) => v.published_at <= at);

  const boardTeams = teams.map((team) => {
    const known = facts.get(team.id) ?? emptyFacts();
    const column = (name: BoardColumn): BoardColumnPromises => ({
      total: known.totals[name],
      promises: known.heads[name].map(presenter.summary),
    });
    const heads = BOARD_COLUMNS.flatMap((c) => known.heads[c]);
    const late = lateFor(
      { isLeadership: team.is_leadership === 1, hasDrafted: hasDrafted(team.id) },
      milestones,
    );
    const capacity = capacities.find((c) => c.team_id === team.id);
    const view = capacityView(capacity, []);
    const isPerformer = (r: PromiseRecord) => r.performers.some((p) => p.type === 'team' && p.id === team.id);
    return {
      team: { id: team.id, name: team.name, isLeadership: team.is_leadership === 1 },
      drafts: column('drafts'),
      proposed: column('proposed'),
      agreed: column('agreed'),
      declined: column('declined'),
      unreviewed: heads
        .filter((r) => isUnsettled(r.state.status) && !rounds.isComplete(r.row.id))
        .map((r) => r.row.id),
      unanswered: heads.filter((r) => isPerformer(r) && awaitsPerformerAnswer(r.state)).map((r) => r.row.id),
      isLate: late.length > 0,
      lateFor: late,
      capacity: view.capacity,
      load: measureCountedLoad(view.capacity?.unit ?? 'promises', known.performed),
    };
  });

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
    total: teamPage.total,
    limit: query.limit,
    offset: query.offset,
    findings: findings.rows,
    findingsTotal: findings.total,
  };
}

/** The page's teams now: their columns counted and their first promises listed, in SQL. */
async function currentFacts(
  ctx: ServiceContext,
  organizationId: string,
  scope: boardStore.BoardScope,
  perColumn: number,
): Promise<Map<string, TeamFacts>> {
  const [counts, heads] = await Promise.all([
    boardStore.countBoardStatuses(ctx.db, organizationId, scope),
    boardStore.listBoardColumnHeads(ctx.db, organizationId, scope, perColumn),
  ]);
  const rows = await promises.findPromises(ctx.db, organizationId, [
    ...new Set(heads.map((h) => h.promiseId)),
  ]);
  const records = new Map((await loadRecords(ctx, organizationId, rows)).map((r) => [r.row.id, r]));
  const facts = new Map<string, TeamFacts>();
  const of = (teamId: string) => {
    let known = facts.get(teamId);
    if (!known) {
      known = emptyFacts();
      facts.set(teamId, known);
    }
    return known;
  };
  for (const count of counts) {
    const status = count.status as Status;
    const column = boardColumnOf(status);
    const known = of(count.teamId);
    if (column !== null) known.totals[column] += count.count;
    if (count.performed > 0) known.performed.push({ status, count: count.performed, points: count.points });
  }
  for (const head of heads) {
    const record = records.get(head.promiseId);
    if (record) of(head.teamId).heads[head.column].push(record);
  }
  return facts;
}

/**
 * The page's teams as they stood at `at`: their promises made by then, rebuilt from the moves, each
 * shown only if the viewer could see it then; counted and listed here, as few as the page's teams.
 */
async function factsAsOf(
  ctx: ServiceContext,
  viewer: Viewer,
  scope: boardStore.BoardScope,
  at: string,
  perColumn: number,
): Promise<Map<string, TeamFacts>> {
  const organizationId = viewer.actor.organizationId;
  const ids = await boardStore.listBoardPromiseIds(ctx.db, organizationId, scope);
  const rows = (await promises.findPromises(ctx.db, organizationId, ids)).sort(
    (a, b) => compare(a.due_date, b.due_date) || compare(a.id, b.id),
  );
  const then = await recordsAsOf(ctx, organizationId, await loadRecords(ctx, organizationId, rows), at);
  const visible = await visibleIds(ctx, viewer, then);
  const records = then.filter((record) => visible.has(record.row.id));
  const facts = new Map<string, TeamFacts>();
  for (const teamId of scope.teamIds) {
    const known = emptyFacts();
    const isTeam = (party: { type: string; id: string }) => party.type === 'team' && party.id === teamId;
    const performed = new Map<Status, { count: number; points: number }>();
    for (const record of records) {
      const performs = record.performers.some(isTeam);
      if (!performs && !isTeam(record.customer)) continue;
      const column = boardColumnOf(record.state.status);
      if (column !== null) {
        known.totals[column] += 1;
        if (known.heads[column].length < perColumn) known.heads[column].push(record);
      }
      if (performs) {
        const sum = performed.get(record.state.status) ?? { count: 0, points: 0 };
        performed.set(record.state.status, {
          count: sum.count + 1,
          points: sum.points + (record.row.size ?? 0),
        });
      }
    }
    known.performed = [...performed].map(([status, sum]) => ({ status, ...sum }));
    facts.set(teamId, known);
  }
  return facts;
}

function compare(a: string | null, b: string | null): number {
  const left = a ?? '';
  const right = b ?? '';
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * Whether each listed draft or proposal has had its round trip. As of `at`, a review asked later
 * did not exist then and one done later was not done yet; the same for questions and their resolution.
 */
async function roundTrips(
  ctx: ServiceContext,
  organizationId: string,
  ids: string[],
  at: string | undefined,
) {
  const [requestsNow, questionsNow] = await Promise.all([
    draftReviews.listReviewRequests(ctx.db, organizationId, ids),
    draftReviews.listQuestions(ctx.db, organizationId, ids),
  ]);
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
  return {
    isComplete: (id: string) =>
      roundTripOf(
        requests.filter((q) => q.promise_id === id).map((q) => ({ role: q.role, reviewedAt: q.reviewed_at })),
        questions.filter((q) => q.promise_id === id).map((q) => ({ resolvedAt: q.resolved_at })),
      ).isComplete,
  };
}

/**
 * The cycle's open findings on capacity and dependencies as the strategy debugger last recorded
 * them (or as they stood at `at`): the first few, in its order, and how many there are.
 */
async function boardFindings(
  ctx: ServiceContext,
  organizationId: string,
  cycleId: string,
  at: string | undefined,
) {
  const { rows, total } = await findingStore.listFindingsPage(
    ctx.db,
    organizationId,
    { status: 'open', codes: BOARD_FINDING_CODES, cycleIds: [cycleId], ...(at === undefined ? {} : { at }) },
    FINDING_CODES,
    { limit: BOARD_FINDINGS_LENGTH, offset: 0 },
  );
  return {
    rows: rows.map((row) => {
      const finding = ctx.dialect.parseJson<RoutedFinding>(row.body);
      return { code: finding.code, severity: finding.severity, message: finding.message };
    }),
    total,
  };
}

/** The state a cycle was in at `at`: where its last move by then took it, else planning. */
async function cycleStateAt(ctx: ServiceContext, organizationId: string, cycleId: string, at: string) {
  const events = await cycleStore.listCycleEvents(ctx.db, organizationId, cycleId);
  return (events.filter((e) => e.at <= at).at(-1)?.to_state ?? 'planning') as PlanningBoard['cycle']['state'];
}
