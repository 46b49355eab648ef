import type { FindingList, FindingStatus, FindingsQuery, FindingView } from '../../../contract/findings.js';
import { findAllFindings, type RoutedFinding } from '../../../core/planning/index.js';
import { conflict, forbidden, notFound } from '../../errors.js';
import * as store from '../../store/findings.js';
import * as promiseStore from '../../store/promises.js';
import type { FindingsTable } from '../../store/schema.js';
import * as teamStore from '../../store/teams.js';
import { type MemberActor, requireWriter } from '../authorization.js';
import { inTransaction, iso, type ServiceContext } from '../context.js';
import { loadDirectory, loadViewer, type PartyDirectory, type Viewer } from '../parties.js';
import { loadPlan } from './plan.js';

/** What the plan says now: every finding, routed, with the cycles to filter by. */
async function currentFindings(ctx: ServiceContext, organizationId: string) {
  const plan = await loadPlan(ctx, organizationId);
  const now = ctx.now().toISOString();
  const findings = findAllFindings(plan.facts, { today: now.slice(0, 10), now, labels: plan.labels });
  return { findings, cycles: plan.cycles };
}

const NO_LONGER_FOUND = 'No longer found in the plan: its situation changed.';

interface Tracked {
  finding: RoutedFinding;
  status: FindingStatus;
  openedAt: string;
  resolvedAt: string | null;
  resolution: string | null;
  dismissal: FindingView['dismissal'];
}

/**
 * The findings as they stand: the plan's, with what the findings table remembers of each (when it
 * opened, a dismissal), and the remembered ones the plan no longer has, resolved. Reads only: the
 * `trackFindings` job writes what it sees, so a finding resolved since its last pass shows resolved
 * now and is recorded at the next.
 */
function merge(
  findings: readonly RoutedFinding[],
  rows: readonly FindingsTable[],
  now: string,
  parse: (v: unknown) => RoutedFinding,
): Tracked[] {
  const rowOf = new Map(rows.map((row) => [row.key, row]));
  const found = new Set(findings.map((f) => f.key));
  const dismissalOf = (row: FindingsTable | undefined) =>
    row?.status === 'dismissed' && row.dismissed_by && row.dismissed_at
      ? { by: row.dismissed_by, at: row.dismissed_at, reason: row.dismissed_reason ?? '' }
      : null;
  const current = findings.map((finding): Tracked => {
    const row = rowOf.get(finding.key);
    const isTracked = row !== undefined && row.status !== 'resolved';
    return {
      finding,
      status: row?.status === 'dismissed' ? 'dismissed' : 'open',
      openedAt: isTracked ? row.opened_at : now,
      resolvedAt: null,
      resolution: null,
      dismissal: dismissalOf(row),
    };
  });
  const gone = rows
    .filter((row) => !found.has(row.key))
    .map(
      (row): Tracked => ({
        finding: parse(row.body),
        status: 'resolved',
        openedAt: row.opened_at,
        resolvedAt: row.resolved_at ?? now,
        resolution: row.resolution ?? NO_LONGER_FOUND,
        dismissal: null,
      }),
    );
  return [...current, ...gone];
}

function isParty(viewer: Viewer, finding: RoutedFinding): boolean {
  return [...finding.parties.from, ...finding.parties.to].some((party) =>
    party.type === 'person' ? party.id === viewer.personId : viewer.memberOf.has(party.id),
  );
}

/** What a page of findings shows beside ids: party names and promise titles, read once per page. */
interface Names {
  directory: PartyDirectory;
  titles: Map<string, string>;
}

async function loadNames(
  ctx: ServiceContext,
  organizationId: string,
  tracked: readonly Tracked[],
): Promise<Names> {
  const parties = tracked.flatMap(({ finding }) => [...finding.parties.from, ...finding.parties.to]);
  const promiseIds = [...new Set(tracked.flatMap(({ finding }) => finding.promiseIds))];
  const [directory, rows] = await Promise.all([
    loadDirectory(ctx, organizationId, parties),
    promiseStore.findPromises(ctx.db, organizationId, promiseIds),
  ]);
  return { directory, titles: new Map(rows.map((row) => [row.id, row.title])) };
}

