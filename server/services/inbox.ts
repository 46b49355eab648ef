import type { Inbox, InboxItem } from '../../contract/inbox.js';
import { mayEnd } from '../../core/policies/index.js';
import {
  awaitedAnswerOf,
  awaitsPerformerOf,
  compareInboxItems,
  FINAL_STATUSES,
  type InboxSort,
  inboxGroupOf,
  movesOfViewer,
  onePerPromiseAndReason,
} from '../../core/promises/index.js';
import * as links from '../store/alignment.js';
import * as carryOver from '../store/carry-over.js';
import * as checkIns from '../store/check-ins.js';
import * as promises from '../store/promises.js';
import { answersForSupplierOf, presentDependencies } from './alignment.js';
import type { MemberActor } from './authorization.js';
import type { ServiceContext } from './context.js';
import { milestonesOwedBy } from './cycles/milestones-owed.js';
import { listFindings } from './findings/findings.js';
import { groupBy } from './group-by.js';
import { inboxItem, questionItems, reviewItems } from './inbox-reviews.js';
import { loadViewer, participation, type Viewer } from './parties.js';
import { loadPresenter, type Presenter } from './promises/present.js';
import { loadRecords, type PromiseRecord } from './promises/records.js';
import { viewerParties } from './promises/visibility.js';

/**
 * What awaits the signed-in person's move, and what they wait on from others. It reads the promises
 * the person's parties are a side of and the proposed dependencies they have a part in, never the
 * organization's: its cost follows the person's plate.
 */
/** Each section's first items by default: what the inbox page shows before "Show more". */
const SECTION_LIMIT = 50;

/**
 * What awaits the person's move, their team's, and what they wait on, in the order asked (the
 * longest waiting or the soonest due first), each section cut at `limit` items with its total beside it.
 */
export async function getInbox(
  ctx: ServiceContext,
  actor: MemberActor,
  limit = SECTION_LIMIT,
  sort: InboxSort = 'age',
): Promise<Inbox> {
  const organizationId = actor.organizationId;
  const viewer = await loadViewer(ctx, actor);
  const mine = viewerParties(viewer);
  const [rows, proposed] = await Promise.all([
    promises.listPromisesInvolving(ctx.db, organizationId, mine, FINAL_STATUSES),
    links.listProposedDependenciesOf(ctx.db, organizationId, {
      parties: mine,
      supplierTeamIds: [...viewer.leads],
    }),
  ]);
  const records = await loadRecords(ctx, organizationId, rows);
  // The promises the dependencies join that are not on the person's plate already (ended ones, say).
  const loaded = new Set(records.map((r) => r.row.id));
  const linkedIds = [
    ...new Set(
      proposed.flatMap((d) => [d.promise_id, ...(d.supplier_promise_id ? [d.supplier_promise_id] : [])]),
    ),
  ].filter((id) => !loaded.has(id));
  const linked = await loadRecords(
    ctx,
    organizationId,
    await promises.findPromises(ctx.db, organizationId, linkedIds),
  );
  const recordById = new Map([...records, ...linked].map((r) => [r.row.id, r]));
  const dependents = proposed.flatMap((d) => {
    const dependent = recordById.get(d.promise_id);
    return dependent && !isPrivate(dependent.state.status) ? [dependent] : [];
  });
  // One presenter for the plate and the dependents, so each party and cycle is named once.
  const shown = [...new Map([...records, ...dependents].map((r) => [r.row.id, r])).values()];
  const presenter = await loadPresenter(ctx, organizationId, shown);

  const awaitingMe: InboxItem[] = [];
  const myTeam: InboxItem[] = [];
  const waitingOnOthers: InboxItem[] = [];
  // A closed cycle's promises await no ordinary move: their sides are asked to carry them over instead.
  const isClosed = (record: PromiseRecord) =>
    presenter.calendar.cycleRow(record.row.cycle_id)?.state === 'closed';
  const [closedRecords, openRecords] = [records.filter(isClosed), records.filter((r) => !isClosed(r))];
  await addCarryOverItems(ctx, viewer, closedRecords, presenter, awaitingMe);
  for (const record of openRecords) {
    const kind = awaitedAnswerOf(record.state);
    const awaited = record.state.awaiting;
    if (!kind || !awaited) continue;
    const who = participation(viewer, record);
    const item = (acts: InboxItem['acts']): InboxItem =>
      inboxItem(kind, presenter.summary(record), record.row.updated_at, {
        acts,
        replyBy: record.state.replyBy ?? null,
      });
    // With several performers each answers for itself: a performer that has promised (or
    // reported) waits on the others, and only those still awaited have it as theirs to answer.
    const awaitsMe =
      awaited === 'customer'
        ? who.moves.includes('customer')
        : awaitsPerformerOf(viewer, record, record.state);
    const group = inboxGroupOf({
      awaitsMe,
      awaited,
      memberOf: who.member,
      movesFor: who.moves,
      isDraft: kind === 'draft',
    });
    if (group === 'awaiting-me') {
      awaitingMe.push(item(movesOfViewer(viewer, record, record.state).filter((act) => act !== 'comment')));
    } else if (group === 'my-team') {
      myTeam.push(item([]));
    } else if (group === 'waiting-on-others') {
      waitingOnOthers.push(item([]));
    }
  }

  await addCheckInItems(ctx, organizationId, openRecords, viewer, presenter, awaitingMe);

  const dependencies = await presentDependencies(ctx, viewer, proposed, [...recordById.values()]);
  for (const [index, row] of proposed.entries()) {
    const dependent = recordById.get(row.promise_id);
    if (!dependent || isPrivate(dependent.state.status)) continue;
    const supplierRecord = row.supplier_promise_id ? recordById.get(row.supplier_promise_id) : undefined;
    // A dependency on or of a closed cycle's promise is no longer answered.
    if (isClosed(dependent) || (supplierRecord && isClosed(supplierRecord))) continue;
    const item = inboxItem('dependency', presenter.summary(dependent), row.created_at, {
      dependency: dependencies[index]!,
      replyBy: row.reply_by,
    });
    const supplier = row.supplier_promise_id ? recordById.get(row.supplier_promise_id) : undefined;
    if (answersForSupplierOf(viewer, row, supplier)) awaitingMe.push(item);
    else if (participation(viewer, dependent).moves.length > 0) waitingOnOthers.push(item);
  }
  awaitingMe.push(...(await questionItems(ctx, viewer, openRecords, presenter)));
  awaitingMe.push(...(await reviewItems(ctx, viewer)));
  const section = (items: InboxItem[]) => onePerPromiseAndReason(items).sort(compareInboxItems(sort));
  const [ownItems, team, others] = [section(awaitingMe), section(myTeam), section(waitingOnOthers)];
  // The findings are computed over the organization's plan (in set queries), unlike the rest of the
  // inbox, which reads only the person's plate: the strategy debugger's cost, paid once per inbox.
  const findings = await listFindings(ctx, actor, {
    personId: actor.personId,
    status: 'open',
    limit,
    offset: 0,
  });
  return {
    awaitingMe: ownItems.slice(0, limit),
    myTeam: team.slice(0, limit),
    waitingOnOthers: others.slice(0, limit),
    findings: findings.findings,
    totals: {
      awaitingMe: ownItems.length,
      myTeam: team.length,
      waitingOnOthers: others.length,
      findings: findings.total,
    },
    limit,
    milestones: await milestonesOwedBy(ctx, actor),
  };
}

