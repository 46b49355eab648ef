import type { PromiseReviews } from '../../contract/draft-reviews.js';
import type { Party } from '../../contract/parties.js';
import { roundTripOf } from '../../core/planning/index.js';
import {
  can,
  type PromiseFacts,
  type QuestionFacts,
  type ReviewRequestFacts,
} from '../../core/policies/index.js';
import { conflict, notFound } from '../errors.js';
import * as links from '../store/alignment.js';
import * as reviewStore from '../store/draft-reviews.js';
import * as promises from '../store/promises.js';
import type { ReviewQuestionsTable, ReviewRequestsTable } from '../store/schema.js';
import type { MemberActor } from './authorization.js';
import { whoIsConcerned } from './concerned.js';
import { inTransaction, iso, type ServiceContext } from './context.js';
import { notifyMentions } from './mentions.js';
import { notify } from './notifications.js';
import {
  belongsTo,
  loadDirectory,
  loadViewer,
  participation,
  partyKey,
  requireParties,
  type Viewer,
} from './parties.js';
import { enforce } from './policies.js';
import { loadPromiseFacts } from './promises/facts.js';
import { loadRecord, loadRecords, type PromiseRecord } from './promises/records.js';
import { requireVisible } from './promises/visibility.js';

async function visible(ctx: ServiceContext, actor: MemberActor, promiseId: string) {
  const record = await loadRecord(ctx, actor.organizationId, promiseId);
  const viewer = await loadViewer(ctx, actor);
  await requireVisible(ctx, viewer, record);
  return {
    record,
    viewer,
    facts: await loadPromiseFacts(ctx, actor.role, participation(viewer, record), record),
  };
}

/** What a policy needs to know of a question: the promise's facts, and where the question stands. */
function questionFacts(
  facts: PromiseFacts,
  actor: MemberActor,
  question: Pick<ReviewQuestionsTable, 'asked_by' | 'answer' | 'resolved_at'>,
): QuestionFacts {
  return {
    ...facts,
    isAsker: question.asked_by === actor.personId,
    isAnswered: Boolean(question.answer),
    isResolved: question.resolved_at !== null,
  };
}

/** What a policy needs to know of a review request: whether the viewer is the reviewer asked, and done. */
function reviewRequestFacts(
  viewer: Viewer,
  request: Pick<ReviewRequestsTable, 'reviewer_type' | 'reviewer_id' | 'reviewed_at'>,
): ReviewRequestFacts {
  return {
    role: viewer.actor.role,
    isReviewer: belongsTo(viewer, { type: request.reviewer_type, id: request.reviewer_id }),
    isDone: request.reviewed_at !== null,
  };
}

