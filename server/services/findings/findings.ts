import type { FindingList, FindingStatus, FindingsQuery, FindingView } from '../../../contract/findings.js';
import { FINDING_CODES, findAllFindings, type RoutedFinding } from '../../../core/planning/index.js';
import { conflict, forbidden, notFound } from '../../errors.js';
import * as cycleStore from '../../store/cycles.js';
import * as store from '../../store/findings.js';
import * as promiseStore from '../../store/promises.js';
import type { FindingsTable } from '../../store/schema.js';
import * as teamStore from '../../store/teams.js';
import { type MemberActor, requireWriter } from '../authorization.js';
import { inTransaction, iso, type ServiceContext } from '../context.js';
import { notify, peopleOfParty } from '../notifications.js';
import { loadDirectory, loadViewer, type PartyDirectory, type Viewer } from '../parties.js';
import { asOfInstant } from '../promises/as-of.js';
import { recordEvent } from '../webhooks/events.js';
import type { ComputedFinding, ComputedFindings, FindingsComputer } from './computed.js';
import { loadPlan, type PlanContext } from './plan.js';

/** Compares computed findings with the records (in the findings worker, on its own connection). */
export async function compareWithRecords(
  ctx: PlanContext,
  organizationId: string,
  findings: readonly ComputedFinding[],
): Promise<NonNullable<ComputedFindings['compared']>> {
  const passAt = await store.lastFindingPass(ctx.db, organizationId);
  const rows = await store.listTrackedFindings(ctx.db, organizationId);
  const rowByKey = new Map(rows.map((row) => [row.key, row]));
  const unchanged = findings.flatMap(({ key, body }) => {
    const row = rowByKey.get(key);
    return row && row.status !== 'resolved' && sameBody(ctx, row.body, body) ? [key] : [];
  });
  return { passAt, unchanged };
}

/**
 * What the plan says now: every finding, routed. Loads the organization's plan: never in a request,
 * and off the request path altogether when the findings worker runs it (worker.ts).
 */
export async function computeFindings(ctx: PlanContext, organizationId: string): Promise<ComputedFindings> {
  const started = performance.now();
  const plan = await loadPlan(ctx, organizationId);
  const loaded = performance.now();
  const now = ctx.now().toISOString();
  const findings = findAllFindings(plan.facts, { today: now.slice(0, 10), now, labels: plan.labels }).map(
    (finding) => ({ key: finding.key, body: JSON.stringify(finding) }),
  );
  return { findings, loadMs: loaded - started, computeMs: performance.now() - loaded };
}

const NO_LONGER_FOUND = 'No longer found in the plan: its situation changed.';

/** A finding as a webhook's `data` names it: what it says, its ids, and where it stands. */
function findingEvent(
  finding: RoutedFinding,
  at: { status: 'open' | 'resolved'; openedAt: string; resolvedAt: string | null; resolution: string | null },
) {
  return {
    finding: {
      key: finding.key,
      code: finding.code,
      severity: finding.severity,
      message: finding.message,
      promiseIds: finding.promiseIds,
      teamIds: finding.teamIds,
      personIds: finding.personIds,
      cycleIds: finding.cycleIds,
      ...at,
    },
  };
}

interface Tracked {
  finding: RoutedFinding;
  status: FindingStatus;
  openedAt: string;
  resolvedAt: string | null;
  resolution: string | null;
  dismissal: FindingView['dismissal'];
}

/** A recorded finding as the page shows it: the body as last computed, with what the row remembers. */
function trackedOf(row: FindingsTable, parse: (v: unknown) => RoutedFinding): Tracked {
  return {
    finding: parse(row.body),
    status: row.status,
    openedAt: row.opened_at,
    resolvedAt: row.resolved_at,
    resolution: row.resolution,
    dismissal:
      row.status === 'dismissed' && row.dismissed_by && row.dismissed_at
        ? { by: row.dismissed_by, at: row.dismissed_at, reason: row.dismissed_reason ?? '' }
        : null,
  };
}

