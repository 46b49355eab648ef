import type { FindingEventRecord } from '../../../contract/findings.js';
import { MAX_PAGE_SIZE } from '../../../contract/pages.js';
import type { PartyRef } from '../../../contract/parties.js';
import type {
  Condition,
  MoveRecord,
  PerformerAnswer,
  PromiseDetail,
  PromiseList,
  PromiseSort,
  PromiseSummary,
} from '../../../contract/promises.js';
import { can, cannot, mayEnd, movesInCycle, promiseFacts } from '../../../core/policies/index.js';
import {
  applyChanges,
  awaitedPerformers,
  describeSituation,
  diffTerms,
  movesOfViewer,
  type PromiseState,
  performerKeyOf,
  phaseOf,
  stateAt,
} from '../../../core/promises/index.js';
import { AppError } from '../../errors.js';
import * as links from '../../store/alignment.js';
import * as carryOverStore from '../../store/carry-over.js';
import { findCycle } from '../../store/cycles.js';
import { findDirectionVersion } from '../../store/direction.js';
import * as findingStore from '../../store/findings.js';
import type { PartyFilter } from '../../store/promises.js';
import * as store from '../../store/promises.js';
import { dependencyAsOf, presentContributions, presentDependencies } from '../alignment.js';
import type { MemberActor } from '../authorization.js';
import type { ServiceContext } from '../context.js';
import { getCycle } from '../cycles/cycles.js';
import { loadViewer, participation } from '../parties.js';
import { matchingPromiseIds } from '../search.js';
import { asOfInstant, existedAt, moveOf, recordsAsOf } from './as-of.js';
import { carriedFrom, carriedInto } from './carried.js';
import { loadPresenter } from './present.js';
import { loadRecord, loadRecords } from './records.js';
import { requireVisible, viewerParties, visibleIds } from './visibility.js';

