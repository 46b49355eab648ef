import { reviseDraft as revise } from '../../../core/promises/index.js';
import { AppError } from '../../errors.js';
import * as store from '../../store/promises.js';
import type { MemberActor } from '../authorization.js';
import { inTransaction, iso, type ServiceContext } from '../context.js';
import { getCycle } from '../cycles/cycles.js';
import { loadViewer, participation } from '../parties.js';
import { enforce } from '../policies.js';
import { refreshStanding } from '../standing.js';
import { loadPromiseFacts } from './facts.js';
import { getPromise } from './read-promise.js';
import { loadRecord, projectionOf } from './records.js';
import { type TermsChangeInput, toTermsChange } from './terms-input.js';
import { requireVisible } from './visibility.js';

/** A draft is edited in place by its drafting side until it is opened; then terms change only by moves. */
export async function reviseDraft(
  ctx: ServiceContext,
  actor: MemberActor,
  id: string,
  input: TermsChangeInput & { version: number; tags?: string[] | undefined },
) {
  await inTransaction(ctx, async (tx) => {
    const record = await loadRecord(tx, actor.organizationId, id);
    const viewer = await loadViewer(tx, actor);
    await requireVisible(tx, viewer, record);
    enforce(
      'promise',
      'editDraft',
      await loadPromiseFacts(tx, actor.role, participation(viewer, record), record),
    );
    if (record.state.version !== input.version) {
      throw new AppError(
        'conflict',
        `The draft changed since version ${input.version}; reload it and try again`,
      );
    }
    const cycle = await getCycle(tx, actor.organizationId, record.row.cycle_id);
    const { version: _version, tags, ...terms } = input;
    const changes = toTermsChange(tx, terms, record.state.terms, {
      name: cycle.name,
      startDate: cycle.start_date,
      endDate: cycle.end_date,
    });
    const hasTermChanges = Object.keys(changes).length > 0;
    if (hasTermChanges || tags === undefined) {
      const result = revise(record.state, changes);
      if (!result.ok)
        throw new AppError(
          result.refusal.code === 'changes-required' ? 'validation_failed' : 'conflict',
          result.refusal.message,
        );
      const landed = await store.updateProjection(tx.db, actor.organizationId, id, record.state.version, {
        ...projectionOf(result.state),
        draft: JSON.stringify(result.state),
        state: JSON.stringify(result.state),
        updated_at: iso(tx.now()),
      });
      if (!landed)
        throw new AppError('conflict', 'The draft changed at the same moment; reload it and try again');
      await refreshStanding(tx, actor.organizationId, id);
    }
    if (tags !== undefined) await store.replaceTags(tx.db, actor.organizationId, id, [...new Set(tags)]);
  });
  return getPromise(ctx, actor, id);
}
