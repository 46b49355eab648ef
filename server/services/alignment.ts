import type { Contribution, Dependency } from '../../contract/alignment.js';
import { cyclesOverlap } from '../../core/planning/index.js';
import { can, type PromiseCycle } from '../../core/policies/index.js';
import { replyByDateRefusal } from '../../core/promises/index.js';
import { AppError, conflict, notFound } from '../errors.js';
import * as links from '../store/alignment.js';
import * as planning from '../store/cycles.js';
import * as promises from '../store/promises.js';
import type { ContributionsTable, DependenciesTable } from '../store/schema.js';
import * as teamStore from '../store/teams.js';
import type { MemberActor } from './authorization.js';
import { whoIsConcerned } from './concerned.js';
import { inTransaction, iso, type ServiceContext } from './context.js';
import { getCycle, requireOpenCycle } from './cycles/cycles.js';
import { notify } from './notifications.js';
import { actsFor, loadViewer, participation, type Viewer } from './parties.js';
import { enforce } from './policies.js';
import { recordsAsOf } from './promises/as-of.js';
import { loadPromiseFacts } from './promises/facts.js';
import { loadRecord, loadRecords, type PromiseRecord } from './promises/records.js';
import { requireVisible, visibleIds } from './promises/visibility.js';
import { recordEvent } from './webhooks/events.js';

/**
 * The promises links join: each one's reference, and its record when it exists. Records the caller
 * has loaded already are reused; only the others are read. With `at`, each as it stood then (its
 * title and status then).
 */
async function linkedPromises(
  ctx: ServiceContext,
  organizationId: string,
  ids: readonly string[],
  known: readonly PromiseRecord[] = [],
  at?: string,
) {
  const byId = new Map(known.map((r) => [r.row.id, r]));
  const missing = [...new Set(ids)].filter((id) => !byId.has(id));
  const rows = await promises.findPromises(ctx.db, organizationId, missing);
  let loaded = await loadRecords(ctx, organizationId, rows);
  if (at !== undefined) loaded = await recordsAsOf(ctx, organizationId, loaded, at);
  for (const record of loaded) byId.set(record.row.id, record);
  const record = (id: string) => byId.get(id);
  const ref = (id: string) => {
    const found = record(id);
    return { id, title: found?.state.terms.title ?? '', status: found?.state.status ?? 'draft' };
  };
  return { record, ref, records: () => [...byId.values()] };
}

/** Only the links whose every promise the viewer could open: a link never reveals a private draft. */
async function seenBy<Row>(
  ctx: ServiceContext,
  viewer: Viewer,
  linked: Awaited<ReturnType<typeof linkedPromises>>,
  rows: readonly Row[],
  ends: (row: Row) => readonly string[],
): Promise<Row[]> {
  const visible = await visibleIds(ctx, viewer, linked.records());
  return rows.filter((row) => ends(row).every((id) => linked.record(id) === undefined || visible.has(id)));
}

/** Whether the viewer speaks for a side of one of the promises a link joins. */
function speaksForEither(viewer: Viewer, records: ReadonlyArray<PromiseRecord | undefined>): boolean {
  return records.some((record) => record !== undefined && participation(viewer, record).moves.length > 0);
}

/**
 * Whether the viewer answers for the supplier of a dependency: a lead of the team depended on, or
 * who speaks for the performer of the promise depended on.
 */
export function answersForSupplierOf(
  viewer: Viewer,
  row: DependenciesTable,
  supplier: PromiseRecord | undefined,
) {
  if (row.supplier_team_id) return actsFor(viewer, { type: 'team', id: row.supplier_team_id });
  return supplier !== undefined && participation(viewer, supplier).moves.includes('performer');
}

export async function presentContributions(
  ctx: ServiceContext,
  viewer: Viewer,
  rows: ContributionsTable[],
  at?: string,
) {
  const linked = await linkedPromises(
    ctx,
    viewer.actor.organizationId,
    rows.flatMap((r) => [r.from_promise_id, r.to_promise_id]),
    [],
    at,
  );
  const seen = await seenBy(ctx, viewer, linked, rows, (r) => [r.from_promise_id, r.to_promise_id]);
  const cyclesOf = await linkCycles(ctx, viewer.actor.organizationId, linked.records());
  return seen.map(
    (row): Contribution => ({
      id: row.id,
      from: linked.ref(row.from_promise_id),
      to: linked.ref(row.to_promise_id),
      weight: row.weight,
      createdAt: row.created_at,
      can: can('contribution', {
        role: viewer.actor.role,
        speaksForEither: speaksForEither(viewer, [
          linked.record(row.from_promise_id),
          linked.record(row.to_promise_id),
        ]),
        cycles: cyclesOf([linked.record(row.from_promise_id), linked.record(row.to_promise_id)]),
      }),
    }),
  );
}

