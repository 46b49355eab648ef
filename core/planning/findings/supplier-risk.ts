import type { Status } from '../../promises/state.js';
import type { CheckInStatus } from '../../scoring/check-in.js';
import type { DependencyState } from '../dependency-state.js';
import { distinctIds, type Finding, type FindingOptions, idLabels } from './finding.js';

/** What the supplier-risk rule needs of a promise: where it stands and who performs it. */
export interface PromiseHealth {
  id: string;
  status: Status;
  /** The latest check-in's status, or null before the first check-in. */
  health: CheckInStatus | null;
  /** No check-in within its cycle's cadence (computed by the one staleness rule). */
  isStale: boolean;
  performerTeamId: string | null;
}

export interface SupplierDependency {
  from: string;
  to: string | null;
  state?: DependencyState;
}

/** Why a supplier puts its dependents at risk, worst first. */
export type SupplierRisk = 'revoked' | 'withdrawn' | 'off-track' | 'at-risk' | 'stale';

export interface SupplierRiskFinding extends Finding<'risk-from-supplier'> {
  risk: SupplierRisk;
}

function supplierRisk(supplier: PromiseHealth): SupplierRisk | null {
  if (supplier.status === 'revoked' || supplier.status === 'withdrawn') return supplier.status;
  if (supplier.status !== 'promised') return null;
  if (supplier.health === 'off-track' || supplier.health === 'at-risk') return supplier.health;
  return supplier.isStale ? 'stale' : null;
}

/** A dependent that still believes it is on track: agreed, and not reporting trouble of its own. */
function looksOnTrack(dependent: PromiseHealth): boolean {
  return dependent.status === 'promised' && (dependent.health === null || dependent.health === 'on-track');
}

const riskWords: Readonly<Record<SupplierRisk, string>> = {
  revoked: 'was revoked by its performer',
  withdrawn: 'was withdrawn by its customer',
  'off-track': 'is off track',
  'at-risk': 'is at risk',
  stale: 'has had no check-in when one was due',
};

/**
 * Dependents on track whose supplier is not: the risk propagates along the dependency, so the
 * dependent is "at risk from a dependency" even though its own check-ins look fine. A supplier that
 * ended (revoked, withdrawn) is a problem; one that is struggling is a warning. The risk is part of
 * the key, so a dismissed "at risk" finding reopens when the supplier is revoked.
 */
export function findRisksFromSuppliers(
  dependencies: readonly SupplierDependency[],
  promises: readonly PromiseHealth[],
  { labels = idLabels }: FindingOptions = {},
): SupplierRiskFinding[] {
  const byId = new Map(promises.map((promise) => [promise.id, promise]));
  const findings = new Map<string, SupplierRiskFinding>();
  for (const { from, to, state } of dependencies) {
    if (to === null || state === 'declined' || from === to) continue;
    const dependent = byId.get(from);
    const supplier = byId.get(to);
    if (!dependent || !supplier || !looksOnTrack(dependent)) continue;
    const risk = supplierRisk(supplier);
    if (risk === null) continue;
    const key = `risk-from-supplier:${from}>${to}:${risk}`;
    const isEnded = risk === 'revoked' || risk === 'withdrawn';
    findings.set(key, {
      code: 'risk-from-supplier',
      severity: isEnded ? 'problem' : 'warning',
      key,
      risk,
      promiseIds: [from, to],
      teamIds: distinctIds([dependent.performerTeamId, supplier.performerTeamId]),
      message:
        `${labels.promise(from)} is on track but depends on ${labels.promise(to)}, which ${riskWords[risk]}, ` +
        `so ${labels.promise(from)} is at risk from a dependency. ` +
        (isEnded
          ? `Find another supplier or renegotiate ${labels.promise(from)}.`
          : `Ask for a check-in on ${labels.promise(to)} and say whether ${labels.promise(from)} is still on track.`),
    });
  }
  return [...findings.values()];
}
