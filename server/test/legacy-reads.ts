/**
 * The read paths as they were before issue 9 made them load only what a response shows, frozen
 * here (test code only) so that tests can prove the new paths answer exactly as the old ones did on
 * the demo organization. Nothing in production imports this file; delete it with those tests once
 * nobody needs the comparison.
 *
 * Each function below is the production code of commit 14c6b55, with its whole-organization loads
 * (every contribution, every party, every proposed dependency, a supplier promise at a time).
 */

import type { AccountabilityMap } from '../../contract/accountability.js';
import type { Dependency } from '../../contract/alignment.js';
import type { CheckInStatus, Progress } from '../../contract/check-ins.js';
import type { Inbox, InboxItem } from '../../contract/inbox.js';
import type { Party } from '../../contract/parties.js';
import type { PromiseSummary } from '../../contract/promises.js';
import {
  calendarDateOfInstant,
  cycleContaining,
  finalScoreOf,
  summarizeCycleReview,
  summarizeDashboard,
  weeklyAverageScores,
} from '../../core/planning/index.js';
import { can } from '../../core/policies/index.js';
import {
  actsFor,
  allowedMoves,
  awaitedAnswerOf,
  compareInboxItems,
  FINAL_STATUSES,
  isEnded,
  isLive,
  LIVE_STATUSES,
  participation,
  phaseOf,
  STATUSES,
} from '../../core/promises/index.js';
import {
  type ContributionGraph,
  checkInStanding,
  rollUpProgress,
  scoreConditions,
} from '../../core/scoring/index.js';
import { presentRetrospective } from '../services/assessments.js';
import type { MemberActor } from '../services/authorization.js';
import { visible } from '../services/check-ins.js';
import { iso, type ServiceContext } from '../services/context.js';
import { cycleIdsWithin } from '../services/cycles/cycles.js';
import { milestonesOwedBy } from '../services/cycles/milestones-owed.js';
import { inboxItem } from '../services/inbox-reviews.js';
import { loadViewer, type Viewer } from '../services/parties.js';
import { type PromiseProgress, recordedValues, timeUsedOf } from '../services/progress.js';
import { type Calendar, loadCalendar } from '../services/promises/present.js';
import { type PromiseRecord, parseState } from '../services/promises/records.js';
import { viewerParties } from '../services/promises/visibility.js';
import * as links from '../store/alignment.js';
import * as assessmentStore from '../store/assessments.js';
import * as checkIns from '../store/check-ins.js';
import * as planning from '../store/cycles.js';
import * as promises from '../store/promises.js';
import type { CyclesTable, DependenciesTable, PromisesTable } from '../store/schema.js';
import * as teamStore from '../store/teams.js';

const partyKey = (party: Party): string => `${party.type}:${party.id}`;

async function loadRecords(ctx: ServiceContext, organizationId: string, rows: PromisesTable[]) {
  const ids = rows.map((r) => r.id);
  const [performers, tags] = await Promise.all([
    promises.performersOf(ctx.db, organizationId, ids),
    promises.tagsOf(ctx.db, organizationId, ids),
  ]);
  return rows.map(
    (row): PromiseRecord => ({
      row,
      state: parseState(ctx.dialect, row.state),
      draft: parseState(ctx.dialect, row.draft),
      customer: { type: row.customer_type, id: row.customer_id },
      performers: performers
        .filter((p) => p.promise_id === row.id)
        .map((p) => ({ type: p.party_type, id: p.party_id })),
      tags: tags.filter((t) => t.promise_id === row.id).map((t) => t.tag),
    }),
  );
}

async function loadRecord(ctx: ServiceContext, organizationId: string, id: string) {
  const row = await promises.findPromise(ctx.db, organizationId, id);
  if (!row) throw new Error('no such promise');
  return (await loadRecords(ctx, organizationId, [row]))[0]!;
}

/** Every person and team of the organization. */
async function loadDirectory(ctx: ServiceContext, organizationId: string) {
  const [people, teams] = await Promise.all([
    ctx.db
      .selectFrom('memberships as m')
      .innerJoin('people as p', 'p.id', 'm.person_id')
      .select(['p.id', 'p.name'])
      .where('m.organization_id', '=', organizationId)
      .execute(),
    ctx.db.selectFrom('teams').select(['id', 'name']).where('organization_id', '=', organizationId).execute(),
  ]);
  const names = new Map<string, string>([
    ...people.map((p) => [`person:${p.id}`, p.name] as const),
    ...teams.map((t) => [`team:${t.id}`, t.name] as const),
  ]);
  const name = (party: Party) => names.get(partyKey(party)) ?? 'Unknown';
  return { name, ref: (party: Party) => ({ ...party, name: name(party) }) };
}