export async function presentDependencies(
  ctx: ServiceContext,
  viewer: Viewer,
  rows: DependenciesTable[],
  known: readonly PromiseRecord[] = [],
  at?: string,
) {
  const organizationId = viewer.actor.organizationId;
  const linked = await linkedPromises(
    ctx,
    organizationId,
    rows.flatMap((r) => [r.promise_id, ...(r.supplier_promise_id ? [r.supplier_promise_id] : [])]),
    known,
    at,
  );
  const supplierTeamIds = rows.flatMap((r) => (r.supplier_team_id ? [r.supplier_team_id] : []));
  // Archived teams too: a dependency on a team outlives the team.
  const [teams, performing] = await Promise.all([
    teamStore.findTeams(ctx.db, organizationId, supplierTeamIds),
    links.teamsPerformingInCycles(ctx.db, organizationId, supplierTeamIds),
  ]);
  const teamById = new Map(teams.map((t) => [t.id, t]));
  const presented: Dependency[] = [];
  const seen = await seenBy(ctx, viewer, linked, rows, (r) =>
    r.supplier_promise_id ? [r.promise_id, r.supplier_promise_id] : [r.promise_id],
  );
  const cyclesOf = await linkCycles(ctx, organizationId, linked.records());
  for (const row of seen) {
    const team = row.supplier_team_id ? teamById.get(row.supplier_team_id) : undefined;
    const cycleId = linked.record(row.promise_id)?.row.cycle_id;
    const suggestAsk =
      row.supplier_team_id !== null &&
      row.state !== 'declined' &&
      cycleId !== undefined &&
      !performing.has(`${row.supplier_team_id}:${cycleId}`);
    const supplier = row.supplier_promise_id ? linked.record(row.supplier_promise_id) : undefined;
    presented.push({
      id: row.id,
      dependent: linked.ref(row.promise_id),
      supplierPromise: row.supplier_promise_id ? linked.ref(row.supplier_promise_id) : null,
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
        speaksForDependent: speaksForEither(viewer, [linked.record(row.promise_id)]),
        state: row.state,
        cycles: cyclesOf([linked.record(row.promise_id), supplier]),
      }),
    });
  }
  return presented;
}

/**
 * The cycles of the promises links join, as the link policies see them (a closed one keeps its links
 * as they are): read once for all the links presented.
 */
async function linkCycles(ctx: ServiceContext, organizationId: string, records: readonly PromiseRecord[]) {
  const cycles = records.length === 0 ? [] : await planning.listCycles(ctx.db, organizationId);
  const byId = new Map(cycles.map((c): [string, PromiseCycle] => [c.id, { name: c.name, state: c.state }]));
  return (joined: ReadonlyArray<PromiseRecord | undefined>): PromiseCycle[] =>
    joined.flatMap((record) => {
      const cycle = record ? byId.get(record.row.cycle_id) : undefined;
      return cycle ? [cycle] : [];
    });
}

/** A dependency as it stood at `at`: one answered later was still proposed then. */
export function dependencyAsOf(row: DependenciesTable, at: string): DependenciesTable {
  if (row.answered_at === null || Date.parse(row.answered_at) <= Date.parse(at)) return row;
  return { ...row, state: 'proposed', reason: null, answered_by: null, answered_at: null };
}

async function visibleRecord(ctx: ServiceContext, viewer: Viewer, id: string) {
  const record = await loadRecord(ctx, viewer.actor.organizationId, id);
  await requireVisible(ctx, viewer, record);
  return record;
}

