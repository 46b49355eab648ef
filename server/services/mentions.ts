import { mentionedIds } from '../../core/mentions/index.js';
import * as parties from '../store/parties.js';
import * as people from '../store/people.js';
import type { MemberActor } from './authorization.js';
import type { ServiceContext } from './context.js';
import { notify } from './notifications.js';
import type { PromiseRecord } from './promises/records.js';
import { isVisible } from './promises/visibility.js';

/** Where a text that may mention people was written. */
export type MentionPlace =
  /** On a promise (a check-in's note, an answer to a check-in, a review question or its answer). */
  | { on: 'promise'; record: PromiseRecord; what: string }
  /** In a cycle's published direction document or a comment on it: every member reads it. */
  | { on: 'direction'; cycleId: string; what: string };

/**
 * Tells each person the text mentions (`@[Name](person:ID)`, core/mentions) that they were
 * mentioned: once for each `dedupeKey`, never its author, only members of the organization, and on
 * a promise only those who may see it (a private draft's mention of someone outside its drafting
 * side and reviewers tells nobody: the draft does not exist for them). Each goes to the bell and
 * by the person's choice for `mentioned` (notify). Call it in the transaction that writes the text.
 */
export async function notifyMentions(
  tx: ServiceContext,
  actor: MemberActor,
  text: string,
  place: MentionPlace,
  dedupeKey: string,
): Promise<number> {
  const mentioned = mentionedIds(text).filter((id) => id !== actor.personId);
  const members = await people.activeMemberIds(tx.db, actor.organizationId, mentioned);
  const told =
    place.on === 'promise' ? await whoMaySee(tx, actor.organizationId, members, place.record) : members;
  if (told.length === 0) return 0;
  const where = place.on === 'promise' ? ` on ${place.record.state.terms.title}` : '';
  return notify(tx, actor.organizationId, told, {
    kind: 'mentioned',
    title: `${actor.name} mentioned you in ${place.what}${where}`,
    ...(place.on === 'promise' ? { promiseId: place.record.row.id } : { cycleId: place.cycleId }),
    dedupeKey,
  });
}

async function whoMaySee(
  tx: ServiceContext,
  organizationId: string,
  personIds: readonly string[],
  record: PromiseRecord,
): Promise<string[]> {
  const allowed = await Promise.all(
    personIds.map(async (personId) => {
      const teams = await parties.teamsOfPerson(tx.db, organizationId, personId);
      return isVisible(
        tx,
        {
          personId,
          memberOf: new Set(teams.map((t) => t.team_id)),
          leads: new Set(teams.filter((t) => t.role === 'lead').map((t) => t.team_id)),
        },
        record,
      );
    }),
  );
  return personIds.filter((_, i) => allowed[i]);
}