/** A draft, kept or discarded, is not shown through another's dependency. */
function isPrivate(status: string): boolean {
  return status === 'draft' || status === 'discarded';
}

/**
 * An unfinished promise of a closed cycle asks each person who speaks for one of its sides to carry
 * it over, end it or leave it, until one carries or ends it or the person leaves it as it is.
 */
async function addCarryOverItems(
  ctx: ServiceContext,
  viewer: Viewer,
  records: readonly PromiseRecord[],
  presenter: Presenter,
  into: InboxItem[],
): Promise<void> {
  const asked = records.filter((r) => mayEnd(r.state, participation(viewer, r)));
  const ids = asked.map((r) => r.row.id);
  const { organizationId, personId } = viewer.actor;
  const [carried, left] = await Promise.all([
    carryOver.findCarriedInto(ctx.db, organizationId, ids),
    carryOver.dismissedBy(ctx.db, organizationId, personId, ids),
  ]);
  const carriedIds = new Set(carried.map((c) => c.carried_from_id));
  for (const record of asked) {
    if (carriedIds.has(record.row.id) || left.has(record.row.id)) continue;
    into.push(inboxItem('carry-over', presenter.summary(record), record.row.updated_at, { acts: ['end'] }));
  }
}

/**
 * Keeping a promise is a conversation too: a performer whose check-in is overdue, a customer whose
 * performer checked in without an answer yet, and a performer whose latest check-in was answered.
 */
async function addCheckInItems(
  ctx: ServiceContext,
  organizationId: string,
  records: readonly PromiseRecord[],
  viewer: Viewer,
  presenter: Presenter,
  into: InboxItem[],
): Promise<void> {
  const kept = records.filter((r) => r.state.status === 'promised');
  const ids = kept.map((r) => r.row.id);
  // Only each promise's latest check-in and the answers to it: never the whole history.
  const latestOf = new Map(
    (await checkIns.latestCheckIns(ctx.db, organizationId, ids)).map((row) => [row.promise_id, row]),
  );
  const answers = await checkIns.listAnswers(
    ctx.db,
    organizationId,
    ids,
    [...latestOf.values()].map((row) => row.id),
  );
  const answersTo = groupBy(answers, (a) => a.check_in_id);
  for (const record of kept) {
    const who = participation(viewer, record);
    const summary = presenter.summary(record);
    const latest = latestOf.get(record.row.id);
    const answered = latest ? (answersTo.get(latest.id) ?? []) : [];
    const item = (kind: InboxItem['kind'], since: string): InboxItem => inboxItem(kind, summary, since);
    if (who.member.includes('performer') && summary.isStale) {
      into.push(item('stale', latest?.at ?? record.row.updated_at));
    }
    if (latest && who.member.includes('customer') && answered.length === 0)
      into.push(item('check-in', latest.at));
    if (latest && who.member.includes('performer') && answered.length > 0) {
      into.push(item('check-in-answer', answered.at(-1)!.at));
    }
  }
}