export async function createContribution(
  ctx: ServiceContext,
  actor: MemberActor,
  input: { fromPromiseId: string; toPromiseId: string; weight: number },
): Promise<Contribution> {
  return inTransaction(ctx, async (tx) => {
    const viewer = await loadViewer(tx, actor);
    const from = await visibleRecord(tx, viewer, input.fromPromiseId);
    const to = await visibleRecord(tx, viewer, input.toPromiseId);
    if (from.row.id === to.row.id)
      throw new AppError('validation_failed', 'A promise cannot contribute to itself');
    enforce('contribution', 'create', {
      role: actor.role,
      speaksForEither: speaksForEither(viewer, [from, to]),
    });
    const [fromCycle, toCycle] = await Promise.all([
      getCycle(tx, actor.organizationId, from.row.cycle_id),
      getCycle(tx, actor.organizationId, to.row.cycle_id),
    ]);
    requireOpenCycle(fromCycle, 'new-link');
    requireOpenCycle(toCycle, 'new-link');
    const frame = (c: typeof fromCycle) => ({ start: c.start_date, end: c.end_date });
    if (!cyclesOverlap(frame(fromCycle), frame(toCycle))) {
      throw new AppError(
        'validation_failed',
        `${fromCycle.name} (${fromCycle.start_date} to ${fromCycle.end_date}) does not overlap ${toCycle.name} ` +
          `(${toCycle.start_date} to ${toCycle.end_date}): a promise can only contribute to one running at the same time`,
      );
    }
    if (await links.findContributionPair(tx.db, actor.organizationId, from.row.id, to.row.id)) {
      throw conflict('This promise already contributes to that one');
    }
    const row: ContributionsTable = {
      organization_id: actor.organizationId,
      id: tx.newId(),
      from_promise_id: from.row.id,
      to_promise_id: to.row.id,
      weight: input.weight,
      created_by: actor.personId,
      created_at: iso(tx.now()),
      removed_at: null,
      removed_by: null,
    };
    await links.insertContribution(tx.db, row);
    tx.changes.publish({ kind: 'plan-changed', organizationId: actor.organizationId });
    const [presented] = await presentContributions(tx, viewer, [row]);
    return presented!;
  });
}

export async function deleteContribution(ctx: ServiceContext, actor: MemberActor, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const row = await links.findContribution(tx.db, actor.organizationId, id);
    if (!row) throw notFound('Contribution');
    const viewer = await loadViewer(tx, actor);
    const records = [
      await visibleRecord(tx, viewer, row.from_promise_id),
      await visibleRecord(tx, viewer, row.to_promise_id),
    ];
    enforce('contribution', 'remove', {
      role: actor.role,
      speaksForEither: speaksForEither(viewer, records),
      cycles: (await linkCycles(tx, actor.organizationId, records))(records),
    });
    // Kept as history: the plan as of an earlier moment still shows it.
    if (
      !(await links.removeContribution(tx.db, actor.organizationId, id, {
        by: actor.personId,
        at: iso(tx.now()),
      }))
    ) {
      throw notFound('Contribution');
    }
    tx.changes.publish({ kind: 'plan-changed', organizationId: actor.organizationId });
  });
}

export async function createDependency(
  ctx: ServiceContext,
  actor: MemberActor,
  input: {
    promiseId: string;
    supplierPromiseId?: string | undefined;
    supplierTeamId?: string | undefined;
    note: string;
    replyBy?: string | undefined;
  },
): Promise<Dependency> {
  return inTransaction(ctx, async (tx) => {
    const replyByProblem = replyByDateRefusal(input.replyBy, iso(tx.now()).slice(0, 10));
    if (replyByProblem !== null) throw new AppError('validation_failed', replyByProblem);
    const viewer = await loadViewer(tx, actor);
    const dependent = await visibleRecord(tx, viewer, input.promiseId);
    enforce(
      'promise',
      'dependOn',
      await loadPromiseFacts(tx, actor.role, participation(viewer, dependent), dependent),
    );
    if (input.supplierPromiseId) {
      if (input.supplierPromiseId === input.promiseId) {
        throw new AppError('validation_failed', 'A promise cannot depend on itself');
      }
      const supplier = await visibleRecord(tx, viewer, input.supplierPromiseId);
      requireOpenCycle(await getCycle(tx, actor.organizationId, supplier.row.cycle_id), 'new-link');
    }
    if (input.supplierTeamId) {
      const team = await teamStore.findTeam(tx.db, actor.organizationId, input.supplierTeamId);
      if (!team || team.archived_at) throw notFound('Team');
    }
    const row: DependenciesTable = {
      organization_id: actor.organizationId,
      id: tx.newId(),
      promise_id: dependent.row.id,
      supplier_promise_id: input.supplierPromiseId ?? null,
      supplier_team_id: input.supplierTeamId ?? null,
      state: 'proposed',
      note: input.note,
      reason: null,
      created_by: actor.personId,
      created_at: iso(tx.now()),
      answered_by: null,
      answered_at: null,
      reply_by: input.replyBy ?? null,
      removed_at: null,
      removed_by: null,
    };
    await links.insertDependency(tx.db, row);
    tx.changes.publish({ kind: 'plan-changed', organizationId: actor.organizationId });
    const [presented] = await presentDependencies(tx, viewer, [row]);
    return presented!;
  });
}