/** A recorded finding as it stood at `at`: a resolution or dismissal made later had not happened. */
function rowAsOf(row: FindingsTable, at: string): FindingsTable {
  const resolved = row.resolved_at !== null && row.resolved_at <= at;
  const dismissed = !resolved && row.dismissed_at !== null && row.dismissed_at <= at;
  return {
    ...row,
    status: resolved ? 'resolved' : dismissed ? 'dismissed' : 'open',
    resolved_at: resolved ? row.resolved_at : null,
    resolution: resolved ? row.resolution : null,
    ...(dismissed ? {} : { dismissed_by: null, dismissed_at: null, dismissed_reason: null }),
  };
}

/** What a finding is indexed under: its people, teams, cycles and promises. */
function subjectsOf(finding: RoutedFinding) {
  const pairs = [
    ...finding.promiseIds.map((id) => ['promise', id] as const),
    ...finding.personIds.map((id) => ['person', id] as const),
    ...finding.teamIds.map((id) => ['team', id] as const),
    ...finding.cycleIds.map((id) => ['cycle', id] as const),
  ];
  return [...new Map(pairs.map((pair) => [pair.join(':'), pair])).values()];
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

const treeOf = (rows: readonly { id: string; parent_id: string | null }[]) =>
  rows.map((row) => ({ id: row.id, parentId: row.parent_id }));

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

/**
 * The findings the last pass recorded (see `trackFindings`), filtered and paged in the database:
 * reading them costs the page, not the organization's plan, so every inbox can show them.
 */
export async function listFindings(
  ctx: ServiceContext,
  actor: MemberActor,
  query: FindingsQuery,
): Promise<FindingList> {
  const at = query.at === undefined ? undefined : asOfInstant(query.at, ctx.now());
  const viewer = await loadViewer(ctx, actor);
  const organizationId = actor.organizationId;
  const cycleIds = query.cycleId
    ? [...cycleAndNested(treeOf(await cycleStore.listCycles(ctx.db, organizationId)), query.cycleId)]
    : undefined;
  const party = query.personId
    ? {
        personId: query.personId,
        teamIds: (await teamStore.listTeamsOfPeople(ctx.db, organizationId, [query.personId])).map(
          (t) => t.id,
        ),
      }
    : undefined;
  const { rows, total, counts } = await store.listFindingsPage(
    ctx.db,
    organizationId,
    {
      status: query.status ?? 'open',
      code: query.code,
      severity: query.severity,
      cycleIds,
      teamId: query.teamId,
      promiseId: query.promiseId,
      party,
      since: query.since,
      ...(at === undefined ? {} : { at }),
    },
    FINDING_CODES,
    { limit: query.limit, offset: query.offset },
  );
  const parse = (value: unknown) => ctx.dialect.parseJson<RoutedFinding>(value);
  const page = rows.map((row) => trackedOf(at === undefined ? row : rowAsOf(row, at), parse));
  const names = await loadNames(ctx, organizationId, page);
  return {
    // Nothing is dismissed in the past: as of a moment, no finding offers it.
    findings: page.map((t) => ({
      ...present(t, viewer, names),
      ...(at === undefined ? {} : { canDismiss: false }),
    })),
    counts: Object.fromEntries(counts) as FindingList['counts'],
    total,
    limit: query.limit,
    offset: query.offset,
  };
}

async function requireParty(ctx: ServiceContext, actor: MemberActor, key: string) {
  requireWriter(actor);
  const viewer = await loadViewer(ctx, actor);
  const row = await store.findTrackedFinding(ctx.db, actor.organizationId, key);
  if (!row) throw notFound('Finding');
  const found = trackedOf(row, (value) => ctx.dialect.parseJson<RoutedFinding>(value));
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
    await recordInHistory(tx, actor, found.finding, { act: 'dismissed', at, reason });
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
    await recordInHistory(tx, actor, found.finding, { act: 'undismissed', at, reason: null });
    return present(reopened, viewer, await loadNames(tx, actor.organizationId, [reopened]));
  });
}

/** A dismissal, or its undoing, goes into the history of each promise the finding concerns. */
async function recordInHistory(
  ctx: ServiceContext,
  actor: MemberActor,
  finding: RoutedFinding,
  event: { act: 'dismissed' | 'undismissed'; at: string; reason: string | null },
) {
  await store.insertFindingEvents(
    ctx.db,
    [...new Set(finding.promiseIds)].map((promiseId) => ({
      organization_id: actor.organizationId,
      id: ctx.newId(),
      promise_id: promiseId,
      finding_key: finding.key,
      code: finding.code,
      act: event.act,
      person_id: actor.personId,
      at: event.at,
      reason: event.reason,
      message: finding.message,
    })),
  );
}