async function loadProgress(
  ctx: ServiceContext,
  organizationId: string,
  records: readonly PromiseRecord[],
  cycleOf: (id: string) => Pick<CyclesTable, 'start_date' | 'check_in_cadence'> | undefined,
): Promise<Map<string, PromiseProgress>> {
  const ids = records.map((r) => r.row.id);
  const [rows, values, agreed] = await Promise.all([
    checkIns.listCheckIns(ctx.db, organizationId, ids),
    checkIns.listValues(ctx.db, organizationId, ids),
    checkIns.agreedAt(ctx.db, organizationId, ids),
  ]);
  const now = iso(ctx.now());
  const result = new Map<string, PromiseProgress>();
  for (const record of records) {
    const id = record.row.id;
    const own = rows.filter((r) => r.promise_id === id);
    const ownValues = recordedValues(values.filter((v) => v.promise_id === id));
    const { score, keyResults } = scoreConditions(record.state.terms.conditions, ownValues);
    const last = own.at(-1);
    const cycle = cycleOf(record.row.cycle_id);
    const standing = cycle
      ? checkInStanding(
          {
            status: record.state.status,
            agreedAt: agreed.get(id) ?? null,
            cycleStart: cycle.start_date,
            cadence: cycle.check_in_cadence,
            lastCheckInAt: last?.at ?? null,
          },
          now,
        )
      : { nextCheckInDue: null, isStale: false };
    result.set(id, {
      score,
      keyResults: keyResults.map(({ condition, current, progress }) => ({
        conditionId: condition.id,
        text: condition.text,
        definition: condition.keyResult,
        current,
        progress,
        series: ownValues
          .filter((v) => v.conditionId === condition.id)
          .map((v) => ({ at: v.at, value: v.value })),
      })),
      lastCheckIn: last
        ? { at: last.at, status: last.status as CheckInStatus, confidence: last.confidence }
        : null,
      confidence: own.map((r) => ({ at: r.at, confidence: r.confidence, status: r.status as CheckInStatus })),
      nextCheckInDue: standing.nextCheckInDue,
      isStale: standing.isStale,
      agreedAt: agreed.get(id) ?? null,
    });
  }
  return result;
}

interface LegacyPresenter {
  calendar: Calendar;
  progress(promiseId: string): PromiseProgress | undefined;
  summary(record: PromiseRecord): PromiseSummary;
}

async function loadPresenter(
  ctx: ServiceContext,
  organizationId: string,
  records: readonly PromiseRecord[],
): Promise<LegacyPresenter> {
  const [directory, calendar] = await Promise.all([
    loadDirectory(ctx, organizationId),
    loadCalendar(ctx, organizationId),
  ]);
  const progress = await loadProgress(ctx, organizationId, records, calendar.cycleRow);
  return {
    calendar,
    progress: (id) => progress.get(id),
    summary(record) {
      const cycle = calendar.cycle(record.row.cycle_id);
      const facts = progress.get(record.row.id);
      return {
        id: record.row.id,
        title: record.state.terms.title,
        cycle: { id: cycle.id, name: cycle.name },
        horizon: calendar.horizon(cycle.horizonId),
        customer: directory.ref(record.customer),
        performers: record.performers.map(directory.ref),
        status: record.state.status,
        phase: phaseOf(record.state),
        awaiting: record.state.awaiting,
        dueDate: record.state.terms.dueDate,
        tags: record.tags,
        version: record.state.version,
        score: facts?.score ?? null,
        checkInStatus: facts?.lastCheckIn?.status ?? null,
        isStale: facts?.isStale ?? false,
        reason: record.state.lastReason ? { ...record.state.lastReason } : null,
        size: record.row.size,
        createdAt: record.row.created_at,
        updatedAt: record.row.updated_at,
      };
    },
  };
}

