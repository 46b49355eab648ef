import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ContributionGraph, type RollUpNode, rollUpProgress } from './roll-up.js';
import { weightedMeanOfUnits } from './weighted-mean.js';

/** The rule written as plainly as possible: walk every path, skip what is on it, remember nothing. */
function rollUpByWalkingEveryPath(
  id: string,
  graph: ContributionGraph,
  path: ReadonlySet<string>,
): number | null {
  const node = graph.get(id);
  if (node === undefined) return null;
  const inner = new Set([...path, id]);
  const inputs = node.score === null ? [] : [{ value: node.score, weight: node.ownWeight ?? 1 }];
  for (const { contributorId, weight } of node.contributions) {
    if (inner.has(contributorId)) continue;
    const value = rollUpByWalkingEveryPath(contributorId, graph, inner);
    if (value !== null) inputs.push({ value, weight });
  }
  return weightedMeanOfUnits(inputs);
}

const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
const node: fc.Arbitrary<RollUpNode> = fc.record({
  score: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
  ownWeight: fc.constantFrom(0, 0.5, 1, 3),
  contributions: fc.array(
    fc.record({ contributorId: fc.constantFrom(...ids, 'outsider'), weight: fc.constantFrom(0.25, 1, 2, 7) }),
    { maxLength: 4 },
  ),
});
const graph: fc.Arbitrary<ContributionGraph> = fc
  .tuple(...ids.map(() => node))
  .map((nodes) => new Map(nodes.map((n, i) => [ids[i]!, n])));

describe('rolled-up progress, for any contributions, loops included', () => {
  it('lies in [0, 1] or is null', () => {
    fc.assert(
      fc.property(graph, fc.constantFrom(...ids), (g, root) => {
        const progress = rollUpProgress(root, g);
        expect(progress === null || (progress >= 0 && progress <= 1)).toBe(true);
      }),
    );
  });

  it('is what walking every path by hand gives', () => {
    fc.assert(
      fc.property(graph, fc.constantFrom(...ids), (g, root) => {
        const expected = rollUpByWalkingEveryPath(root, g, new Set());
        const actual = rollUpProgress(root, g);
        if (expected === null) expect(actual).toBeNull();
        else expect(actual).toBeCloseTo(expected, 12);
      }),
    );
  });
});
