import { describe, expect, it } from 'vitest';
import { type ContributionGraph, type RollUpNode, rollUpProgress } from './roll-up.js';

const graphOf = (nodes: Record<string, RollUpNode>): ContributionGraph => new Map(Object.entries(nodes));
const promise = (score: number | null, contributions: RollUpNode['contributions'] = []): RollUpNode => ({
  score,
  contributions,
});
const from = (contributorId: string, weight = 1) => ({ contributorId, weight });

describe('rolling up progress along contributions', () => {
  it('is a promise’s own score when nothing contributes to it', () => {
    expect(rollUpProgress('grow', graphOf({ grow: promise(0.4) }))).toBe(0.4);
  });

  it('blends its own key results with its contributors as equal inputs by default', () => {
    // The board's own score counts once, each contributing team once: (0.2 + 0.6 + 1) / 3.
    const graph = graphOf({
      board: promise(0.2, [from('sales'), from('product')]),
      sales: promise(0.6),
      product: promise(1),
    });
    expect(rollUpProgress('board', graph)).toBeCloseTo(0.6, 12);
  });

  it('weighs contributors by their contribution weight and its own key results by ownWeight', () => {
    const graph = graphOf({
      board: { score: 0, ownWeight: 2, contributions: [from('sales', 3), from('product', 5)] },
      sales: promise(1),
      product: promise(0.2),
    });
    expect(rollUpProgress('board', graph)).toBeCloseTo((2 * 0 + 3 * 1 + 5 * 0.2) / 10, 12);
  });

  it('can be purely its contributors’ progress', () => {
    const graph = graphOf({
      board: { score: 0, ownWeight: 0, contributions: [from('sales')] },
      sales: promise(0.8),
    });
    expect(rollUpProgress('board', graph)).toBe(0.8);
  });

  it('rolls up through every level of a chain of horizons', () => {
    const graph = graphOf({
      threeYear: promise(null, [from('fy')]),
      fy: promise(null, [from('q1'), from('q2')]),
      q1: promise(1),
      q2: promise(0.5),
    });
    expect(rollUpProgress('threeYear', graph)).toBe(0.75);
  });

  it('follows a chain of contributions of any length', () => {
    const nodes: Record<string, RollUpNode> = {};
    for (let i = 0; i < 20_000; i += 1)
      nodes[`p${i}`] = promise(i === 19_999 ? 1 : null, [from(`p${i + 1}`)]);
    expect(rollUpProgress('p0', graphOf(nodes))).toBe(1);
  });

  it('leaves out contributors with nothing to score rather than counting them as zero', () => {
    const graph = graphOf({
      board: promise(0.5, [from('drafting'), from('elsewhere')]),
      drafting: promise(null),
    });
    expect(rollUpProgress('board', graph)).toBe(0.5);
  });

  it('has nothing to show when nothing anywhere has key results', () => {
    expect(
      rollUpProgress('board', graphOf({ board: promise(null, [from('a')]), a: promise(null) })),
    ).toBeNull();
    expect(rollUpProgress('missing', graphOf({}))).toBeNull();
  });

  it('refuses scores and weights that cannot be right', () => {
    expect(() => rollUpProgress('a', graphOf({ a: promise(1.5) }))).toThrow(RangeError);
    expect(() => rollUpProgress('a', graphOf({ a: promise(1, [from('b', 0)]), b: promise(1) }))).toThrow(
      RangeError,
    );
    expect(() => rollUpProgress('a', graphOf({ a: { score: 1, ownWeight: -1, contributions: [] } }))).toThrow(
      RangeError,
    );
  });
});

describe('rolling up through a loop of contributions', () => {
  it('ignores a promise contributing to itself', () => {
    expect(rollUpProgress('a', graphOf({ a: promise(0.3, [from('a', 100)]) }))).toBe(0.3);
  });

  it('counts a loop of two once around', () => {
    const graph = graphOf({ a: promise(0, [from('b')]), b: promise(1, [from('a')]) });
    // a = mean(0, b); b, reached from a, ignores a on the path and is just its own 1.
    expect(rollUpProgress('a', graph)).toBe(0.5);
    expect(rollUpProgress('b', graph)).toBe(0.5);
  });

  it('counts a loop of three once around, from wherever it starts', () => {
    const graph = graphOf({
      a: promise(0, [from('b')]),
      b: promise(0.5, [from('c')]),
      c: promise(1, [from('a')]),
    });
    // a = mean(0, mean(0.5, 1)) = 0.375; b = mean(0.5, mean(1, 0)) = 0.5; c = mean(1, mean(0, 0.5)) = 0.625.
    expect(rollUpProgress('a', graph)).toBe(0.375);
    expect(rollUpProgress('b', graph)).toBe(0.5);
    expect(rollUpProgress('c', graph)).toBe(0.625);
  });

  it('tells the same promise apart when it is reached along different paths of a loop', () => {
    // b is reached directly from a and again through c; each time it ignores what is on its own path.
    const graph = graphOf({
      a: promise(0, [from('b'), from('c')]),
      b: promise(1, [from('c')]),
      c: promise(0, [from('b')]),
    });
    // Via a→b: b = mean(1, c) with c = mean(0) = 0 → 0.5. Via a→c: c = mean(0, b) with b = 1 → 0.5.
    expect(rollUpProgress('a', graph)).toBeCloseTo((0 + 0.5 + 0.5) / 3, 12);
  });

  it('walks a wide lattice of shared contributors once, not once per path', () => {
    // 40 levels of two promises each contributing to both above: 2^40 paths, 80 promises.
    const nodes: Record<string, RollUpNode> = {};
    for (let level = 0; level < 40; level += 1) {
      const next = level + 1 < 40 ? [from(`l${level + 1}a`), from(`l${level + 1}b`)] : [];
      nodes[`l${level}a`] = promise(1, next);
      nodes[`l${level}b`] = promise(1, next);
    }
    expect(rollUpProgress('l0a', graphOf(nodes))).toBe(1);
  });

  it('still answers, and the same way every time, when 30 promises all contribute to each other', () => {
    // Walking every path of this loop would take longer than anyone waits; past its budget the roll-up
    // reuses one value per looping promise.
    const ids = Array.from({ length: 30 }, (_, i) => `p${i}`);
    const nodes = Object.fromEntries(
      ids.map((id, i) => [
        id,
        promise(
          i / 29,
          ids.filter((other) => other !== id).map((other) => from(other)),
        ),
      ]),
    );
    const progress = rollUpProgress('p0', graphOf(nodes));
    expect(progress).toBeGreaterThan(0);
    expect(progress).toBeLessThan(1);
    expect(rollUpProgress('p0', graphOf(nodes))).toBe(progress);
  });
});