/** The old `GET /promises/{id}/progress`: the roll-up over every contribution of the organization. */
export async function legacyGetProgress(
  ctx: ServiceContext,
  actor: MemberActor,
  promiseId: string,
): Promise<Progress> {
  const { record } = await visible(ctx, actor, promiseId);
  const graph = await contributionGraph(ctx, actor.organizationId);
  const presenter = await loadPresenter(ctx, actor.organizationId, [record]);
  const progress = presenter.progress(promiseId)!;
  const cycle = presenter.calendar.cycle(record.row.cycle_id);
  graph.set(promiseId, { score: progress.score, contributions: graph.get(promiseId)?.contributions ?? [] });
  return {
    promiseId,
    score: progress.score,
    rolledUpScore: rollUpProgress(promiseId, graph),
    startDate: cycle.startDate,
    dueDate: record.state.terms.dueDate,
    timeUsed: timeUsedOf(
      {
        status: record.state.status,
        agreedAt: progress.agreedAt,
        cycleStart: cycle.startDate,
        dueDate: record.state.terms.dueDate,
      },
      iso(ctx.now()),
    ),
    keyResults: progress.keyResults,
    confidence: progress.confidence,
    lastCheckInAt: progress.lastCheckIn?.at ?? null,
    nextCheckInDue: progress.nextCheckInDue,
    isStale: progress.isStale,
  };
}

async function contributionGraph(ctx: ServiceContext, organizationId: string) {
  const rows = await ctx.db
    .selectFrom('contributions')
    .select(['from_promise_id', 'to_promise_id', 'weight'])
    .where('organization_id', '=', organizationId)
    .execute();
  const ids = [...new Set(rows.flatMap((r) => [r.from_promise_id, r.to_promise_id]))];
  const records = await loadRecords(
    ctx,
    organizationId,
    await promises.findPromises(ctx.db, organizationId, ids),
  );
  const presenter = await loadPresenter(ctx, organizationId, records);
  const graph = new Map<
    string,
    { score: number | null; contributions: Array<{ contributorId: string; weight: number }> }
  >();
  for (const record of records) {
    graph.set(record.row.id, {
      score: presenter.progress(record.row.id)?.score ?? null,
      contributions: rows
        .filter((r) => r.to_promise_id === record.row.id)
        .map((r) => ({ contributorId: r.from_promise_id, weight: r.weight })),
    });
  }
  return graph satisfies ContributionGraph;
}

function answersForSupplierOf(viewer: Viewer, row: DependenciesTable, supplier: PromiseRecord | undefined) {
  if (row.supplier_team_id) return actsFor(viewer, { type: 'team', id: row.supplier_team_id });
  return supplier !== undefined && participation(viewer, supplier).moves.includes('performer');
}

async function presentDependencies(ctx: ServiceContext, viewer: Viewer, rows: DependenciesTable[]) {
  const organizationId = viewer.actor.organizationId;
  const ids = [
    ...new Set(
      rows.flatMap((r) => [r.promise_id, ...(r.supplier_promise_id ? [r.supplier_promise_id] : [])]),
    ),
  ];
  const records = await loadRecords(
    ctx,
    organizationId,
    await promises.findPromises(ctx.db, organizationId, ids),
  );
  const record = (id: string) => records.find((r) => r.row.id === id);
  const ref = (id: string) => {
    const found = record(id);
    return { id, title: found?.state.terms.title ?? '', status: found?.state.status ?? 'draft' };
  };
  const teams = await teamStore.listTeams(ctx.db, organizationId, 'all');
  const dependents = await promises.findPromises(
    ctx.db,
    organizationId,
    rows.map((r) => r.promise_id),
  );
  const performing = await links.teamsPerformingInCycles(
    ctx.db,
    organizationId,
    rows.flatMap((r) => (r.supplier_team_id ? [r.supplier_team_id] : [])),
  );
  return rows.map((row): Dependency => {
    const team = row.supplier_team_id ? teams.find((t) => t.id === row.supplier_team_id) : undefined;
    const cycleId = dependents.find((d) => d.id === row.promise_id)?.cycle_id;
    const suggestAsk =
      row.supplier_team_id !== null &&
      row.state !== 'declined' &&
      cycleId !== undefined &&
      !performing.has(`${row.supplier_team_id}:${cycleId}`);
    const supplier = row.supplier_promise_id ? record(row.supplier_promise_id) : undefined;
    return {
      id: row.id,
      dependent: ref(row.promise_id),
      supplierPromise: row.supplier_promise_id ? ref(row.supplier_promise_id) : null,
      supplierTeam: team ? { id: team.id, name: team.name } : null,
      state: row.state,
      note: row.note,
      reason: row.reason,
      suggestAsk,
      createdAt: row.created_at,
      answeredAt: row.answered_at,
      replyBy: row.reply_by,
      can: can('dependency', {
        role: viewer.actor.role,
        answersForSupplier: answersForSupplierOf(viewer, row, supplier),
        speaksForDependent: (() => {
          const dependent = record(row.promise_id);
          return dependent !== undefined && participation(viewer, dependent).moves.length > 0;
        })(),
        state: row.state,
      }),
    };
  });
}

