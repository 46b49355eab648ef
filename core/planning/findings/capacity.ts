import type { Status } from '../../promises/state.js';
import { type CapacityUnit, capacityStanding, measureLoad, promiseLoad } from '../capacity.js';
import { type Finding, type FindingOptions, idLabels, plural } from './finding.js';

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
  unit: CapacityUnit;
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
  // One pass to group the plates, so the cost grows with the plan, not teams × promises.
  const plates = new Map<string, PromiseOnPlate[]>();
  for (const promise of promises) {
    if (promise.performerTeamId === null || promiseLoad(promise.state) === 'none') continue;
    const key = `${promise.performerTeamId}\u0000${promise.cycleId}`;
    const plate = plates.get(key);
    if (plate) plate.push(promise);
    else plates.set(key, [promise]);
  }
  for (const capacity of capacities) {
    const plate = plates.get(`${capacity.teamId}\u0000${capacity.cycleId}`) ?? [];
    const load = loadAgainst(capacity, plate);
    const { isOverCapacity: isOver, wouldBeOverCapacity } = capacityStanding(
      { unit: load.unit, amount: load.capacity },
      load,
    );
    if (!wouldBeOverCapacity) continue;
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

function loadAgainst(capacity: TeamCapacity, plate: readonly PromiseOnPlate[]): CapacityLoad {
  const unit = capacity.points !== undefined ? 'points' : 'promises';
  const load = measureLoad(
    unit,
    plate.map((promise) => ({ id: promise.id, status: promise.state, size: promise.size })),
  );
  return { unit, capacity: capacity.points ?? capacity.promises ?? 0, ...load };
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
