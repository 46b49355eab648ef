import type { CheckIn, CheckInStatus, Progress } from '../../contract/check-ins.js';
import {
  type CheckInAnswerKind,
  type Contribution,
  type ContributionGraph,
  rollUpProgress,
} from '../../core/scoring/index.js';
import { AppError, notFound } from '../errors.js';
import * as links from '../store/alignment.js';
import * as checkIns from '../store/check-ins.js';
import type { Page } from '../store/pages.js';
import { findPromises } from '../store/promises.js';
import type { CheckInValuesTable } from '../store/schema.js';
import type { MemberActor } from './authorization.js';
import { whoIsConcerned } from './concerned.js';
import { inTransaction, iso, type ServiceContext } from './context.js';
import { groupBy } from './group-by.js';
import { notifyMentions } from './mentions.js';
import { notify } from './notifications.js';
import { loadViewer, participation } from './parties.js';
import { enforce } from './policies.js';
import { loadProgress, type PromiseProgress, timeUsedOf } from './progress.js';
import { asOfInstant, existedAt, recordsAsOf } from './promises/as-of.js';
import { loadPromiseFacts } from './promises/facts.js';
import { loadCalendar } from './promises/present.js';
import { loadRecord, loadRecords, type PromiseRecord } from './promises/records.js';
import { requireVisible } from './promises/visibility.js';
import { lockForCheckIn, recordCheckInStanding } from './standing.js';
import { recordEvent } from './webhooks/events.js';

type ValueInput = { conditionId: string; value: string } | { conditionId: string; done: boolean };

export async function visible(ctx: ServiceContext, actor: MemberActor, promiseId: string) {
  const record = await loadRecord(ctx, actor.organizationId, promiseId);
  const viewer = await loadViewer(ctx, actor);
  await requireVisible(ctx, viewer, record);
  const who = participation(viewer, record);
  return { record, who, facts: await loadPromiseFacts(ctx, actor.role, who, record) };
}

/** Checks each value against the agreed key result it is for: a number for a metric, done for a milestone. */
function valueRows(
  record: PromiseRecord,
  checkInId: string,
  values: readonly ValueInput[],
): CheckInValuesTable[] {
  const seen = new Set<string>();
  return values.map((input) => {
    const condition = record.state.terms.conditions.find((c) => c.id === input.conditionId);
    if (!condition)
      throw new AppError('validation_failed', `Condition ${input.conditionId} is not one of this promise's`);
    if (!condition.keyResult) {
      throw new AppError(
        'validation_failed',
        `"${condition.text}" is not measured: it has no key result to check in`,
      );
    }
    if (seen.has(condition.id)) throw new AppError('validation_failed', `"${condition.text}" is given twice`);
    seen.add(condition.id);
    const isMilestone = condition.keyResult.kind === 'milestone';
    if (isMilestone !== 'done' in input) {
      throw new AppError(
        'validation_failed',
        isMilestone
          ? `"${condition.text}" is a milestone: send done true or false`
          : `"${condition.text}" is a metric: send its value as decimal text`,
      );
    }
    return {
      organization_id: record.row.organization_id,
      check_in_id: checkInId,
      promise_id: record.row.id,
      condition_id: condition.id,
      value: 'value' in input ? input.value : null,
      done: 'done' in input ? (input.done ? 1 : 0) : null,
    };
  });
}

/** The performer (the person, or any member of a performing team) records progress while keeping the promise. */
export async function createCheckIn(
  ctx: ServiceContext,
  actor: MemberActor,
  promiseId: string,
  input: { values: ValueInput[]; confidence: number; status: CheckInStatus; note: string; blockers: string },
): Promise<CheckIn> {
  const written = await inTransaction(ctx, async (tx) => {
    // The lock first: what the check-in is checked against is then read after any move that was
    // being made on the promise at the same moment.
    const lock = await lockForCheckIn(tx, actor.organizationId, promiseId);
    const { record, facts } = await visible(tx, actor, promiseId);
    enforce('promise', 'checkIn', facts);
    const checkInId = tx.newId();
    const stored = await checkIns.insertCheckIn(
      tx.db,
      {
        organization_id: actor.organizationId,
        id: checkInId,
        promise_id: promiseId,
        person_id: actor.personId,
        at: iso(tx.now()),
        confidence: input.confidence,
        status: input.status,
        note: input.note,
        blockers: input.blockers,
      },
      valueRows(record, checkInId, input.values),
    );
    await recordCheckInStanding(tx, record.state, lock, {
      organizationId: actor.organizationId,
      promiseId,
      id: checkInId,
      at: stored.row.at,
      status: stored.row.status,
      confidence: stored.row.confidence,
      values: stored.values.map((v) => ({ conditionId: v.condition_id, value: v.value, done: v.done })),
    });
    tx.changes.publish({ kind: 'check-in-written', organizationId: actor.organizationId, promiseId });
    await recordEvent(tx, actor.organizationId, 'check_in.created', {
      checkIn: {
        id: checkInId,
        promiseId,
        at: stored.row.at,
        status: stored.row.status,
        confidence: stored.row.confidence,
        promiseTitle: record.state.terms.title,
      },
      byPersonId: actor.personId,
    });
    await notify(
      tx,
      actor.organizationId,
      await whoIsConcerned(tx, { what: 'check-in', record }, actor.personId),
      {
        kind: 'check-in-posted',
        title: checkInTitle(stored.row.status, record.state.terms.title),
        promiseId,
        dedupeKey: `check-in:${checkInId}`,
      },
    );
    await notifyMentions(
      tx,
      actor,
      `${input.note}\n${input.blockers}`,
      { on: 'promise', record, what: 'a check-in' },
      `mention:check-in:${checkInId}`,
    );
    return stored;
  });
  // What was written, as the engine returned it: no read of the promise's history, and a new
  // check-in has no answers yet.
  return presentCheckIn({ ...written.row, person_name: actor.name }, written.values, []);
}

