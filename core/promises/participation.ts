import type { Participant, Side } from './move.js';

/** A party as the protocol sees it: who holds or makes a promise, by kind and id. */
export interface PartyIdentity {
  readonly type: 'person' | 'team';
  readonly id: string;
}

/**
 * Who the signed-in person is, in terms of parties: themselves, the teams they belong to, and
 * the teams they lead. A team acts through its leads; any of its members may comment and check in.
 */
export interface PartyViewer {
  readonly personId: string;
  readonly memberOf: ReadonlySet<string>;
  readonly leads: ReadonlySet<string>;
}

/** The parties of a promise: one customer, one or more performers. */
export interface PromiseParties {
  readonly customer: PartyIdentity;
  readonly performers: readonly PartyIdentity[];
}

/**
 * How a viewer takes part in a promise. `moves`: the sides they speak for (the person, or a lead
 * of the team), so the protocol's moves for those sides are theirs. `member`: the sides they
 * belong to (the person, or any member of the team), so they may check in, answer and look back.
 * `comments`: the participants they may comment as; someone on neither side comments as a reviewer.
 */
export interface Participation {
  readonly moves: readonly Side[];
  readonly member: readonly Side[];
  readonly comments: readonly Participant[];
}

/** The parties a viewer speaks for: themselves and the teams they lead. */
export function actsFor(viewer: PartyViewer, party: PartyIdentity): boolean {
  return party.type === 'person' ? party.id === viewer.personId : viewer.leads.has(party.id);
}

/** The parties a viewer belongs to: themselves and every team they are in. */
export function belongsTo(viewer: PartyViewer, party: PartyIdentity): boolean {
  return party.type === 'person' ? party.id === viewer.personId : viewer.memberOf.has(party.id);
}

/** The sides of `promise` whose party (any performer, for the performing side) passes `test`. */
export function sidesOf(
  viewer: PartyViewer,
  promise: PromiseParties,
  test: (viewer: PartyViewer, party: PartyIdentity) => boolean,
): Side[] {
  const sides: Side[] = [];
  if (test(viewer, promise.customer)) sides.push('customer');
  if (promise.performers.some((party) => test(viewer, party))) sides.push('performer');
  return sides;
}

/** The sides a viewer moves for, the sides they belong to, and the participants they may comment as. */
export function participation(viewer: PartyViewer, promise: PromiseParties): Participation {
  const moves = sidesOf(viewer, promise, actsFor);
  const member = sidesOf(viewer, promise, belongsTo);
  const comments: Participant[] = member.length > 0 ? member : ['reviewer'];
  return { moves, member, comments };
}
