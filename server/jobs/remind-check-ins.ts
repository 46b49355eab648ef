import { makeCheckInLink } from '../services/check-in-links.js';
import { iso, type ServiceContext } from '../services/context.js';
import { notify, peopleOfParty } from '../services/notifications.js';
import * as organizations from '../store/organizations.js';
import * as promises from '../store/promises.js';
import * as standings from '../store/standings.js';
import type { JobScope } from './job.js';

/** A reminder goes a day before a check-in falls due; a late one is reminded once more when due. */
const AHEAD_MS = 86_400_000;
/** The most reminders one pass sends per organization; the next pass takes the rest. */
const BATCH = 500;

/**
 * Reminds the performers of each promise whose check-in falls due within a day, following its
 * cycle's cadence: once per due date (the notification's dedupe key), never for a promise already
 * checked in within it (its due date has moved on). The email carries a link to check in at once.
 */
export async function remindCheckIns(
  ctx: ServiceContext,
  now: Date,
  scope: JobScope = {},
): Promise<{ reminded: number }> {
  const at: ServiceContext = { ...ctx, now: () => now };
  const organizationIds = scope.organizationIds ?? (await organizations.listOrganizationIds(ctx.db));
  let reminded = 0;
  for (const organizationId of organizationIds) {
    const due = await standings.listCheckInsDueBy(
      ctx.db,
      organizationId,
      iso(new Date(now.getTime() + AHEAD_MS)),
      BATCH,
    );
    const performers = await promises.performersOf(
      ctx.db,
      organizationId,
      due.map((d) => d.id),
    );
    for (const promise of due) {
      const parties = performers.filter((p) => p.promise_id === promise.id);
      const people = (
        await Promise.all(
          parties.map((p) =>
            peopleOfParty(at, organizationId, { type: p.party_type, id: p.party_id }, 'leads'),
          ),
        )
      ).flat();
      reminded += await notify(at, organizationId, people, {
        kind: 'check-in-due',
        title: `A check-in is due on ${promise.title}`,
        promiseId: promise.id,
        dedupeKey: `check-in-due:${promise.id}:${promise.next_check_in_due}`,
        emailAction: async (tx, personId) => ({
          label: 'Check in now',
          url: await makeCheckInLink(tx, { organizationId, personId, promiseId: promise.id }),
        }),
      });
    }
  }
  return { reminded };
}
