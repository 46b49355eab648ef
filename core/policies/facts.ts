import type { Role } from '../organization/roles.js';
import type { CycleState } from '../planning/cycle-state.js';
import type { Act, Side } from '../promises/move.js';
import type { Participation } from '../promises/participation.js';
import type { Status } from '../promises/state.js';

export type { Role };

/**
 * What a policy looks at, as plain data per kind of resource. The service loads it; the policy
 * never reads anything else, so the same facts give the same answer on the server and in `can`.
 */

/** Anything done in the organization as a whole: creating teams, cycles, promises; inviting. */
export interface OrganizationFacts {
  readonly role: Role;
}

/** A promise, seen by one viewer. */
export interface PromiseFacts {
  readonly role: Role;
  /** The sides the viewer speaks for (`moves`) and belongs to (`member`). */
  readonly sides: Pick<Participation, 'moves' | 'member'>;
  readonly status: Status;
  readonly draftedBy: Side;
  /**
   * The protocol moves the viewer may make now (`allowedMoves` over the sides they move for), none
   * but comment once the promise's cycle is closed.
   */
  readonly allowedMoves: readonly Act[];
  /** The promise's cycle: once it is closed, the promise's record is history. */
  readonly cycle: PromiseCycle;
}

/** What the policies need to know of a promise's cycle. */
export interface PromiseCycle {
  readonly name: string;
  readonly state: CycleState;
}

/** A new promise, before it exists: who drafts it and whether the viewer speaks for that side. */
export interface NewPromiseFacts {
  readonly role: Role;
  readonly draftedBy: Side;
  readonly actsForDraftingSide: boolean;
}

/** A reviewer's question on a promise. */
export interface QuestionFacts extends PromiseFacts {
  readonly isAsker: boolean;
  readonly isAnswered: boolean;
  readonly isResolved: boolean;
}

/** A request that a party review a promise. */
export interface ReviewRequestFacts {
  readonly role: Role;
  /** The viewer is the person asked, or a member of the team asked. */
  readonly isReviewer: boolean;
  readonly isDone: boolean;
}

/** A contribution between two promises (or one about to be made). */
export interface ContributionFacts {
  readonly role: Role;
  /** The viewer speaks for a side of at least one of the two promises. */
  readonly speaksForEither: boolean;
  /** The cycles of the promises it joins, when known: a closed one keeps its links as they are. */
  readonly cycles?: readonly PromiseCycle[];
}

/** A dependency of one promise on another promise or on a team. */
export interface DependencyFacts {
  readonly role: Role;
  /** The viewer answers for the supplier: the performer of the promise depended on, or a lead of the team. */
  readonly answersForSupplier: boolean;
  /** The viewer speaks for a side of the dependent promise (unknown: no). */
  readonly speaksForDependent?: boolean;
  readonly state: 'proposed' | 'acknowledged' | 'declined';
  /** The cycles of the promises it joins, when known: a closed one's dependencies are not answered. */
  readonly cycles?: readonly PromiseCycle[];
}

/** A team of the organization. */
export interface TeamFacts {
  readonly role: Role;
  readonly name: string;
  readonly isArchived: boolean;
  readonly isLead: boolean;
}

/** A cycle's direction document. */
export interface DirectionFacts {
  readonly role: Role;
  /** The viewer is a member of an active leadership team. */
  readonly isLeadershipMember: boolean;
  readonly hasPublishedVersion: boolean;
}

/** A cycle of the calendar. */
export interface CycleFacts {
  readonly role: Role;
  readonly state: CycleState;
}

/** A member of the organization, as another member (or they themselves) sees them. */
export interface MemberFacts {
  readonly role: Role;
  readonly memberRole: Role;
  readonly ownerCount: number;
}

/** A member about to be given another role. */
export interface RoleChangeFacts extends MemberFacts {
  readonly to: Role;
}

/** An invitation about to be made, for someone to join with the role `invitedAs`. */
export interface NewInvitationFacts {
  readonly role: Role;
  readonly invitedAs: Role;
}

/** An invitation made. */
export interface InvitationFacts {
  readonly role: Role;
  readonly status: 'pending' | 'accepted' | 'revoked' | 'expired';
}

/** The facts of each kind of resource, by name: the keys of the policy table. */
export interface Facts {
  organization: OrganizationFacts;
  promise: PromiseFacts;
  newPromise: NewPromiseFacts;
  question: QuestionFacts;
  reviewRequest: ReviewRequestFacts;
  contribution: ContributionFacts;
  dependency: DependencyFacts;
  team: TeamFacts;
  direction: DirectionFacts;
  cycle: CycleFacts;
  member: MemberFacts;
  roleChange: RoleChangeFacts;
  newInvitation: NewInvitationFacts;
  invitation: InvitationFacts;
}

export type Resource = keyof Facts;