async function save(ctx: ServiceContext, organizationId: string, tracked: Tracked, at: string) {
  const { organization_id: _, key, ...changes } = rowOf(organizationId, tracked, at);
  await store.updateFinding(ctx.db, organizationId, key, changes);
  ctx.changes.publish({ kind: 'findings-changed', organizationId });
}

/**
 * Records what the plan shows now: a new finding opens, one found again after being resolved
 * reopens, one no longer found is resolved with when, one whose situation reads differently is
 * rewritten, and each is indexed under its people, teams and cycles. Computing the plan's findings
 * costs the whole organization, so no request does it: the findings refresher runs it shortly after
 * the plan changes, and the `track-findings` job on every pass. Returns how many it opened and resolved.
 */
export async function trackFindings(
  ctx: ServiceContext,
  organizationId: string,
  compute: FindingsComputer = (id, now) => computeFindings({ ...ctx, now: () => now }, id),
): Promise<{ opened: number; resolved: number; loadMs: number; computeMs: number; writeMs: number }> {
  // Computed before the transaction: on SQLite a write transaction holds the one connection, and
  // the plan's queries are the long part. A change meanwhile is recorded by the pass it asks for.
  const { findings, loadMs, computeMs, compared } = await compute(organizationId, ctx.now());
  const writing = performance.now();
  const result = await writeFindings(ctx, organizationId, findings, compared);
  const phases = { loadMs, computeMs, writeMs: performance.now() - writing };
  ctx.log.info(
    { organizationId, findings: findings.length, ...result, ...roundedPhases(phases) },
    'recorded the findings',
  );
  return { ...result, ...phases };
}

const roundedPhases = (phases: Record<string, number>) =>
  Object.fromEntries(Object.entries(phases).map(([name, ms]) => [name, Math.round(ms)]));

/** Records the findings computed (see `trackFindings`), writing only those whose record changes. */
async function writeFindings(
  ctx: ServiceContext,
  organizationId: string,
  findings: readonly ComputedFinding[],
  compared: ComputedFindings['compared'],
): Promise<{ opened: number; resolved: number }> {
  return inTransaction(ctx, async (tx) => {
    const at = iso(tx.now());
    const previousPass = await store.lastFindingPass(tx.db, organizationId);
    await store.claimFindingPass(tx.db, organizationId, at);
    // What the worker compared holds while no pass has been recorded since: then the records of
    // the findings it found unchanged are not read, nor their bodies, only every key's status.
    const trusted = compared !== undefined && compared.passAt === previousPass;
    const unchanged = new Set(trusted ? compared.unchanged : []);
    const rows: (Pick<FindingsTable, 'key' | 'status'> & Partial<FindingsTable>)[] = trusted
      ? await store.listFindingStatuses(tx.db, organizationId)
      : await store.listTrackedFindings(tx.db, organizationId);
    const rowByKey = new Map(rows.map((row) => [row.key, row]));
    let opened = 0;
    let resolved = 0;
    let changed = 0;
    const openings: RoutedFinding[] = [];
    for (const computed of findings) {
      if (unchanged.has(computed.key)) continue;
      const row = rowByKey.get(computed.key);
      const { body } = computed;
      if (row && row.status !== 'resolved' && row.body !== undefined && sameBody(tx, row.body, body))
        continue;
      const finding = JSON.parse(body) as RoutedFinding;
      if (!row || row.status === 'resolved') openings.push(finding);
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
        await store.replaceFindingSubjects(tx.db, organizationId, finding.key, subjectsOf(finding));
        await recordEvent(
          tx,
          organizationId,
          'finding.opened',
          findingEvent(finding, { status: 'open', openedAt: at, resolvedAt: null, resolution: null }),
        );
      } else if (row.status === 'resolved') {
        opened += 1;
        await store.updateFinding(tx.db, organizationId, finding.key, {
          status: 'open',
          opened_at: at,
          resolved_at: null,
          resolution: null,
          severity: finding.severity,
          body,
          updated_at: at,
        });
        await store.replaceFindingSubjects(tx.db, organizationId, finding.key, subjectsOf(finding));
        await recordEvent(
          tx,
          organizationId,
          'finding.opened',
          findingEvent(finding, { status: 'open', openedAt: at, resolvedAt: null, resolution: null }),
        );
      } else {
        changed += 1;
        await store.updateFinding(tx.db, organizationId, finding.key, { body, severity: finding.severity });
        await store.replaceFindingSubjects(tx.db, organizationId, finding.key, subjectsOf(finding));
      }
    }
    const found = new Set(findings.map((f) => f.key));
    const gone = rows.filter((row) => row.status !== 'resolved' && !found.has(row.key));
    const goneRows = trusted
      ? await store.listTrackedFindingsOf(
          tx.db,
          organizationId,
          gone.map((row) => row.key),
        )
      : (gone as FindingsTable[]);
    for (const row of goneRows) {
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
      await recordEvent(
        tx,
        organizationId,
        'finding.resolved',
        findingEvent(tx.dialect.parseJson<RoutedFinding>(row.body), {
          status: 'resolved',
          openedAt: row.opened_at,
          resolvedAt: at,
          resolution: NO_LONGER_FOUND,
        }),
      );
    }
    const causes = await causesOf(tx, organizationId, openings, previousPass);
    for (const finding of openings) {
      await tellOfOpening(tx, organizationId, finding, at, causes(finding));
    }
    if (opened + resolved + changed > 0) tx.changes.publish({ kind: 'findings-changed', organizationId });
    return { opened, resolved };
  });
}