/** A check-in at risk or off track says so first, so it stands out in the bell and the summary. */
function checkInTitle(status: CheckInStatus, title: string): string {
  if (status === 'at-risk') return `At risk: check-in on ${title}`;
  if (status === 'off-track') return `Off track: check-in on ${title}`;
  return `Check-in on ${title}: on track`;
}

function answerTitle(name: string, answer: { kind: CheckInAnswerKind; text: string }, title: string): string {
  const said = answer.text ? `: ${answer.text.slice(0, 80)}` : '';
  if (answer.kind === 'acknowledge') return `${name} acknowledged the check-in on ${title}${said}`;
  if (answer.kind === 'offer-help') return `${name} offers help with ${title}${said}`;
  return `${name} answered the check-in on ${title}${said}`;
}

type CheckInRow = Awaited<ReturnType<typeof checkIns.listCheckIns>>[number];
type ValueRow = Pick<
  Awaited<ReturnType<typeof checkIns.listValues>>[number],
  'condition_id' | 'value' | 'done'
>;
type AnswerRow = Awaited<ReturnType<typeof checkIns.listAnswers>>[number];

function presentCheckIn(
  row: CheckInRow,
  values: readonly ValueRow[],
  answers: readonly AnswerRow[],
): CheckIn {
  return {
    id: row.id,
    promiseId: row.promise_id,
    person: { id: row.person_id, name: row.person_name },
    at: row.at,
    values: values.map((v) => ({
      conditionId: v.condition_id,
      value: v.value === null ? null : String(v.value),
      done: v.done === null ? null : v.done === 1,
    })),
    confidence: row.confidence,
    status: row.status,
    note: row.note,
    blockers: row.blockers,
    answers: answers.map((a) => ({
      id: a.id,
      kind: a.kind,
      text: a.text,
      person: { id: a.person_id, name: a.person_name },
      at: a.at,
    })),
  };
}

/** A page of a promise's check-ins, newest first, each with its values and the customer's answers. */
export async function listCheckIns(
  ctx: ServiceContext,
  actor: MemberActor,
  promiseId: string,
  page: Page,
): Promise<{ checkIns: CheckIn[]; total: number } & Page> {
  await visible(ctx, actor, promiseId);
  const { rows, total } = await checkIns.pageCheckIns(ctx.db, actor.organizationId, promiseId, page);
  const { values, answers } = await checkIns.valuesAndAnswersOf(
    ctx.db,
    actor.organizationId,
    promiseId,
    rows.map((row) => row.id),
  );
  const valuesOf = groupBy(values, (v) => v.check_in_id);
  const answersTo = groupBy(answers, (a) => a.check_in_id);
  return {
    checkIns: rows.map((row) => presentCheckIn(row, valuesOf.get(row.id) ?? [], answersTo.get(row.id) ?? [])),
    total,
    ...page,
  };
}

