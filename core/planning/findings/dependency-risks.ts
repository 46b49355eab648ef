import { type CalendarDate, daysBetween } from '../calendar-date.js';
import type { DependencyState } from '../dependency-state.js';
import { distinctIds, type Finding, type FindingOptions, idLabels, plural } from './finding.js';

export interface DependencyFacts {
  id: string;
  /** The dependent promise: the one that needs something. */
  from: string;
  /** The supplier promise, or null while the supplier team has not promised anything for it. */
  to: string | null;
  /** The team asked to supply, when the supplier is a team. */
  supplierTeamId: string | null;
  state: DependencyState;
}

export interface DependencyFinding<Code extends 'unacknowledged-dependency' | 'declined-dependency'>
  extends Finding<Code> {
  dependencyId: string;
}

/** Each dependency its supplier has neither acknowledged nor declined. A warning: it may still be fine. */
export function findUnacknowledgedDependencies(
  dependencies: readonly DependencyFacts[],
  { labels = idLabels }: FindingOptions = {},
): DependencyFinding<'unacknowledged-dependency'>[] {
  return dependencies
    .filter((dependency) => dependency.state === 'proposed')
    .map((dependency) => {
      const dependent = labels.promise(dependency.from);
      const supplier = supplierName(dependency, labels.team);
      const needs = dependency.to === null ? supplier : `${labels.promise(dependency.to)} from ${supplier}`;
      return {
        code: 'unacknowledged-dependency',
        severity: 'warning',
        key: `unacknowledged-dependency:${dependency.id}`,
        dependencyId: dependency.id,
        promiseIds: distinctIds([dependency.from, dependency.to]),
        teamIds: distinctIds([dependency.supplierTeamId]),
        message:
          `${dependent} needs ${needs}; ${supplier} has not acknowledged this dependency yet, so ${dependent} rests on a risk. ` +
          `Ask ${supplier} to acknowledge or decline it.`,
      };
    });
}

/** Each dependency its supplier declined: the dependent promise cannot be delivered as planned. */
export function findDeclinedDependencies(
  dependencies: readonly DependencyFacts[],
  { labels = idLabels }: FindingOptions = {},
): DependencyFinding<'declined-dependency'>[] {
  return dependencies
    .filter((dependency) => dependency.state === 'declined')
    .map((dependency) => {
      const dependent = labels.promise(dependency.from);
      const supplier = supplierName(dependency, labels.team);
      const what =
        dependency.to === null
          ? `to supply what ${dependent} needs`
          : `to supply ${labels.promise(dependency.to)} for ${dependent}`;
      return {
        code: 'declined-dependency',
        severity: 'problem',
        key: `declined-dependency:${dependency.id}`,
        dependencyId: dependency.id,
        promiseIds: distinctIds([dependency.from, dependency.to]),
        teamIds: distinctIds([dependency.supplierTeamId]),
        message:
          `${supplier} declined ${what}. ` +
          `Find another supplier, change how ${dependent} will be delivered, or renegotiate it.`,
      };
    });
}

function supplierName(dependency: DependencyFacts, team: (id: string) => string): string {
  return dependency.supplierTeamId === null ? 'its supplier' : team(dependency.supplierTeamId);
}

export interface PromiseDue {
  id: string;
  /** The promise's due date: its own, or its cycle's last day when it has none. */
  due: CalendarDate;
}

export interface TimedDependency {
  from: string;
  to: string | null;
  /** Declined dependencies are not waited on, so their dates do not matter. */
  state?: DependencyState;
}

/**
 * Each dependency whose supplier promise is due after the promise that needs it: the dependent
 * cannot be delivered on time unless the supplier is early. Due on the same day is not flagged.
 */
export function findSupplierDueAfterDependent(
  dependencies: readonly TimedDependency[],
  promises: readonly PromiseDue[],
  { labels = idLabels }: FindingOptions = {},
): Finding<'supplier-due-after-dependent'>[] {
  const dueById = new Map(promises.map((promise) => [promise.id, promise.due]));
  const findings = new Map<string, Finding<'supplier-due-after-dependent'>>();
  for (const { from, to, state } of dependencies) {
    if (to === null || state === 'declined') continue;
    const dependentDue = dueById.get(from);
    const supplierDue = dueById.get(to);
    if (dependentDue === undefined || supplierDue === undefined || supplierDue <= dependentDue) continue;
    const key = `supplier-due-after-dependent:${from}>${to}`;
    const late = plural(daysBetween(dependentDue, supplierDue), 'day');
    findings.set(key, {
      code: 'supplier-due-after-dependent',
      severity: 'problem',
      key,
      promiseIds: [from, to],
      teamIds: [],
      message:
        `${labels.promise(from)} is due on ${dependentDue} but depends on ${labels.promise(to)}, due ${late} later on ${supplierDue}. ` +
        `Bring ${labels.promise(to)} forward, or move ${labels.promise(from)}'s due date.`,
    });
  }
  return [...findings.values()];
}
