import { isValidWeight } from './key-result.js';
import { componentsReachableFrom } from './strongly-connected.js';
import { isUnitInterval } from './unit-interval.js';
import { type WeightedValue, weightedMeanOfUnits } from './weighted-mean.js';

export type PromiseId = string;

/** Promise `contributorId` contributes to the promise holding this entry, counting for `weight`. */
export interface Contribution {
  readonly contributorId: PromiseId;
  /** Finite and positive. */
  readonly weight: number;
}

export interface RollUpNode {
  /** The promise's own score (`scorePromise`, unrounded), or null when it has no key results. */
  readonly score: number | null;
  /**
   * How much the promise's own key results count next to its contributors. Finite and non-negative,
   * 1 when absent; 0 makes the promise's progress purely its contributors'.
   */
  readonly ownWeight?: number;
  readonly contributions: readonly Contribution[];
}

/** Every promise the roll-up may reach, by id. Contributors missing from the map are left out. */
export type ContributionGraph = ReadonlyMap<PromiseId, RollUpNode>;

export const DEFAULT_OWN_WEIGHT = 1;

/** Budget of exact steps (lookups of a looping promise) per roll-up: tens of milliseconds of work. */
export const EXACT_LOOP_STEPS = 20_000;

/**
 * A promise's rolled-up progress in [0, 1], or null when neither it nor anything contributing to it has a
 * key result to score (also when `promiseId` is not in the graph).
 *
 * Rule: a weighted mean of
 * - the promise's own score, weighing `ownWeight` (left out when the score is null or ownWeight is 0), and
 * - each contributor's rolled-up progress, weighing its contribution weight (left out when null, so a
 *   contributor with nothing to score neither helps nor drags down).
 * A contributor already on the path being rolled up (the promise itself, or one it is contributing
 * through) is ignored, so a loop of contributions is counted once around and never walked forever.
 *
 * Cost: linear in the graph where there are no loops. Inside a loop a promise's value depends on which
 * members of its loop are already on the path, so those values are remembered per (promise, path within
 * its loop), which grows exponentially with how tangled a loop is. To keep one request from stalling the
 * server, after `EXACT_LOOP_STEPS` steps inside loops each looping promise is evaluated once more at
 * most and that value is reused wherever it is met again: the rule above holds exactly for any
 * plausible graph, and a pathological one (a dozen promises all contributing to each other) still gets a
 * bounded, deterministic answer. The strategy debugger reports such loops anyway.
 * Throws RangeError for a score outside [0, 1] or an invalid weight.
 */
export function rollUpProgress(promiseId: PromiseId, graph: ContributionGraph): number | null {
  if (!graph.has(promiseId)) return null;
  const contributorsOf = (id: PromiseId): readonly PromiseId[] =>
    (graph.get(id)?.contributions ?? []).map((c) => c.contributorId).filter((c) => graph.has(c));
  const componentOf = componentsReachableFrom(promiseId, contributorsOf);
  const path = new Set<PromiseId>();
  const remembered = new Map<string, number | null>();
  let loopSteps = 0;

  // Invariant: a promise's value depends on the path only through the path's members in its own loop
  // component (any path member it can reach lies on a loop with it), so that is all the memo key holds.
  const memoKey = (id: PromiseId): string => {
    const component = componentOf.get(id) ?? [id];
    if (component.length === 1 || loopSteps > EXACT_LOOP_STEPS) return id;
    loopSteps += 1;
    return [id, ...component.filter((member) => path.has(member))].join('\u0000');
  };

  // The walk keeps its own stack rather than recursing, so a long chain of contributions cannot overflow
  // the call stack. Each frame is a promise whose contributors are being rolled up.
  interface Frame {
    readonly id: PromiseId;
    readonly node: RollUpNode;
    readonly key: string;
    /** How much this promise's progress counts for the promise below it on the stack. */
    readonly weight: number;
    readonly inputs: WeightedValue[];
    next: number;
  }
  const stack: Frame[] = [];
  let result: number | null = null;

  /** Hands a finished value to the frame that asked for it, or makes it the result. */
  const deliver = (value: number | null, weight: number): void => {
    const asker = stack.at(-1);
    if (asker === undefined) result = value;
    else if (value !== null) asker.inputs.push({ value, weight });
  };

  /** Starts rolling up `id` (called while its askers are on the path), or delivers what is known. */
  const enter = (id: PromiseId, node: RollUpNode, weight: number): void => {
    const key = memoKey(id);
    const known = remembered.get(key);
    if (known !== undefined) {
      deliver(known, weight);
      return;
    }
    const own = ownInput(id, node);
    path.add(id);
    stack.push({ id, node, key, weight, inputs: own === null ? [] : [own], next: 0 });
  };

  enter(promiseId, graph.get(promiseId)!, 1);
  while (stack.length > 0) {
    const frame = stack.at(-1)!;
    const contribution = frame.node.contributions[frame.next];
    if (contribution !== undefined) {
      frame.next += 1;
      const { contributorId, weight } = contribution;
      if (!isValidWeight(weight)) throw new RangeError(`Contribution weight must be positive, got ${weight}`);
      const contributor = graph.get(contributorId);
      if (contributor !== undefined && !path.has(contributorId)) enter(contributorId, contributor, weight);
      continue;
    }
    stack.pop();
    path.delete(frame.id);
    const progress = weightedMeanOfUnits(frame.inputs);
    remembered.set(frame.key, progress);
    deliver(progress, frame.weight);
  }
  return result;
}

function ownInput(id: PromiseId, node: RollUpNode): WeightedValue | null {
  const weight = node.ownWeight ?? DEFAULT_OWN_WEIGHT;
  if (!(Number.isFinite(weight) && weight >= 0)) {
    throw new RangeError(`Own weight of ${id} must be zero or positive, got ${weight}`);
  }
  if (node.score === null) return null;
  if (!isUnitInterval(node.score)) {
    throw new RangeError(`Score of ${id} must lie in [0, 1], got ${node.score}`);
  }
  return { value: node.score, weight };
}
