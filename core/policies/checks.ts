import type { Role } from '../organization/roles.js';
import { canManageOrganization, canWrite } from '../organization/roles.js';
import { type ClosedCycleWork, refusalInCycle } from '../planning/cycle-state.js';
import type { Side } from '../promises/move.js';
import type { Status } from '../promises/state.js';
import type { PromiseFacts } from './facts.js';
import { type Check, check, when } from './refusal.js';

/** Conditions shared by many rows of the table. */

/** Viewers read; everyone else may write what the rest of the row lets them. */
export const mayWrite: Check<{ readonly role: Role }> = check(
  'read-only',
  (facts) => canWrite(facts.role),
  'Viewers can read but not change anything',
);

/** Owners and admins manage the organization: its members, teams and calendar. */
export const mayManage: Check<{ readonly role: Role }> = check(
  'not-permitted',
  (facts) => canManageOrganization(facts.role),
  'Only owners and admins can do this',
);

type Sides = Pick<PromiseFacts, 'sides'>;

/** The viewer speaks for `side`: the person, or a lead of the team. */
export const speaksFor =
  (side: Side) =>
  (facts: Sides): boolean =>
    facts.sides.moves.includes(side);

/** The viewer speaks for either side. */
export const speaksForASide = (facts: Sides): boolean => facts.sides.moves.length > 0;

/** The viewer is on `side`: the person, or any member of the team. */
export const isOn =
  (side: Side) =>
  (facts: Sides): boolean =>
    facts.sides.member.includes(side);

/** The viewer is on either side. */
export const isOnASide = (facts: Sides): boolean => facts.sides.member.length > 0;

/** The promise is in one of `statuses`. */
export const isIn =
  (statuses: readonly Status[]) =>
  (facts: Pick<PromiseFacts, 'status'>): boolean =>
    statuses.includes(facts.status);

/** Every cycle a link joins is open to `work`: a closed cycle's links stay as they were closed. */
export const linkOpenTo = (
  work: ClosedCycleWork,
): Check<{ readonly cycles?: ReadonlyArray<PromiseFacts['cycle']> }> => {
  const refusal = (facts: { readonly cycles?: ReadonlyArray<PromiseFacts['cycle']> }) =>
    (facts.cycles ?? []).map((c) => refusalInCycle(c.state, c.name, work)).find((r) => r !== null) ?? null;
  return when(
    (facts) => refusal(facts) === null,
    (facts) => refusal(facts) ?? '',
  );
};

/** The promise's cycle is open to `work`: a closed cycle's record stays as it was closed. */
export const openTo = (work: ClosedCycleWork): Check<Pick<PromiseFacts, 'cycle'>> =>
  when(
    (facts) => refusalInCycle(facts.cycle.state, facts.cycle.name, work) === null,
    (facts) => refusalInCycle(facts.cycle.state, facts.cycle.name, work) ?? '',
  );