/**
 * Whether a recorded body says what `body` (JSON text) says. Most findings read as they did: the
 * text as stored (SQLite keeps it as written) is compared first, and parsed only when it differs
 * (PostgreSQL's jsonb orders keys its own way).
 */
function sameBody(ctx: Pick<ServiceContext, 'dialect'>, stored: unknown, body: string): boolean {
  if (stored === body) return true;
  return body === JSON.stringify(ctx.dialect.parseJson<RoutedFinding>(stored));
}

/**
 * Who caused each opening finding: the person of the latest move on its promises (or dependency
 * of them made or answered) since the previous pass, or of any before the first pass. A finding
 * no act explains (a date gone by, a check-in due) has no cause, and tells all of its parties.
 */
async function causesOf(
  tx: ServiceContext,
  organizationId: string,
  openings: readonly RoutedFinding[],
  since: string | undefined,
): Promise<(finding: RoutedFinding) => string | null> {
  const problems = openings.filter((finding) => finding.severity === 'problem');
  const promiseIds = [...new Set(problems.flatMap((finding) => finding.promiseIds))];
  if (promiseIds.length === 0) return () => null;
  const acts = await store.listActsOnPromises(tx.db, organizationId, promiseIds, since);
  const latest = new Map<string, { personId: string; at: number }>();
  for (const act of acts) {
    const at = Date.parse(act.at);
    const known = latest.get(act.promiseId);
    if (!known || at > known.at) latest.set(act.promiseId, { personId: act.personId, at });
  }
  return (finding) => {
    let cause: { personId: string; at: number } | undefined;
    for (const id of finding.promiseIds) {
      const act = latest.get(id);
      if (act && (!cause || act.at > cause.at)) cause = act;
    }
    return cause?.personId ?? null;
  };
}

/**
 * A problem that opens (or reopens) tells its parties, a team through its leads: once per opening,
 * as the dedupe key names when it opened, so later passes that find it again tell nobody. Warnings
 * wait in the inbox and the debugger. The person whose move caused it knows already: they are not told.
 */
async function tellOfOpening(
  tx: ServiceContext,
  organizationId: string,
  finding: RoutedFinding,
  openedAt: string,
  causedBy: string | null,
): Promise<void> {
  if (finding.severity !== 'problem') return;
  const parties = [...finding.parties.from, ...finding.parties.to];
  const people = (
    await Promise.all(parties.map((party) => peopleOfParty(tx, organizationId, party, 'leads')))
  )
    .flat()
    .filter((personId) => personId !== causedBy);
  if (people.length === 0) return;
  const [promiseId] = finding.promiseIds;
  const [cycleId] = finding.cycleIds;
  await notify(tx, organizationId, people, {
    kind: 'finding-opened',
    title: finding.message,
    ...(promiseId !== undefined ? { promiseId } : cycleId !== undefined ? { cycleId } : {}),
    dedupeKey: `finding-opened:${finding.key}:${openedAt}`,
  });
}