/** The whole promise: its state, its conversation and its links; or as it stood at `at`. */
export async function getPromise(
  ctx: ServiceContext,
  actor: MemberActor,
  id: string,
  asOf?: string,
): Promise<PromiseDetail> {
  const at = asOf === undefined ? undefined : asOfInstant(asOf, ctx.now());
  const record = await loadRecord(ctx, actor.organizationId, id);
  const viewer = await loadViewer(ctx, actor);
  const who = participation(viewer, record);
  await requireVisible(ctx, viewer, record);

  const rows = await store.listMoves(ctx.db, actor.organizationId, id);
  let moveRows = rows;
  let state = record.state;
  if (at !== undefined) {
    if (!existedAt(record, at)) {
      throw new AppError(
        'not_found',
        `The promise did not exist yet at ${at}; it was made ${record.row.created_at}`,
      );
    }
    const folded = stateAt(
      record.draft,
      rows.map((row) => moveOf(ctx, row)),
      at,
    );
    if (!folded.ok) throw new Error(`the move log of promise ${id} does not fold: ${folded.refusal.message}`);
    state = folded.state;
    moveRows = rows.filter((row) => Date.parse(row.at) <= Date.parse(at));
  }

  // As of a moment, the score, check-in status and staleness are those of then, as are the links.
  const presenter = await loadPresenter(ctx, actor.organizationId, [{ ...record, state }], at);
  const [touchingContributions, touchingDependencies] = await Promise.all([
    links.contributionsTouching(ctx.db, actor.organizationId, id, at),
    links.dependenciesTouching(ctx.db, actor.organizationId, id, at),
  ]);
  const [contributions, dependencies] = await Promise.all([
    presentContributions(ctx, viewer, touchingContributions, at),
    presentDependencies(
      ctx,
      viewer,
      at === undefined ? touchingDependencies : touchingDependencies.map((row) => dependencyAsOf(row, at)),
      [],
      at,
    ),
  ]);
  const canAct = actor.role !== 'viewer' && at === undefined;
  const cycle = await getCycle(ctx, actor.organizationId, record.row.cycle_id);
  const [from, into, left, findingEvents] = await Promise.all([
    carriedFrom(ctx, record),
    carriedInto(ctx, actor.organizationId, id),
    carryOverStore.dismissedBy(ctx.db, actor.organizationId, actor.personId, [id]),
    findingStore.listFindingEventsOfPromise(ctx.db, actor.organizationId, id, at),
  ]);
  // Its sides are asked what becomes of an unfinished promise of a closed cycle until one carries it.
  const isAsked = cycle.state === 'closed' && into === null && at === undefined && mayEnd(state, who);
  const history: MoveRecord[] = moveRows.map((row) => ({
    id: row.id,
    act: row.act as MoveRecord['act'],
    by: row.by_participant,
    person: { id: row.person_id, name: row.person_name },
    at: row.at,
    version: row.version,
    reason: row.reason ? ctx.dialect.parseJson(row.reason) : null,
    changes: row.changes ? ctx.dialect.parseJson(row.changes) : null,
    text: row.text,
    performer:
      row.performer_type && row.performer_id
        ? presenter.directory.ref({ type: row.performer_type, id: row.performer_id })
        : null,
    replyBy: row.reply_by,
  }));
  const summary: PromiseSummary = presenter.summary({ ...record, state });
  return {
    ...summary,
    phase: phaseOf(state),
    terms: { ...state.terms, conditions: [...state.terms.conditions] },
    proposal: state.proposal
      ? {
          by: state.proposal.by,
          kind: state.proposal.kind,
          changes: { ...state.proposal.changes, conditions: state.proposal.changes.conditions?.slice() },
          proposedTerms: (() => {
            const terms = applyChanges(state.terms, state.proposal.changes);
            return { ...terms, conditions: [...terms.conditions] };
          })(),
          differences: diffTerms(state.terms, state.proposal.changes).map((d) => ({
            field: d.field,
            change: 'change' in d ? d.change : 'changed',
            ...('id' in d ? { conditionId: d.id } : {}),
            before: d.before,
            after: d.after,
          })),
        }
      : null,
    replyBy: state.replyBy ?? null,
    draftedBy: state.draftedBy,
    openedBy: state.openedBy,
    lastReason: state.lastReason,
    situation: describeSituation(state),
    mySides: [...new Set([...who.moves, ...who.comments])],
    allowedMoves: canAct
      ? movesInCycle(
          [...new Set(movesOfViewer(viewer, record, state).concat(who.comments.length ? ['comment'] : []))],
          cycle.state,
          isAsked,
        )
      : [],
    cycleState: cycle.state,
    // A promise shown as it stood at `at` is history: nothing is done to it there.
    can: at === undefined ? can('promise', promiseFacts(actor.role, who, state, cycle)) : cannot('promise'),
    history,
    findingEvents: findingEvents.map((row) => ({
      id: row.id,
      act: row.act,
      findingKey: row.finding_key,
      code: row.code as FindingEventRecord['code'],
      message: row.message,
      person: { id: row.person_id, name: row.person_name },
      at: row.at,
      reason: row.reason,
    })),
    performerAnswers: presentPerformerAnswers(summary.performers, state, history),
    contributesTo: contributions.filter((c) => c.from.id === id),
    contributedBy: contributions.filter((c) => c.to.id === id),
    dependsOn: dependencies.filter((d) => d.dependent.id === id),
    dependedOnBy: dependencies.filter((d) => d.dependent.id !== id),
    asOf: at ?? null,
    citesDirection: await citedDirection(ctx, record.row.organization_id, record.row.direction_version_id),
    carriedFrom: from,
    carriedInto: into,
    carryOver: { isAsked: isAsked && canAct, hasLeft: left.has(id) },
  };
}

/**
 * Each performer's answers as the state keeps them, with who made the move for it: the move of
 * that performer at that moment in the log, or the performing side's move that answered for all.
 */
function presentPerformerAnswers(
  performers: readonly PartyRef[],
  state: PromiseState<Condition>,
  history: readonly MoveRecord[],
): PerformerAnswer[] {
  const awaited = awaitedPerformers(state);
  return performers.map((party) => {
    const key = performerKeyOf(state, party);
    const actOf = (answers: PromiseState['promisedBy']) => {
      const answer = answers.find((a) => a.performer === key);
      if (!answer) return null;
      // The move made for this performer; before 0014, the move of the side answering as one.
      const move = history.find(
        (m) =>
          m.at === answer.at &&
          m.by === 'performer' &&
          (m.performer === null || (m.performer.type === party.type && m.performer.id === party.id)),
      );
      return { person: move ? { ...move.person } : null, at: answer.at };
    };
    return {
      performer: { ...party },
      promised: actOf(state.promisedBy),
      reported: actOf(state.reportedBy),
      isAwaited: awaited.includes(key),
    };
  });
}

