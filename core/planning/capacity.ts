import type { Status } from '../promises/state.js';

/** What a team counts its capacity in: promises, or points of size. */
export const CAPACITY_UNITS = ['promises', 'points'] as const;
export type CapacityUnit = (typeof CAPACITY_UNITS)[number];

/** What a team declares it can promise in a cycle. */
export interface DeclaredCapacity {
  readonly unit: CapacityUnit;
  readonly amount: number;
}

/**
 * What a promise weighs on its performer's capacity. Accepted: the team has promised and the
 * work is on it (promised, or reported and awaiting assessment). Pending: an open ask or offer
 * the team may still take on. Drafts are private, final states are off the team's plate, and a
 * satisfied promise is delivered work that frees the capacity it used.
 */
export type PromiseLoad = 'accepted' | 'pending' | 'none';

const loadByState: Readonly<Record<Status, PromiseLoad>> = {
  draft: 'none',
  requested: 'pending',
  offered: 'pending',
  countered: 'pending',
  promised: 'accepted',
  reported: 'accepted',
  satisfied: 'none',
  declined: 'none',
  withdrawn: 'none',
  ended: 'none',
  revoked: 'none',
  discarded: 'none',
};

export function promiseLoad(state: Status): PromiseLoad {
  return loadByState[state];
}

/** A promise a team performs, as its load needs it. */
export interface WeighedPromise {
  readonly id: string;
  readonly status: Status;
  /** Points, when the team counts capacity in points; an unsized promise then weighs nothing. */
  readonly size?: number | null;
}

export interface Load {
  /** Promised or reported, in the capacity's unit. */
  accepted: number;
  /** Requested, offered or countered, in the capacity's unit. */
  pending: number;
  /** Promises on the plate left out of a points total because they have no size. */
  unsizedPromiseIds: string[];
}

/** A team's load in a cycle, in its capacity's unit, from the promises it performs there. */
export function measureLoad(unit: CapacityUnit, promises: readonly WeighedPromise[]): Load {
  const load: Load = { accepted: 0, pending: 0, unsizedPromiseIds: [] };
  for (const promise of promises) {
    const weighs = promiseLoad(promise.status);
    if (weighs === 'none') continue;
    let weight = 1;
    if (unit === 'points') {
      weight = promise.size ?? 0;
      if (promise.size == null) load.unsizedPromiseIds.push(promise.id);
    }
    if (weighs === 'accepted') load.accepted += weight;
    else load.pending += weight;
  }
  return load;
}

/** Promises a team performs in one status, counted: how many, and their points (unsized as 0). */
export interface CountedPromises {
  readonly status: Status;
  readonly count: number;
  readonly points: number;
}

/**
 * The same load as `measureLoad`, from promises counted by status (as a database counts them)
 * rather than listed one by one; it cannot name the unsized promises.
 */
export function measureCountedLoad(
  unit: CapacityUnit,
  groups: readonly CountedPromises[],
): Pick<Load, 'accepted' | 'pending'> {
  const load = { accepted: 0, pending: 0 };
  for (const group of groups) {
    const weighs = promiseLoad(group.status);
    if (weighs === 'none') continue;
    const weight = unit === 'points' ? group.points : group.count;
    if (weighs === 'accepted') load.accepted += weight;
    else load.pending += weight;
  }
  return load;
}

export interface CapacityStanding {
  /** The team has accepted more than it declared. */
  isOverCapacity: boolean;
  /** Accepting every pending ask would take it over (it must decline or counter some). */
  wouldBeOverCapacity: boolean;
}

/** Where a load stands against a declared capacity; a team that declared none is never over. */
export function capacityStanding(
  capacity: DeclaredCapacity | null,
  load: Pick<Load, 'accepted' | 'pending'>,
): CapacityStanding {
  if (capacity === null) return { isOverCapacity: false, wouldBeOverCapacity: false };
  return {
    isOverCapacity: load.accepted > capacity.amount,
    wouldBeOverCapacity: load.accepted + load.pending > capacity.amount,
  };
}
