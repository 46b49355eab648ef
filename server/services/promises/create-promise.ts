import type { Party } from '../../../contract/parties.js';
import type { PromiseDetail } from '../../../contract/promises.js';
import { newDraft, type Side } from '../../../core/promises/index.js';
import { AppError } from '../../errors.js';
import * as store from '../../store/promises.js';
import type { MemberActor } from '../authorization.js';
import { inTransaction, iso, type ServiceContext } from '../context.js';
import { getCycle, requireOpenCycle } from '../cycles/cycles.js';
import { requireCitableVersion } from '../direction.js';
import { actsFor, loadViewer, partyKey, requireParties } from '../parties.js';
import { enforce } from '../policies.js';
import { refreshStanding } from '../standing.js';
import { recordEvent } from '../webhooks/events.js';
import { makeMove } from './make-move.js';
import { getPromise } from './read-promise.js';
import { projectionOf } from './records.js';
import { type ConditionInput, requireWithinCycle, toCondition } from './terms-input.js';

type CreateInput = {
  cycleId: string;
  customer: Party;
  performers: Party[];
  title: string;
  description: string;
  conditions: ConditionInput[];
  dueDate: string;
  tags: string[];
  open: 'draft' | 'request' | 'offer';
  draftedBy?: Side | undefined;
  directionVersionId?: string | undefined;
  size?: number | undefined;
  /** Set by carry-over only: the promise of a closed cycle this one carries over. */
  carriedFromId?: string | undefined;
  /** With open request or offer: the day the other side is asked to answer by. */
  replyBy?: string | undefined;
};

/**
 * A promise begins as a draft by one side; `open` request or offer opens it at once, as the first
 * move of its log. Only someone who acts for a side may draft for it.
 */
export async function createPromise(
  ctx: ServiceContext,
  actor: MemberActor,
  input: CreateInput,
): Promise<PromiseDetail> {
  enforce('organization', 'createPromise', { role: actor.role });
  const draftedBy: Side =
    input.open === 'request'
      ? 'customer'
      : input.open === 'offer'
        ? 'performer'
        : (input.draftedBy ?? 'customer');
  if (input.open !== 'draft' && input.draftedBy && input.draftedBy !== draftedBy) {
    throw new AppError(
      'validation_failed',
      `A ${input.open} is drafted by the ${draftedBy}; leave out draftedBy`,
    );
  }
  if (input.open === 'draft' && input.replyBy !== undefined) {
    throw new AppError(
      'validation_failed',
      'A draft asks nobody yet: give a reply-by date when you open it as a request or an offer',
    );
  }
  const performers = dedupe(input.performers);
  const id = await inTransaction(ctx, async (tx) => {
    const cycle = await getCycle(tx, actor.organizationId, input.cycleId);
    requireOpenCycle(cycle, 'new-promise');
    requireWithinCycle(input.dueDate, {
      name: cycle.name,
      startDate: cycle.start_date,
      endDate: cycle.end_date,
    });
    await requireParties(tx, actor.organizationId, [input.customer, ...performers]);
    const viewer = await loadViewer(tx, actor);
    const drafting = draftedBy === 'customer' ? [input.customer] : performers;
    enforce('newPromise', 'create', {
      role: actor.role,
      draftedBy,
      actsForDraftingSide: drafting.some((party) => actsFor(viewer, party)),
    });
    const draft = newDraft(
      draftedBy,
      {
        title: input.title,
        description: input.description,
        conditions: input.conditions.map((c) => toCondition(tx.newId(), c)),
        dueDate: input.dueDate,
      },
      performers.map(partyKey),
    );
    const now = iso(tx.now());
    const promiseId = tx.newId();
    await store.insertPromise(
      tx.db,
      {
        organization_id: actor.organizationId,
        id: promiseId,
        cycle_id: cycle.id,
        customer_type: input.customer.type,
        customer_id: input.customer.id,
        ...projectionOf(draft),
        draft: JSON.stringify(draft),
        state: JSON.stringify(draft),
        created_by: actor.personId,
        created_at: now,
        updated_at: now,
        size: input.size ?? null,
        direction_version_id: input.directionVersionId
          ? (await requireCitableVersion(tx, actor.organizationId, input.directionVersionId)).id
          : null,
        carried_from_id: input.carriedFromId ?? null,
      },
      performers.map((party, position) => ({
        organization_id: actor.organizationId,
        promise_id: promiseId,
        party_type: party.type,
        party_id: party.id,
        position,
      })),
      [...new Set(input.tags)].map((tag) => ({
        organization_id: actor.organizationId,
        promise_id: promiseId,
        tag,
      })),
    );
    await refreshStanding(tx, actor.organizationId, promiseId);
    // A private draft is nobody else's business yet: it is told when it is opened to the other side.
    if (input.open !== 'draft') {
      await recordEvent(tx, actor.organizationId, 'promise.created', {
        promise: { id: promiseId, cycleId: cycle.id, title: input.title, dueDate: input.dueDate },
        byPersonId: actor.personId,
      });
    }
    if (input.open !== 'draft') {
      await makeMove(tx, actor, promiseId, {
        act: input.open,
        version: draft.version,
        as: draftedBy,
        replyBy: input.replyBy,
      });
    }
    return promiseId;
  });
  return getPromise(ctx, actor, id);
}

function dedupe(parties: readonly Party[]): Party[] {
  const seen = new Set<string>();
  return parties.filter((p) => {
    const key = `${p.type}:${p.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