export interface ListInput {
  cycleId?: string | undefined;
  horizonId?: string | undefined;
  partyType?: 'person' | 'team' | undefined;
  partyId?: string | undefined;
  as: 'customer' | 'performer' | 'either';
  mine?: 'true' | 'false' | undefined;
  status?: string | undefined;
  phase?: string | undefined;
  tag?: string | undefined;
  q?: string | undefined;
  sort?: PromiseSort | undefined;
  order?: 'asc' | 'desc' | undefined;
  at?: string | undefined;
  limit: number;
  offset: number;
}

/** The list's filters on what changes over time: as of a past moment they would be today's answer. */
const TODAYS_FILTERS = ['status', 'phase', 'tag'] as const;

export async function listPromises(
  ctx: ServiceContext,
  actor: MemberActor,
  input: ListInput,
): Promise<PromiseList> {
  const at = input.at === undefined ? undefined : asOfInstant(input.at, ctx.now());
  if (at !== undefined) {
    const refused = TODAYS_FILTERS.filter((name) => input[name] !== undefined);
    if (refused.length > 0) {
      throw new AppError(
        'validation_failed',
        `${refused.join(', ')} cannot be filtered as of a past moment (they say how promises stand today); leave ${refused.length > 1 ? 'them' : 'it'} out or drop at`,
      );
    }
  }
  const viewer = await loadViewer(ctx, actor);
  let parties: { list: PartyFilter[]; as: ListInput['as'] } | undefined;
  if (input.partyType && input.partyId)
    parties = { list: [{ type: input.partyType, id: input.partyId }], as: input.as };
  else if (input.partyType || input.partyId) {
    throw new AppError('validation_failed', 'Give both partyType and partyId to filter by a party');
  } else if (input.mine === 'true') {
    const teams = [...viewer.memberOf].map((id) => ({ type: 'team' as const, id }));
    parties = { list: [{ type: 'person', id: viewer.personId }, ...teams], as: input.as };
  }
  // The text filter narrows the list to the best matches the searcher may see, then sorts as asked.
  const ids =
    input.q === undefined ? undefined : await matchingPromiseIds(ctx, actor, input.q, MAX_PAGE_SIZE);
  const { rows, total } = await store.listPromises(
    ctx.db,
    actor.organizationId,
    {
      cycleIds: input.cycleId ? [input.cycleId] : undefined,
      horizonId: input.horizonId,
      status: input.status,
      phase: input.phase,
      tag: input.tag,
      madeBy: at,
      parties,
      ids,
      draftVisibleTo: viewerParties(viewer),
    },
    { limit: input.limit, offset: input.offset, sort: input.sort ?? 'due', order: input.order ?? 'asc' },
  );
  const loaded = await loadRecords(ctx, actor.organizationId, rows);
  let records = loaded;
  if (at !== undefined) {
    // Each promise of the page as it stood then; one that was still a private draft then stays hidden.
    const then = await recordsAsOf(ctx, actor.organizationId, loaded, at);
    const visible = await visibleIds(ctx, viewer, then);
    records = then.filter((record) => visible.has(record.row.id));
  }
  const presenter = await loadPresenter(ctx, actor.organizationId, records, at);
  return { promises: records.map(presenter.summary), total, limit: input.limit, offset: input.offset };
}

async function citedDirection(ctx: ServiceContext, organizationId: string, versionId: string | null) {
  if (!versionId) return null;
  const version = await findDirectionVersion(ctx.db, organizationId, versionId);
  if (!version) return null;
  const cycle = await findCycle(ctx.db, organizationId, version.cycle_id);
  return { versionId, cycleId: version.cycle_id, cycleName: cycle?.name ?? '', version: version.version };
}
