import type { Status } from '../../promises/state.js';
import { type Finding, type FindingOptions, idLabels, plural } from './finding.js';

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
  revoked: 'none',
};

export function promiseLoad(state: Status): PromiseLoad {
  return loadByState[state];
}

/** What a team declares it can promise in a cycle: a number of promises, or points of size. */
export type TeamCapacity = { teamId: string; cycleId: string } & (
  | { promises: number; points?: never }
  | { points: number; promises?: never }
);

export interface PromiseOnPlate {
  id: string;
  performerTeamId: string | null;
  cycleId: string;
  state: Status;
  /** Points, when the team counts capacity in points; unsized promises then weigh nothing. */
  size?: number | null;
}

export interface CapacityLoad {
  unit: 'promises' | 'points';
  capacity: number;
  accepted: number;
  pending: number;
  /** Promises left out of a points total because they have no size. */
  unsizedPromiseIds: string[];
}

export interface CapacityFinding
  extends Finding<'team-over-capacity' | 'team-over-capacity-if-pending-accepted'> {
  cycleId: string;
  load: CapacityLoad;
}

/**
 * Teams whose load in a cycle exceeds what they declared. Accepted load over capacity is a
 * problem; accepted within capacity but accepted + pending over it is a warning, because the team
 * must decline or counter some asks (capacity is a valid reason to decline).
 */
export function findTeamsOverCapacity(
  capacities: readonly TeamCapacity[],
  promises: readonly PromiseOnPlate[],
  { labels = idLabels }: FindingOptions = {},
): CapacityFinding[] {
  const findings: CapacityFinding[] = [];
  for (const capacity of capacities) {
    const plate = promises.filter(
      (promise) =>
        promise.performerTeamId === capacity.teamId &&
        promise.cycleId === capacity.cycleId &&
        promiseLoad(promise.state) !== 'none',
    );
    const load = measureLoad(capacity, plate);
    if (load.accepted + load.pending <= load.capacity) continue;
    const isOver = load.accepted > load.capacity;
    findings.push({
      code: isOver ? 'team-over-capacity' : 'team-over-capacity-if-pending-accepted',
      severity: isOver ? 'problem' : 'warning',
      key: `${isOver ? 'team-over-capacity' : 'team-over-capacity-if-pending-accepted'}:${capacity.teamId}:${capacity.cycleId}`,
      cycleId: capacity.cycleId,
      load,
      promiseIds: plate.map((promise) => promise.id),
      teamIds: [capacity.teamId],
      message: capacityMessage(isOver, labels.team(capacity.teamId), labels.cycle(capacity.cycleId), load),
    });
  }
  return findings;
}

function measureLoad(capacity: TeamCapacity, plate: readonly PromiseOnPlate[]): CapacityLoad {
  const unit = capacity.points !== undefined ? 'points' : 'promises';
  const load: CapacityLoad = {
    unit,
    capacity: capacity.points ?? capacity.promises ?? 0,
    accepted: 0,
    pending: 0,
    unsizedPromiseIds: [],
  };
  for (const promise of plate) {
    let weight = 1;
    if (unit === 'points') {
      weight = promise.size ?? 0;
      if (promise.size == null) load.unsizedPromiseIds.push(promise.id);
    }
    if (promiseLoad(promise.state) === 'accepted') load.accepted += weight;
    else load.pending += weight;
  }
  return load;
}

function capacityMessage(isOver: boolean, team: string, cycle: string, load: CapacityLoad): string {
  const unit = load.unit === 'points' ? 'point' : 'promise';
  const amount = (value: number, adjective = '') => plural(value, `${adjective}${unit}`);
  const unsized =
    load.unsizedPromiseIds.length > 0
      ? ` ${plural(load.unsizedPromiseIds.length, 'promise has', 'promises have')} no size and ${load.unsizedPromiseIds.length === 1 ? 'is' : 'are'} not counted.`
      : '';
  if (isOver) {
    const pending = load.pending > 0 ? ` (and ${amount(load.pending, 'more ')} pending)` : '';
    return (
      `${team} has accepted ${amount(load.accepted)} in ${cycle}${pending}, over its capacity of ${load.capacity}. ` +
      `Renegotiate, move or withdraw some promises, or raise the capacity.${unsized}`
    );
  }
  return (
    `${team} has accepted ${amount(load.accepted)} in ${cycle} against a capacity of ${load.capacity}; ` +
    `accepting the ${amount(load.pending, 'pending ')} would bring it to ${load.accepted + load.pending}. ` +
    `Decline or counter some asks: capacity is a valid reason.${unsized}`
  );
}