function present(tracked: Tracked, viewer: Viewer, names: Names): FindingView {
  const { finding } = tracked;
  return {
    key: finding.key,
    code: finding.code,
    severity: finding.severity,
    status: tracked.status,
    message: finding.message,
    promiseIds: finding.promiseIds,
    teamIds: finding.teamIds,
    personIds: finding.personIds,
    cycleIds: finding.cycleIds,
    promises: finding.promiseIds.map((id) => ({ id, title: names.titles.get(id) ?? 'A promise' })),
    parties: {
      from: finding.parties.from.map(names.directory.ref),
      to: finding.parties.to.map(names.directory.ref),
    },
    suggestedMove: finding.suggestedMove,
    openedAt: tracked.openedAt,
    resolvedAt: tracked.resolvedAt,
    resolution: tracked.resolution,
    dismissal: tracked.dismissal,
    canDismiss: viewer.actor.role !== 'viewer' && tracked.status !== 'resolved' && isParty(viewer, finding),
  };
}

/** The cycle and every cycle nested in it, at any depth. */
function cycleAndNested(
  cycles: readonly { id: string; parentId: string | null }[],
  cycleId: string,
): Set<string> {
  const ids = new Set([cycleId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const cycle of cycles) {
      if (cycle.parentId !== null && ids.has(cycle.parentId) && !ids.has(cycle.id)) {
        ids.add(cycle.id);
        grew = true;
      }
    }
  }
  return ids;
}

async function trackedFindings(ctx: ServiceContext, organizationId: string) {
  const [{ findings, cycles }, rows] = await Promise.all([
    currentFindings(ctx, organizationId),
    store.listTrackedFindings(ctx.db, organizationId),
  ]);
  const parse = (value: unknown) => ctx.dialect.parseJson<RoutedFinding>(value);
  return { tracked: merge(findings, rows, iso(ctx.now()), parse), cycles };
}

export async function listFindings(
  ctx: ServiceContext,
  actor: MemberActor,
  query: FindingsQuery,
): Promise<FindingList> {
  const viewer = await loadViewer(ctx, actor);
  const { tracked, cycles } = await trackedFindings(ctx, actor.organizationId);
  const inCycles = query.cycleId ? cycleAndNested(cycles, query.cycleId) : null;
  const personTeams = query.personId
    ? new Set(
        (await teamStore.listTeamsOfPeople(ctx.db, actor.organizationId, [query.personId])).map((t) => t.id),
      )
    : null;
  const since = query.since ? Date.parse(query.since) : null;
  const status = query.status ?? 'open';
  const matching = tracked.filter(({ finding, ...t }) => {
    if (t.status !== status) return false;
    if (query.code && finding.code !== query.code) return false;
    if (query.severity && finding.severity !== query.severity) return false;
    if (inCycles && !finding.cycleIds.some((id) => inCycles.has(id))) return false;
    if (query.teamId && !finding.teamIds.includes(query.teamId)) return false;
    if (query.personId && personTeams) {
      const isIn =
        finding.personIds.includes(query.personId) || finding.teamIds.some((id) => personTeams.has(id));
      if (!isIn) return false;
    }
    if (since !== null) {
      const opened = Date.parse(t.openedAt) >= since;
      const resolved = t.resolvedAt !== null && Date.parse(t.resolvedAt) >= since;
      if (!opened && !resolved) return false;
    }
    return true;
  });
  const counts: FindingList['counts'] = {};
  for (const { finding } of matching) counts[finding.code] = (counts[finding.code] ?? 0) + 1;
  const page = matching.slice(query.offset, query.offset + query.limit);
  const names = await loadNames(ctx, actor.organizationId, page);
  return {
    findings: page.map((t) => present(t, viewer, names)),
    counts,
    total: matching.length,
    limit: query.limit,
    offset: query.offset,
  };
}

async function requireParty(ctx: ServiceContext, actor: MemberActor, key: string) {
  requireWriter(actor);
  const viewer = await loadViewer(ctx, actor);
  const { tracked } = await trackedFindings(ctx, actor.organizationId);
  const found = tracked.find((t) => t.finding.key === key);
  if (!found) throw notFound('Finding');
  if (found.status === 'resolved')
    throw conflict('This finding is resolved: there is nothing to dismiss or undo');
  if (!isParty(viewer, found.finding)) {
    throw forbidden(
      'Only a party to this finding (someone it asks to talk) may dismiss it or undo its dismissal',
    );
  }
  return { viewer, found };
}