export async function deleteDependency(ctx: ServiceContext, actor: MemberActor, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const row = await links.findDependency(tx.db, actor.organizationId, id);
    if (!row) throw notFound('Dependency');
    const viewer = await loadViewer(tx, actor);
    const dependent = await visibleRecord(tx, viewer, row.promise_id);
    enforce('dependency', 'remove', {
      role: actor.role,
      answersForSupplier: false,
      speaksForDependent: speaksForEither(viewer, [dependent]),
      state: row.state,
    });
    // Kept as history: the plan as of an earlier moment still shows it.
    const removal = { by: actor.personId, at: iso(tx.now()) };
    if (!(await links.removeDependency(tx.db, actor.organizationId, id, removal)))
      throw notFound('Dependency');
    tx.changes.publish({ kind: 'plan-changed', organizationId: actor.organizationId });
  });
}

/** Whether the viewer answers for the supplier of a dependency: its performer, or the team's lead. */
export async function answersForSupplier(ctx: ServiceContext, viewer: Viewer, row: DependenciesTable) {
  const supplier = row.supplier_promise_id
    ? await loadRecord(ctx, viewer.actor.organizationId, row.supplier_promise_id)
    : undefined;
  return answersForSupplierOf(viewer, row, supplier);
}

export async function answerDependency(
  ctx: ServiceContext,
  actor: MemberActor,
  id: string,
  input: { answer: 'acknowledge' | 'decline'; reason?: string | undefined },
): Promise<Dependency> {
  return inTransaction(ctx, async (tx) => {
    const row = await links.findDependency(tx.db, actor.organizationId, id);
    if (!row) throw notFound('Dependency');
    const viewer = await loadViewer(tx, actor);
    const linked = await Promise.all(
      [row.promise_id, row.supplier_promise_id].flatMap((promiseId) =>
        promiseId ? [loadRecord(tx, actor.organizationId, promiseId)] : [],
      ),
    );
    enforce('dependency', 'answer', {
      role: actor.role,
      answersForSupplier: await answersForSupplier(tx, viewer, row),
      state: row.state,
      cycles: (await linkCycles(tx, actor.organizationId, linked))(linked),
    });
    if (input.answer === 'decline' && !input.reason) {
      throw new AppError(
        'validation_failed',
        'Say why you decline the dependency, so the dependent team can plan',
      );
    }
    const changes = {
      state: input.answer === 'acknowledge' ? ('acknowledged' as const) : ('declined' as const),
      reason: input.reason ?? null,
      answered_by: actor.personId,
      answered_at: iso(tx.now()),
    };
    if (!(await links.updateDependency(tx.db, actor.organizationId, id, changes))) {
      throw conflict(`The dependency was already ${row.state}`);
    }
    tx.changes.publish({ kind: 'plan-changed', organizationId: actor.organizationId });
    await recordEvent(tx, actor.organizationId, 'dependency.answered', {
      dependency: {
        id,
        promiseId: row.promise_id,
        supplierPromiseId: row.supplier_promise_id,
        state: changes.state,
      },
      reason: changes.reason,
      byPersonId: actor.personId,
    });
    const dependent = await loadRecord(tx, actor.organizationId, row.promise_id);
    const title = dependent.state.terms.title;
    await notify(
      tx,
      actor.organizationId,
      await whoIsConcerned(tx, { what: 'dependency-answer', dependent }, actor.personId),
      changes.state === 'declined'
        ? {
            kind: 'dependency-declined',
            title: `A dependency of ${title} was declined: ${changes.reason ?? ''}`,
            promiseId: dependent.row.id,
            dedupeKey: `dependency-declined:${id}`,
          }
        : {
            kind: 'dependency-acknowledged',
            title: `A dependency of ${title} was acknowledged by its supplier`,
            promiseId: dependent.row.id,
            dedupeKey: `dependency-acknowledged:${id}`,
          },
    );
    const [presented] = await presentDependencies(tx, viewer, [{ ...row, ...changes }]);
    return presented!;
  });
}
