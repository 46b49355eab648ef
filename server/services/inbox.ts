import type { Inbox, InboxItem } from '../../contract/inbox.js';
import { allowedMoves, awaitedAnswerOf, FINAL_STATUSES } from '../../core/promises/index.js';
import * as links from '../store/alignment.js';
import * as checkIns from '../store/check-ins.js';
import * as promises from '../store/promises.js';
import { answersForSupplier, presentDependencies } from './alignment.js';
import type { MemberActor } from './authorization.js';
import type { ServiceContext } from './context.js';
import { milestonesOwedBy } from './cycles/milestones-owed.js';
import { loadViewer, participation, type Viewer } from './parties.js';
import { loadPresenter, type Presenter } from './promises/present.js';
import { loadRecords, type PromiseRecord } from './promises/records.js';
import { viewerParties } from './promises/visibility.js';

/** What awaits the signed-in person's move, and what they wait on from others. */
export async function getInbox(ctx: ServiceContext, actor: MemberActor): Promise<Inbox> {
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
    const item = (acts: InboxItem['acts']): InboxItem => ({
      kind,
      promise: presenter.summary(record),
      dependency: null,
      since: record.row.updated_at,
      acts,
    });
    if (who.moves.includes(awaited)) {
      awaitingMe.push(item(allowedMoves(record.state, awaited).filter((act) => act !== 'comment')));
    } else if (kind !== 'draft' && who.member.some((side) => side !== awaited)) {
      waitingOnOthers.push(item([]));
    }
  }

  await addCheckInItems(ctx, actor.organizationId, records, viewer, presenter, awaitingMe);

  const proposed = await links.listDependencies(ctx.db, actor.organizationId, { state: 'proposed' });
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
    const item: InboxItem = {
      kind: 'dependency',
      promise: dependentPresenter.summary(dependent),
      dependency: presented[index]!,
      since: row.created_at,
      acts: [],
    };
    if (await answersForSupplier(ctx, viewer, row)) awaitingMe.push(item);
    else if (participation(viewer, dependent).moves.length > 0) waitingOnOthers.push(item);
  }
  const bySince = (a: InboxItem, b: InboxItem) => a.since.localeCompare(b.since);
  return {
    awaitingMe: awaitingMe.sort(bySince),
    waitingOnOthers: waitingOnOthers.sort(bySince),
    milestones: await milestonesOwedBy(ctx, actor),
  };
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
  const [rows, answers] = await Promise.all([
    checkIns.listCheckIns(ctx.db, organizationId, ids),
    checkIns.listAnswers(ctx.db, organizationId, ids),
  ]);
  for (const record of kept) {
    const who = participation(viewer, record);
    const summary = presenter.summary(record);
    const latest = rows.filter((r) => r.promise_id === record.row.id).at(-1);
    const answered = latest ? answers.filter((a) => a.check_in_id === latest.id) : [];
    const item = (kind: InboxItem['kind'], since: string): InboxItem => ({
      kind,
      promise: summary,
      dependency: null,
      since,
      acts: [],
    });
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
