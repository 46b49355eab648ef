import type { Party, PartyRef } from '../../contract/parties.js';
import { type PartyViewer, partyKey } from '../../core/promises/index.js';
import { notFound } from '../errors.js';
import * as parties from '../store/parties.js';
import type { MemberActor } from './authorization.js';
import type { ServiceContext } from './context.js';

/** The signed-in member, in terms of parties: themselves, the teams they belong to and those they lead. */
export interface Viewer extends PartyViewer {
  actor: MemberActor;
}

export async function loadViewer(ctx: ServiceContext, actor: MemberActor): Promise<Viewer> {
  const teams = await parties.teamsOfPerson(ctx.db, actor.organizationId, actor.personId);
  return {
    actor,
    personId: actor.personId,
    memberOf: new Set(teams.map((t) => t.team_id)),
    leads: new Set(teams.filter((t) => t.role === 'lead').map((t) => t.team_id)),
  };
}

// Who acts for which side is a rule of the domain: it lives in core, beside the protocol.
export { actsFor, belongsTo, participation, partyKey } from '../../core/promises/index.js';

export interface PartyDirectory {
  name(party: Party): string;
  ref(party: Party): PartyRef;
}

/** The ids of the parties, by type and without repeats, as the store takes them. */
function partyIds(list: readonly Party[]) {
  const ids = (type: Party['type']) => [...new Set(list.filter((p) => p.type === type).map((p) => p.id))];
  return { personIds: ids('person'), teamIds: ids('team') };
}

/** Names the given parties (and only those: a response names a few of an organization's thousands). */
export async function loadDirectory(
  ctx: ServiceContext,
  organizationId: string,
  named: readonly Party[],
): Promise<PartyDirectory> {
  const { people, teams } = await parties.partyNames(ctx.db, organizationId, partyIds(named));
  const names = new Map<string, string>([
    ...people.map((p) => [`person:${p.id}`, memberName(p)] as const),
    ...teams.map((t) => [`team:${t.id}`, t.name] as const),
  ]);
  const name = (party: Party) => names.get(partyKey(party)) ?? 'Unknown';
  return { name, ref: (party) => ({ ...party, name: name(party) }) };
}

/**
 * A person's name as the organization shows it: someone removed from the organization keeps their
 * name on what they promised and moved, marked as no longer a member (a deleted account is already
 * named "Former member").
 */
function memberName(person: { name: string; deleted_at?: string | null; removed_at: string | null }) {
  return person.removed_at === null || person.deleted_at != null
    ? person.name
    : `${person.name} (former member)`;
}

/** New promises name active members and teams of the organization, never archived teams. */
export async function requireParties(ctx: ServiceContext, organizationId: string, list: readonly Party[]) {
  const { people, teams } = await parties.partyNames(ctx.db, organizationId, partyIds(list));
  const active = new Set([
    ...people.filter((p) => p.removed_at === null).map((p) => `person:${p.id}`),
    ...teams.filter((t) => t.archived_at === null).map((t) => `team:${t.id}`),
  ]);
  for (const party of list) {
    if (!active.has(partyKey(party))) throw notFound(party.type === 'person' ? 'Person' : 'Team');
  }
}