function rowOf(organizationId: string, tracked: Tracked, at: string): FindingsTable {
  return {
    organization_id: organizationId,
    key: tracked.finding.key,
    code: tracked.finding.code,
    severity: tracked.finding.severity,
    status: tracked.status,
    opened_at: tracked.openedAt,
    resolved_at: null,
    resolution: null,
    dismissed_by: tracked.dismissal?.by ?? null,
    dismissed_at: tracked.dismissal?.at ?? null,
    dismissed_reason: tracked.dismissal?.reason ?? null,
    body: JSON.stringify(tracked.finding),
    updated_at: at,
  };
}

/** One of its parties sets an open finding aside, saying why; it reopens if its situation changes. */
export async function dismissFinding(
  ctx: ServiceContext,
  actor: MemberActor,
  key: string,
  reason: string,
): Promise<FindingView> {
  return inTransaction(ctx, async (tx) => {
    const { viewer, found } = await requireParty(tx, actor, key);
    if (found.status === 'dismissed') throw conflict('This finding is dismissed already');
    const at = iso(tx.now());
    const dismissed: Tracked = {
      ...found,
      status: 'dismissed',
      dismissal: { by: actor.personId, at, reason },
    };
    await save(tx, actor.organizationId, dismissed, at);
    return present(dismissed, viewer, await loadNames(tx, actor.organizationId, [dismissed]));
  });
}

/** Undoes a dismissal: the finding is open again. */
export async function undoFindingDismissal(
  ctx: ServiceContext,
  actor: MemberActor,
  key: string,
): Promise<FindingView> {
  return inTransaction(ctx, async (tx) => {
    const { viewer, found } = await requireParty(tx, actor, key);
    if (found.status !== 'dismissed') throw conflict('This finding is not dismissed');
    const at = iso(tx.now());
    const reopened: Tracked = { ...found, status: 'open', dismissal: null };
    await save(tx, actor.organizationId, reopened, at);
    return present(reopened, viewer, await loadNames(tx, actor.organizationId, [reopened]));
  });
}

async function save(ctx: ServiceContext, organizationId: string, tracked: Tracked, at: string) {
  const row = rowOf(organizationId, tracked, at);
  const existing = await store.findTrackedFinding(ctx.db, organizationId, row.key);
  if (existing) await store.updateFinding(ctx.db, organizationId, row.key, row);
  else await store.insertFinding(ctx.db, row);
}

/**
 * Records what the plan shows now: a new finding opens, one found again after being resolved
 * reopens, one no longer found is resolved with when. Run by the `trackFindings` job, so the GET
 * stays a read; returns how many it opened and resolved.
 */
export async function trackFindings(
  ctx: ServiceContext,
  organizationId: string,
): Promise<{ opened: number; resolved: number }> {
  return inTransaction(ctx, async (tx) => {
    const at = iso(tx.now());
    const [{ findings }, rows] = await Promise.all([
      currentFindings(tx, organizationId),
      store.listTrackedFindings(tx.db, organizationId),
    ]);
    const rowByKey = new Map(rows.map((row) => [row.key, row]));
    let opened = 0;
    let resolved = 0;
    for (const finding of findings) {
      const row = rowByKey.get(finding.key);
      const body = JSON.stringify(finding);
      if (!row) {
        opened += 1;
        await store.insertFinding(tx.db, {
          organization_id: organizationId,
          key: finding.key,
          code: finding.code,
          severity: finding.severity,
          status: 'open',
          opened_at: at,
          resolved_at: null,
          resolution: null,
          dismissed_by: null,
          dismissed_at: null,
          dismissed_reason: null,
          body,
          updated_at: at,
        });
      } else if (row.status === 'resolved') {
        opened += 1;
        await store.updateFinding(tx.db, organizationId, finding.key, {
          status: 'open',
          opened_at: at,
          resolved_at: null,
          resolution: null,
          body,
          updated_at: at,
        });
      } else {
        await store.updateFinding(tx.db, organizationId, finding.key, { body, severity: finding.severity });
      }
    }
    const found = new Set(findings.map((f) => f.key));
    for (const row of rows) {
      if (row.status === 'resolved' || found.has(row.key)) continue;
      resolved += 1;
      await store.updateFinding(tx.db, organizationId, row.key, {
        status: 'resolved',
        resolved_at: at,
        resolution: NO_LONGER_FOUND,
        dismissed_by: null,
        dismissed_at: null,
        dismissed_reason: null,
        updated_at: at,
      });
    }
    return { opened, resolved };
  });
}