/** Teams and people at the other end of a promise's dependencies, and its customer as its manager. */
async function suggestedReviewers(ctx: ServiceContext, record: PromiseRecord) {
  const organizationId = record.row.organization_id;
  const touching = await links.dependenciesTouching(ctx.db, organizationId, record.row.id);
  const suggestions: Array<{ reviewer: Party; role: ReviewRequestsTable['role'] }> = [];
  const otherIds = touching.flatMap((d) =>
    d.promise_id === record.row.id ? (d.supplier_promise_id ? [d.supplier_promise_id] : []) : [d.promise_id],
  );
  const others = await loadRecords(
    ctx,
    organizationId,
    await promises.findPromises(ctx.db, organizationId, otherIds),
  );
  for (const dependency of touching) {
    if (dependency.promise_id === record.row.id) {
      if (dependency.supplier_team_id)
        suggestions.push({ reviewer: { type: 'team', id: dependency.supplier_team_id }, role: 'supplier' });
      const supplier = others.find((o) => o.row.id === dependency.supplier_promise_id);
      for (const performer of supplier?.performers ?? [])
        suggestions.push({ reviewer: performer, role: 'supplier' });
    } else {
      const consumer = others.find((o) => o.row.id === dependency.promise_id);
      for (const performer of consumer?.performers ?? [])
        suggestions.push({ reviewer: performer, role: 'consumer' });
    }
  }
  if (record.state.draftedBy === 'performer')
    suggestions.push({ reviewer: record.customer, role: 'manager' });
  const own = new Set(record.performers.map(partyKey));
  const seen = new Set<string>();
  return suggestions.filter((s) => {
    const key = partyKey(s.reviewer);
    if (own.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export async function getReviews(
  ctx: ServiceContext,
  actor: MemberActor,
  promiseId: string,
): Promise<PromiseReviews> {
  const { record, viewer, facts } = await visible(ctx, actor, promiseId);
  const [requests, questions] = await Promise.all([
    reviewStore.listReviewRequests(ctx.db, actor.organizationId, [promiseId]),
    reviewStore.listQuestions(ctx.db, actor.organizationId, [promiseId]),
  ]);
  const requested = new Set(requests.map((r) => `${r.reviewer_type}:${r.reviewer_id}`));
  const suggested = (await suggestedReviewers(ctx, record)).filter(
    (s) => !requested.has(partyKey(s.reviewer)),
  );
  const directory = await loadDirectory(ctx, actor.organizationId, [
    ...requests.map((r) => ({ type: r.reviewer_type, id: r.reviewer_id })),
    ...suggested.map((s) => s.reviewer),
  ]);
  const presentedRequests = requests.map((r) => ({
    id: r.id,
    reviewer: directory.ref({ type: r.reviewer_type, id: r.reviewer_id }),
    role: r.role,
    requestedAt: r.requested_at,
    reviewedAt: r.reviewed_at,
    can: can('reviewRequest', reviewRequestFacts(viewer, r)),
  }));
  const presentedQuestions = questions.map((q) => ({
    id: q.id,
    text: q.text,
    askedBy: { id: q.asked_by, name: q.person_name },
    askedAt: q.asked_at,
    answer: q.answer,
    answeredAt: q.answered_at,
    resolvedAt: q.resolved_at,
    can: can('question', questionFacts(facts, actor, q)),
  }));
  return {
    promiseId,
    requests: presentedRequests,
    questions: presentedQuestions,
    suggested: suggested.map((s) => ({ reviewer: directory.ref(s.reviewer), role: s.role })),
    roundTrip: roundTripOf(presentedRequests, presentedQuestions),
  };
}

/** Either side shares its draft or proposal with a reviewer; the reviewer may then read and comment on it. */
export async function requestReview(
  ctx: ServiceContext,
  actor: MemberActor,
  promiseId: string,
  input: { reviewer: Party; role: ReviewRequestsTable['role'] },
) {
  await inTransaction(ctx, async (tx) => {
    const { record, facts } = await visible(tx, actor, promiseId);
    enforce('promise', 'requestReview', facts);
    await requireParties(tx, actor.organizationId, [input.reviewer]);
    const existing = await reviewStore.listReviewRequests(tx.db, actor.organizationId, [promiseId]);
    if (
      existing.some((r) => r.reviewer_type === input.reviewer.type && r.reviewer_id === input.reviewer.id)
    ) {
      throw conflict('This reviewer was already asked');
    }
    const at = iso(tx.now());
    const id = tx.newId();
    await reviewStore.insertReviewRequest(tx.db, {
      organization_id: actor.organizationId,
      id,
      promise_id: promiseId,
      reviewer_type: input.reviewer.type,
      reviewer_id: input.reviewer.id,
      role: input.role,
      requested_by: actor.personId,
      requested_at: at,
      reviewed_by: null,
      reviewed_at: null,
    });
    await notify(
      tx,
      actor.organizationId,
      await whoIsConcerned(
        tx,
        { what: 'review-request', reviewer: input.reviewer, organizationId: actor.organizationId },
        actor.personId,
      ),
      {
        kind: 'review-requested',
        title: `Review requested: ${record.state.terms.title}`,
        promiseId,
        dedupeKey: `review:${id}`,
      },
    );
  });
  return getReviews(ctx, actor, promiseId);
}

export async function completeReview(ctx: ServiceContext, actor: MemberActor, reviewId: string) {
  const request = await reviewStore.findReviewRequest(ctx.db, actor.organizationId, reviewId);
  if (!request) throw notFound('Review');
  enforce('reviewRequest', 'complete', reviewRequestFacts(await loadViewer(ctx, actor), request));
  await reviewStore.completeReviewRequest(
    ctx.db,
    actor.organizationId,
    reviewId,
    actor.personId,
    iso(ctx.now()),
  );
  return getReviews(ctx, actor, request.promise_id);
}

/** A reviewer raises a question the promise's sides must answer; only the sides change the promise. */
export async function askQuestion(ctx: ServiceContext, actor: MemberActor, promiseId: string, text: string) {
  await inTransaction(ctx, async (tx) => {
    const { record, facts } = await visible(tx, actor, promiseId);
    enforce('promise', 'askQuestion', facts);
    const id = tx.newId();
    await reviewStore.insertQuestion(tx.db, {
      organization_id: actor.organizationId,
      id,
      promise_id: promiseId,
      asked_by: actor.personId,
      text,
      asked_at: iso(tx.now()),
      answer: null,
      answered_by: null,
      answered_at: null,
      resolved_by: null,
      resolved_at: null,
    });
    const people = await whoIsConcerned(tx, { what: 'question', record }, actor.personId);
    await notify(tx, actor.organizationId, people, {
      kind: 'question-raised',
      title: `Question on ${record.state.terms.title}: ${text.slice(0, 80)}`,
      promiseId,
      dedupeKey: `question:${id}`,
    });
    await notifyMentions(
      tx,
      actor,
      text,
      { on: 'promise', record, what: 'a question' },
      `mention:question:${id}`,
    );
  });
  return getReviews(ctx, actor, promiseId);
}

async function loadQuestion(ctx: ServiceContext, actor: MemberActor, questionId: string) {
  const question = await reviewStore.findQuestion(ctx.db, actor.organizationId, questionId);
  if (!question) throw notFound('Question');
  return { question, ...(await visible(ctx, actor, question.promise_id)) };
}

export async function answerQuestion(
  ctx: ServiceContext,
  actor: MemberActor,
  questionId: string,
  text: string,
) {
  const { question, facts, record } = await loadQuestion(ctx, actor, questionId);
  enforce('question', 'answer', questionFacts(facts, actor, question));
  const at = iso(ctx.now());
  await inTransaction(ctx, async (tx) => {
    await reviewStore.updateQuestion(tx.db, actor.organizationId, questionId, {
      answer: text,
      answered_by: actor.personId,
      answered_at: at,
    });
    const askedBy = await whoIsConcerned(tx, { what: 'answer', askedBy: question.asked_by }, actor.personId);
    await notify(tx, actor.organizationId, askedBy, {
      kind: 'question-answered',
      title: `Your question on ${record.state.terms.title} was answered`,
      promiseId: record.row.id,
      dedupeKey: `answer:${questionId}:${at}`,
    });
    // An answer rewritten tells only whoever it newly mentions: each person once for the question.
    await notifyMentions(
      tx,
      actor,
      text,
      { on: 'promise', record, what: 'an answer to a question' },
      `mention:answer:${questionId}`,
    );
  });
  return getReviews(ctx, actor, question.promise_id);
}

export async function resolveQuestion(ctx: ServiceContext, actor: MemberActor, questionId: string) {
  const { question, facts } = await loadQuestion(ctx, actor, questionId);
  enforce('question', 'resolve', questionFacts(facts, actor, question));
  await reviewStore.updateQuestion(ctx.db, actor.organizationId, questionId, {
    resolved_by: actor.personId,
    resolved_at: iso(ctx.now()),
  });
  return getReviews(ctx, actor, question.promise_id);
}