/** Customership is active work: the customer acknowledges, comments on or offers help with a check-in. */
export async function answerCheckIn(
  ctx: ServiceContext,
  actor: MemberActor,
  checkInId: string,
  input: { kind: CheckInAnswerKind; text: string },
): Promise<CheckIn> {
  const checkIn = await checkIns.findCheckIn(ctx.db, actor.organizationId, checkInId);
  if (!checkIn) throw notFound('Check-in');
  const { record, facts } = await visible(ctx, actor, checkIn.promise_id);
  enforce('promise', 'answerCheckIn', facts);
  await inTransaction(ctx, async (tx) => {
    const id = tx.newId();
    await checkIns.insertAnswer(tx.db, {
      organization_id: actor.organizationId,
      id,
      check_in_id: checkInId,
      promise_id: checkIn.promise_id,
      person_id: actor.personId,
      kind: input.kind,
      text: input.text,
      at: iso(tx.now()),
    });
    tx.changes.publish({
      kind: 'check-in-written',
      organizationId: actor.organizationId,
      promiseId: checkIn.promise_id,
    });
    await notify(
      tx,
      actor.organizationId,
      await whoIsConcerned(
        tx,
        { what: 'check-in-answer', record, checkInBy: checkIn.person_id },
        actor.personId,
      ),
      {
        kind: 'check-in-answered',
        title: answerTitle(actor.name, input, record.state.terms.title),
        promiseId: checkIn.promise_id,
        dedupeKey: `check-in-answer:${id}`,
      },
    );
    await recordEvent(tx, actor.organizationId, 'check_in.answered', {
      answer: {
        id,
        checkInId,
        promiseId: checkIn.promise_id,
        kind: input.kind,
        text: input.text,
        at: iso(tx.now()),
        person: { id: actor.personId, name: actor.name },
      },
      promiseTitle: record.state.terms.title,
      byPersonId: actor.personId,
    });
    await notifyMentions(
      tx,
      actor,
      input.text,
      { on: 'promise', record, what: 'an answer to a check-in' },
      `mention:check-in-answer:${id}`,
    );
  });
  // The answered check-in as it reads now, wherever it falls in the promise's pages.
  const [written, { answers }] = await Promise.all([
    checkIns.findCheckInWithValues(ctx.db, actor.organizationId, checkInId),
    checkIns.valuesAndAnswersOf(ctx.db, actor.organizationId, checkIn.promise_id, [checkInId]),
  ]);
  if (!written) throw notFound('Check-in');
  return presentCheckIn(written.row, written.values, answers);
}

/**
 * Key results with their values over time, the score, the roll-up and whether a check-in is overdue.
 * Loads the promise and the contribution graph that reaches it (its contributors, theirs, and so on):
 * the cost follows that graph, not the organization.
 */
export async function getProgress(
  ctx: ServiceContext,
  actor: MemberActor,
  promiseId: string,
  asOf?: string,
): Promise<Progress> {
  const at = asOf === undefined ? undefined : asOfInstant(asOf, ctx.now());
  const { record: current } = await visible(ctx, actor, promiseId);
  if (at !== undefined && !existedAt(current, at)) {
    throw new AppError(
      'not_found',
      `The promise did not exist yet at ${at}; it was made ${current.row.created_at}`,
    );
  }
  const organizationId = actor.organizationId;
  const reaching = await links.contributionsReaching(ctx.db, organizationId, promiseId, at);
  const contributorIds = [...new Set(reaching.map((c) => c.from_promise_id))].filter(
    (id) => id !== promiseId,
  );
  const [loaded, calendar] = await Promise.all([
    findPromises(ctx.db, organizationId, contributorIds).then((rows) =>
      loadRecords(ctx, organizationId, rows),
    ),
    loadCalendar(ctx, organizationId),
  ]);
  // As of a moment, each promise is scored against its terms then, on the check-ins made by then.
  const records =
    at === undefined
      ? [current, ...loaded]
      : await recordsAsOf(ctx, organizationId, [current, ...loaded], at);
  const record = records[0]!;
  const progressOf = await loadProgress(ctx, organizationId, records, calendar.cycleRow, at);
  const progress = progressOf.get(promiseId)!;
  const cycle = calendar.cycle(record.row.cycle_id);
  return {
    promiseId,
    score: progress.score,
    rolledUpScore: rollUpProgress(promiseId, contributionGraph(reaching, progressOf)),
    startDate: cycle.startDate,
    dueDate: record.state.terms.dueDate,
    timeUsed: timeUsedOf(
      {
        status: record.state.status,
        agreedAt: progress.agreedAt,
        cycleStart: cycle.startDate,
        dueDate: record.state.terms.dueDate,
      },
      at ?? iso(ctx.now()),
    ),
    keyResults: progress.keyResults,
    confidence: progress.confidence,
    lastCheckInAt: progress.lastCheckIn?.at ?? null,
    nextCheckInDue: progress.nextCheckInDue,
    isStale: progress.isStale,
  };
}

/** The promises of the walk with their own scores and who contributes to each, for the roll-up. */
function contributionGraph(
  reaching: ReadonlyArray<{ from_promise_id: string; to_promise_id: string; weight: number }>,
  progressOf: ReadonlyMap<string, PromiseProgress>,
): ContributionGraph {
  const contributionsTo = new Map<string, Contribution[]>();
  for (const row of reaching) {
    const into = contributionsTo.get(row.to_promise_id) ?? [];
    into.push({ contributorId: row.from_promise_id, weight: row.weight });
    contributionsTo.set(row.to_promise_id, into);
  }
  // Only promises that exist are nodes: a contribution from a missing promise is left out of the roll-up.
  return new Map(
    [...progressOf].map(([id, progress]) => [
      id,
      { score: progress.score, contributions: contributionsTo.get(id) ?? [] },
    ]),
  );
}