/** The old `GET /inbox`: every proposed dependency of the organization, each supplier loaded alone. */
export async function legacyGetInbox(
  ctx: ServiceContext,
  actor: MemberActor,
): Promise<Omit<Inbox, 'totals' | 'limit' | 'findings'>> {
  const viewer = await loadViewer(ctx, actor);
  const mine = viewerParties(viewer);
  const rows = await promises.listPromisesInvolving(ctx.db, actor.organizationId, mine, FINAL_STATUSES);
  const records = await loadRecords(ctx, actor.organizationId, rows);
  const presenter = await loadPresenter(ctx, actor.organizationId, records);
  const awaitingMe: InboxItem[] = [];
  const waitingOnOthers: InboxItem[] = [];
  for (const record of records) {
    const kind = awaitedAnswerOf(record.state);
    const awaited = record.state.awaiting;
    if (!kind || !awaited) continue;
    const who = participation(viewer, record);
    const item = (acts: InboxItem['acts']): InboxItem =>
      inboxItem(kind, presenter.summary(record), record.row.updated_at, {
        acts,
        replyBy: record.state.replyBy ?? null,
      });
    if (who.moves.includes(awaited)) {
      awaitingMe.push(item(allowedMoves(record.state, awaited).filter((act) => act !== 'comment')));
    } else if (kind !== 'draft' && who.member.some((side) => side !== awaited)) {
      waitingOnOthers.push(item([]));
    }
  }

  const kept = records.filter((r) => r.state.status === 'promised');
  const keptIds = kept.map((r) => r.row.id);
  const [checkInRows, answers] = await Promise.all([
    checkIns.listCheckIns(ctx.db, actor.organizationId, keptIds),
    checkIns.listAnswers(ctx.db, actor.organizationId, keptIds),
  ]);
  for (const record of kept) {
    const who = participation(viewer, record);
    const summary = presenter.summary(record);
    const latest = checkInRows.filter((r) => r.promise_id === record.row.id).at(-1);
    const answered = latest ? answers.filter((a) => a.check_in_id === latest.id) : [];
    const item = (kind: InboxItem['kind'], since: string): InboxItem => inboxItem(kind, summary, since);
    if (who.member.includes('performer') && summary.isStale) {
      awaitingMe.push(item('stale', latest?.at ?? record.row.updated_at));
    }
    if (latest && who.member.includes('customer') && answered.length === 0)
      awaitingMe.push(item('check-in', latest.at));
    if (latest && who.member.includes('performer') && answered.length > 0) {
      awaitingMe.push(item('check-in-answer', answered.at(-1)!.at));
    }
  }

  const proposed = await ctx.db
    .selectFrom('dependencies')
    .selectAll()
    .where('organization_id', '=', actor.organizationId)
    .where('state', '=', 'proposed')
    .orderBy('created_at')
    .execute();
  const presented = await presentDependencies(ctx, viewer, proposed);
  const dependentRows = await promises.findPromises(
    ctx.db,
    actor.organizationId,
    proposed.map((d) => d.promise_id),
  );
  const dependents = await loadRecords(ctx, actor.organizationId, dependentRows);
  const dependentPresenter = await loadPresenter(ctx, actor.organizationId, dependents);
  for (const [index, row] of proposed.entries()) {
    const dependent = dependents.find((d) => d.row.id === row.promise_id);
    if (!dependent || dependent.state.status === 'draft') continue;
    const item = inboxItem('dependency', dependentPresenter.summary(dependent), row.created_at, {
      dependency: presented[index]!,
    });
    const supplier = row.supplier_promise_id
      ? await loadRecord(ctx, actor.organizationId, row.supplier_promise_id)
      : undefined;
    if (answersForSupplierOf(viewer, row, supplier)) awaitingMe.push(item);
    else if (participation(viewer, dependent).moves.length > 0) waitingOnOthers.push(item);
  }
  // The old path knew neither the team's section nor the round trip's asks (reviews, questions).
  return {
    awaitingMe: awaitingMe.sort(compareInboxItems('age')),
    myTeam: [],
    waitingOnOthers: waitingOnOthers.sort(compareInboxItems('age')),
    milestones: await milestonesOwedBy(ctx, actor),
  };
}

