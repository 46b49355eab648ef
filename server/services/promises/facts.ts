import type { Role } from '../../../contract/common.js';
import type { Condition } from '../../../contract/promises.js';
import { type PromiseFacts, promiseFacts } from '../../../core/policies/index.js';
import type { Participation } from '../../../core/promises/index.js';
import type { PromiseState } from '../../../core/promises/state.js';
import type { ServiceContext } from '../context.js';
import { getCycle } from '../cycles/cycles.js';
import type { PromiseRecord } from './records.js';

/**
 * What the policies know of a promise for a viewer, its cycle included: a promise in a closed
 * cycle takes no move but comments, so the answer depends on the cycle as much as on the state.
 */
export async function loadPromiseFacts(
  ctx: ServiceContext,
  role: Role,
  who: Pick<Participation, 'moves' | 'member'>,
  record: PromiseRecord,
  state: PromiseState<Condition> = record.state,
): Promise<PromiseFacts> {
  const cycle = await getCycle(ctx, record.row.organization_id, record.row.cycle_id);
  return promiseFacts(role, who, state, cycle);
}
