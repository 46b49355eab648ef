import type { InboxItem } from '../../contract/inbox.js';
import { inboxItemKey, isFinal } from '../../core/promises/index.js';
import * as reviews from '../store/draft-reviews.js';
import * as promises from '../store/promises.js';
import type { ServiceContext } from './context.js';
import { participation, type Viewer } from './parties.js';
import { loadPresenter, type Presenter } from './promises/present.js';
import { loadRecords, type PromiseRecord } from './promises/records.js';
import { viewerParties } from './promises/visibility.js';

/** An inbox item with what every kind has; the kind's subject (a dependency, a review…) on top. */
export function inboxItem(
  kind: InboxItem['kind'],
  promise: InboxItem['promise'],
  since: string,
  more: Partial<Pick<InboxItem, 'dependency' | 'review' | 'question' | 'acts' | 'replyBy'>> = {},
): InboxItem {
  const subjectId = more.dependency?.id ?? null;
  return {
    key: inboxItemKey(kind, promise.id, subjectId),
    kind,
    promise,
    dependency: null,
    review: null,
    question: null,
    since,
    due: more.replyBy ?? promise.dueDate,
    acts: [],
    replyBy: null,
    ...more,
  };
}

/**
 * The reviews asked of the person or of a team they belong to and not done yet. The promise may be
 * another team's draft (a reviewer may read it), so it is loaded and presented here; a promise that
 * has ended or whose cycle closed asks for no review any more. One item per promise, however many
 * of the person's parties were asked.
 */
export async function reviewItems(ctx: ServiceContext, viewer: Viewer): Promise<InboxItem[]> {
  const { organizationId } = viewer.actor;
  const requests = await reviews.listOpenReviewRequestsOf(ctx.db, organizationId, viewerParties(viewer));
  if (requests.length === 0) return [];
  const ids = [...new Set(requests.map((r) => r.promise_id))];
  const records = (
    await loadRecords(ctx, organizationId, await promises.findPromises(ctx.db, organizationId, ids))
  ).filter((r) => !isFinal(r.state.status));
  if (records.length === 0) return [];
  const presenter = await loadPresenter(ctx, organizationId, records);
  const byId = new Map(records.filter((r) => !isClosed(presenter, r)).map((r) => [r.row.id, r]));
  return requests.flatMap((request) => {
    const record = byId.get(request.promise_id);
    if (!record) return [];
    return [
      inboxItem('review', presenter.summary(record), request.requested_at, {
        review: { id: request.id, role: request.role },
      }),
    ];
  });
}

/**
 * The open questions reviewers asked on the person's promises: any member of a side may answer
 * them. One item per promise, from its oldest open question, with how many there are.
 */
export async function questionItems(
  ctx: ServiceContext,
  viewer: Viewer,
  records: readonly PromiseRecord[],
  presenter: Presenter,
): Promise<InboxItem[]> {
  const { organizationId } = viewer.actor;
  const answering = records.filter((r) => participation(viewer, r).member.length > 0);
  const open = await reviews.listOpenQuestions(
    ctx.db,
    organizationId,
    answering.map((r) => r.row.id),
  );
  const byId = new Map(answering.map((r) => [r.row.id, r]));
  const counts = new Map<string, number>();
  for (const question of open) counts.set(question.promise_id, (counts.get(question.promise_id) ?? 0) + 1);
  const items: InboxItem[] = [];
  const seen = new Set<string>();
  for (const question of open) {
    const record = byId.get(question.promise_id);
    // The person's own question is theirs to wait on, not to answer.
    if (!record || seen.has(question.promise_id) || question.asked_by === viewer.personId) continue;
    seen.add(question.promise_id);
    items.push(
      inboxItem('question', presenter.summary(record), question.asked_at, {
        question: {
          id: question.id,
          text: question.text,
          askedBy: { id: question.asked_by, name: question.person_name },
          count: counts.get(question.promise_id) ?? 1,
        },
      }),
    );
  }
  return items;
}

function isClosed(presenter: Presenter, record: PromiseRecord): boolean {
  return presenter.calendar.cycleRow(record.row.cycle_id)?.state === 'closed';
}