/**
 * The old page of a party filter: an OR of a customer test and an EXISTS per party, sorted and
 * counted in SQL (drafts left to the caller's draftVisibleTo, which did not change: 'all' here).
 */
export async function legacyListPromisesOf(
  ctx: ServiceContext,
  organizationId: string,
  list: ReadonlyArray<{ type: 'person' | 'team'; id: string }>,
  as: 'customer' | 'performer' | 'either',
  page: { limit: number; offset: number },
) {
  const base = ctx.db
    .selectFrom('promises as pr')
    .where('pr.organization_id', '=', organizationId)
    .where((eb) => {
      const customer = list.map((p) =>
        eb.and([eb('pr.customer_type', '=', p.type), eb('pr.customer_id', '=', p.id)]),
      );
      const performer = list.map((p) =>
        eb.exists(
          eb
            .selectFrom('promise_performers as pp')
            .select('pp.party_id')
            .whereRef('pp.organization_id', '=', 'pr.organization_id')
            .whereRef('pp.promise_id', '=', 'pr.id')
            .where('pp.party_type', '=', p.type)
            .where('pp.party_id', '=', p.id),
        ),
      );
      const terms =
        as === 'customer' ? customer : as === 'performer' ? performer : [...customer, ...performer];
      return terms.length ? eb.or(terms) : eb.val(false);
    });
  const rows = await base
    .selectAll('pr')
    .orderBy('pr.due_date')
    .orderBy('pr.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const count = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { rows, total: Number(count.n) };
}

/**
 * The old `GET /dashboard` (commit 35800d5): every promise of the scope presented, the figures
 * counted in JS, and the weekly chart replayed from every value of every live promise.
 */
export async function legacyGetDashboard(
  ctx: ServiceContext,
  actor: MemberActor,
  input: { cycleId?: string | undefined; teamId?: string | undefined; personId?: string | undefined },
) {
  const cycles = await planning.listCycles(ctx.db, actor.organizationId);
  const today = calendarDateOfInstant(ctx.now());
  const cycle = input.cycleId
    ? cycles.find((c) => c.id === input.cycleId)
    : (cycleContaining(
        cycles.map((c) => ({ ...c, start: c.start_date, end: c.end_date })),
        today,
      ) ?? undefined);
  const party = input.teamId
    ? { type: 'team' as const, id: input.teamId }
    : input.personId
      ? { type: 'person' as const, id: input.personId }
      : undefined;
  const rows = await promises.listPromisesInStatuses(
    ctx.db,
    actor.organizationId,
    STATUSES.filter((status) => status !== 'draft'),
    { cycleIds: cycle ? cycleIdsWithin(cycles, cycle.id) : undefined, party },
  );
  const records = await loadRecords(ctx, actor.organizationId, rows);
  const presenter = await loadPresenter(ctx, actor.organizationId, records);
  const summaries: PromiseSummary[] = records.map(presenter.summary);
  let progressOverTime: Array<{ date: string; averageScore: number | null }> = [];
  if (cycle) {
    const live = records.filter((record) => isLive(record.state.status));
    const values = await checkIns.listValues(
      ctx.db,
      actor.organizationId,
      live.map((r) => r.row.id),
    );
    const histories = live.map((record) => ({
      status: record.state.status,
      createdAt: record.row.created_at,
      conditions: record.state.terms.conditions,
      values: recordedValues(values.filter((v) => v.promise_id === record.row.id)),
    }));
    progressOverTime = weeklyAverageScores(
      histories,
      { start: cycle.start_date, end: cycle.end_date },
      today,
    );
  }
  return { ...summarizeDashboard(summaries), progressOverTime };
}

/** The old score, latest check-in status and staleness of each promise, from its whole history. */
export async function legacyStandings(ctx: ServiceContext, organizationId: string, ids: readonly string[]) {
  const records = await loadRecords(
    ctx,
    organizationId,
    await promises.findPromises(ctx.db, organizationId, ids),
  );
  const calendar = await loadCalendar(ctx, organizationId);
  const progress = await loadProgress(ctx, organizationId, records, calendar.cycleRow);
  return new Map(
    [...progress].map(([id, p]) => [
      id,
      { score: p.score, checkInStatus: p.lastCheckIn?.status ?? null, isStale: p.isStale },
    ]),
  );
}

/** The old `GET /cycles/{id}/review` (commit 35800d5): every promise of the cycle, in full. */
export async function legacyGetCycleReview(
  ctx: ServiceContext,
  actor: MemberActor,
  cycleId: string,
  teamId?: string,
) {
  const cycles = await planning.listCycles(ctx.db, actor.organizationId);
  const rows = await promises.listPromisesInStatuses(
    ctx.db,
    actor.organizationId,
    STATUSES.filter((status) => status !== 'draft'),
    { cycleIds: cycleIdsWithin(cycles, cycleId), party: teamId ? { type: 'team', id: teamId } : undefined },
  );
  const records = await loadRecords(ctx, actor.organizationId, rows);
  const ids = records.map((r) => r.row.id);
  const [presenter, assessments, retrospectives] = await Promise.all([
    loadPresenter(ctx, actor.organizationId, records),
    assessmentStore.listAssessments(ctx.db, actor.organizationId, ids),
    assessmentStore.listRetrospectives(ctx.db, actor.organizationId, ids),
  ]);
  const reviewed = records.map((record) => {
    const assessment = assessments.filter((a) => a.promise_id === record.row.id).at(-1);
    const facts = {
      status: record.state.status,
      currentScore: presenter.progress(record.row.id)?.score ?? null,
      assessment: assessment ? { score: assessment.score, satisfied: assessment.satisfied === 1 } : null,
    };
    return {
      ...facts,
      entry: {
        promise: presenter.summary(record),
        finalScore: finalScoreOf(facts),
        satisfaction: assessment
          ? { satisfied: assessment.satisfied === 1, note: assessment.note, at: assessment.at }
          : null,
        retrospectives: retrospectives
          .filter((r) => r.promise_id === record.row.id)
          .map(presentRetrospective),
        reason:
          isEnded(record.state.status) && record.state.lastReason ? { ...record.state.lastReason } : null,
      },
    };
  });
  const summary = summarizeCycleReview(reviewed);
  return {
    kept: summary.kept.map((p) => p.entry),
    ended: summary.ended.map((p) => p.entry),
    averageScore: summary.averageScore,
    satisfied: summary.satisfied,
  };
}

/**
 * The old `GET /accountability`: every live promise of the scope as edges of one document (and the
 * progress of each, computed and never shown), before the map was summarised by team.
 */
export async function legacyGetAccountability(
  ctx: ServiceContext,
  actor: MemberActor,
  input: { cycleId?: string | undefined; horizonId?: string | undefined },
): Promise<AccountabilityMap> {
  const cycles = await planning.listCycles(ctx.db, actor.organizationId);
  const rows = await promises.listPromisesInStatuses(ctx.db, actor.organizationId, LIVE_STATUSES, {
    cycleIds: input.cycleId ? cycleIdsWithin(cycles, input.cycleId) : undefined,
    horizonId: input.horizonId,
  });
  const records = await loadRecords(ctx, actor.organizationId, rows);
  const directory = await loadDirectory(ctx, actor.organizationId);
  const presenter = await loadPresenter(ctx, actor.organizationId, records);
  const nodes = new Map<string, AccountabilityMap['nodes'][number]>();
  const edges: AccountabilityMap['edges'] = [];
  for (const record of records) {
    const cycle = presenter.calendar.cycle(record.row.cycle_id);
    const customer = partyKey(record.customer);
    nodes.set(customer, { id: customer, party: directory.ref(record.customer) });
    for (const performer of record.performers) {
      const target = partyKey(performer);
      nodes.set(target, { id: target, party: directory.ref(performer) });
      edges.push({
        id: `${record.row.id}:${target}`,
        promiseId: record.row.id,
        source: customer,
        target,
        horizon: presenter.calendar.horizon(cycle.horizonId),
        title: record.state.terms.title,
        status: record.state.status,
        phase: phaseOf(record.state),
      });
    }
  }
  return { nodes: [...nodes.values()], edges };
}
