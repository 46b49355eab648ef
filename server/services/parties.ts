import type { Party, PartyRef } from '../../contract/parties.js';
import type { Participant, Side } from '../../core/promises/index.js';
import { notFound } from '../errors.js';
import * as parties from '../store/parties.js';
import type { MemberActor } from './authorization.js';
import type { ServiceContext } from './context.js';

export const partyKey = (party: Party): string => `${party.type}:${party.id}`;

/**
 * Who the signed-in person is, in terms of parties: themselves, the teams they belong to, and
 * the teams they lead. A team acts through its leads; any of its members may comment.
 */
export interface Viewer {
  actor: MemberActor;
  personId: string;
  memberOf: ReadonlySet<string>;
  leads: ReadonlySet<string>;
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

/** The parties a viewer speaks for: themselves and the teams they lead. */
export function actsFor(viewer: Viewer, party: Party): boolean {
  return party.type === 'person' ? party.id === viewer.personId : viewer.leads.has(party.id);
}

/** The parties a viewer belongs to: themselves and every team they are in. */
export function belongsTo(viewer: Viewer, party: Party): boolean {
  return party.type === 'person' ? party.id === viewer.personId : viewer.memberOf.has(party.id);
}

export interface PromiseParties {
  customer: Party;
  performers: readonly Party[];
}

export function sidesOf(
  viewer: Viewer,
  promise: PromiseParties,
  test: (v: Viewer, p: Party) => boolean,
): Side[] {
  const sides: Side[] = [];
  if (test(viewer, promise.customer)) sides.push('customer');
  if (promise.performers.some((p) => test(viewer, p))) sides.push('performer');
  return sides;
}

/** The sides a viewer moves for, and the participants they may comment as. */
export function participation(viewer: Viewer, promise: PromiseParties) {
  const moves = sidesOf(viewer, promise, actsFor);
  const member = sidesOf(viewer, promise, belongsTo);
  const comments: Participant[] = member.length > 0 ? member : ['reviewer'];
  return { moves, member, comments };
}

export interface PartyDirectory {
  name(party: Party): string;
  ref(party: Party): PartyRef;
}

export async function loadDirectory(ctx: ServiceContext, organizationId: string): Promise<PartyDirectory> {
  const { people, teams } = await parties.partyNames(ctx.db, organizationId);
  const names = new Map<string, string>([
    ...people.map((p) => [`person:${p.id}`, p.name] as const),
    ...teams.map((t) => [`team:${t.id}`, t.name] as const),
  ]);
  const name = (party: Party) => names.get(partyKey(party)) ?? 'Unknown';
  return { name, ref: (party) => ({ ...party, name: name(party) }) };
}

/** New promises name active members and teams of the organization, never archived teams. */
export async function requireParties(ctx: ServiceContext, organizationId: string, list: readonly Party[]) {
  const { people, teams } = await parties.partyNames(ctx.db, organizationId);
  for (const party of list) {
    const exists =
      party.type === 'person'
        ? people.some((p) => p.id === party.id && p.removed_at === null)
        : teams.some((t) => t.id === party.id && t.archived_at === null);
    if (!exists) throw notFound(party.type === 'person' ? 'Person' : 'Team');
  }
}
