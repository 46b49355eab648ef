import { CreateContributionBody, CreateDependencyBody } from '../../../contract/alignment.js';
import type { CalendarDate } from '../../../contract/common.js';
import { contractValidator } from '../forms/contract-validator.js';
import { replyByProblem } from '../promises/reply-by.js';

/** What the add-contribution form holds: which way it goes, the other promise and the weight. */
export interface ContributionValues {
  direction: 'to' | 'from';
  otherId: string | null;
  weight: number | string;
}

/**
 * The request the values make. No other promise chosen yet is left out, so the contract says it is
 * required; an emptied weight too, so the contract's default applies.
 */
export function toContributionBody(promiseId: string, values: ContributionValues) {
  const other = values.otherId ?? undefined;
  const [fromPromiseId, toPromiseId] = values.direction === 'to' ? [promiseId, other] : [other, promiseId];
  return {
    fromPromiseId,
    toPromiseId,
    weight: typeof values.weight === 'number' ? values.weight : undefined,
  };
}

/** This promise is always one end, so a promise's issue concerns the one chosen. */
const contributionFieldOf = (path: string) => (path === 'weight' ? 'weight' : 'otherId');

export function validateContribution(promiseId: string, values: ContributionValues): Record<string, string> {
  return contractValidator(
    CreateContributionBody,
    (v: ContributionValues) => toContributionBody(promiseId, v),
    contributionFieldOf,
  )(values);
}

/** What the add-dependency form holds: a supplier promise or team, and what it is needed for. */
export interface DependencyValues {
  kind: 'promise' | 'team';
  supplierId: string | null;
  note: string;
  /** The day the supplier is asked to answer by ('' for none). */
  replyBy: string;
}

/** The request the values make; no supplier chosen yet leaves both out, which the contract refuses. */
export function toDependencyBody(promiseId: string, values: DependencyValues) {
  const supplierId = values.supplierId ?? undefined;
  return {
    promiseId,
    ...(values.kind === 'promise' ? { supplierPromiseId: supplierId } : { supplierTeamId: supplierId }),
    note: values.note,
    ...(values.replyBy ? { replyBy: values.replyBy } : {}),
  };
}

/** The rule that one supplier is named concerns the whole request; it shows under the supplier. */
const dependencyFieldOf = (path: string) => (path === 'note' || path === 'replyBy' ? path : 'supplierId');

/** The contract's rules, then the reply-by day against the reader's `today` (the server checks it again). */
export function validateDependency(
  promiseId: string,
  values: DependencyValues,
  today: CalendarDate,
): Record<string, string> {
  const late = replyByProblem(values.replyBy, today);
  return {
    ...(late ? { replyBy: late } : {}),
    ...contractValidator(
      CreateDependencyBody,
      (v: DependencyValues) => toDependencyBody(promiseId, v),
      dependencyFieldOf,
    )(values),
  };
}
