import { addDays } from '../../core/planning/index.js';
import { iso, type ServiceContext } from '../services/context.js';
import { notify, peopleOfParty } from '../services/notifications.js';
import * as organizations from '../store/organizations.js';
import * as promises from '../store/promises.js';
import type { JobScope } from './job.js';

/** The most reminders one pass sends per organization; the asks are few, so one pass is enough. */
const BATCH = 500;

/**
 * Reminds the awaited side of each ask whose reply-by date is tomorrow (UTC): once per ask (the
 * dedupe key names the promise's version, which the ask's answer moves on), and never once it is
 * answered, since an answer clears the date. A team answers through its leads.
 */
export async function remindReplies(
  ctx: ServiceContext,
  now: Date,
  scope: JobScope = {},
): Promise<{ reminded: number }> {
  const at: ServiceContext = { ...ctx, now: () => now };
  const tomorrow = addDays(iso(now).slice(0, 10), 1);
  const organizationIds = scope.organizationIds ?? (await organizations.listOrganizationIds(ctx.db));
  let reminded = 0;
  for (const organizationId of organizationIds) {
    const asks = await promises.listAsksToAnswerBy(ctx.db, organizationId, tomorrow, BATCH);
    const performers = await promises.performersOf(
      ctx.db,
      organizationId,
      asks.map((a) => a.id),
    );
    for (const ask of asks) {
      const parties =
        ask.awaiting === 'customer'
          ? [{ type: ask.customer_type, id: ask.customer_id }]
          : performers
              .filter((p) => p.promise_id === ask.id)
              .map((p) => ({ type: p.party_type, id: p.party_id }));
      const people = (
        await Promise.all(parties.map((party) => peopleOfParty(at, organizationId, party, 'leads')))
      ).flat();
      reminded += await notify(at, organizationId, people, {
        kind: 'reply-by-near',
        title: `Your answer on ${ask.title} is asked for by tomorrow, ${tomorrow}`,
        promiseId: ask.id,
        dedupeKey: `reply-by-near:${ask.id}:${ask.version}`,
      });
    }
  }
  return { reminded };
}
