import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDependencyLoops } from './dependency-loops.js';
import { labelsFrom } from './test-labels.js';

const loopsOf = (edges: [string, string | null][], maxLoops?: number) =>
  findDependencyLoops(
    edges.map(([from, to]) => ({ from, to })),
    { maxLoops },
  ).map((finding) => finding.promiseIds);

describe('dependency loops', () => {
  it('finds nothing in a plan where work flows one way', () => {
    expect(
      loopsOf([
        ['app', 'api'],
        ['api', 'db'],
        ['app', 'db'],
        ['web', null],
      ]),
    ).toEqual([]);
  });

  it('reports two promises waiting on each other once, as a problem naming both', () => {
    const labels = labelsFrom({ api: 'Ship the public API', sdk: 'Publish the SDK' });
    const findings = findDependencyLoops(
      [
        { from: 'sdk', to: 'api' },
        { from: 'api', to: 'sdk' },
      ],
      { labels },
    );
    expect(findings).toEqual([
      {
        code: 'dependency-loop',
        severity: 'problem',
        key: 'dependency-loop:api>sdk',
        promiseIds: ['api', 'sdk'],
        teamIds: [],
        message:
          '"Ship the public API" → "Publish the SDK" → "Ship the public API" depend on each other in a loop, ' +
          'so none of them can be delivered first. Break the loop by dropping or re-planning one of these dependencies.',
      },
    ]);
  });

  it('treats A→B→C→A and B→C→A→B as the same loop, whatever order the edges come in', () => {
    expect(
      loopsOf([
        ['b', 'c'],
        ['c', 'a'],
        ['a', 'b'],
      ]),
    ).toEqual([['a', 'b', 'c']]);
    expect(
      loopsOf([
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'a'],
        ['a', 'b'],
      ]),
    ).toEqual([['a', 'b', 'c']]);
  });

  it('reports a promise depending on itself', () => {
    const [finding] = findDependencyLoops([{ from: 'x', to: 'x' }]);
    expect(finding?.promiseIds).toEqual(['x']);
    expect(finding?.message).toBe('promise x depends on itself. Remove that dependency.');
  });

  it('reports every elementary loop through shared promises, each once', () => {
    // a⇄b, b⇄c and the long way a→b→c→a are three different loops.
    const loops = loopsOf([
      ['a', 'b'],
      ['b', 'a'],
      ['b', 'c'],
      ['c', 'b'],
      ['c', 'a'],
    ]);
    expect(loops).toEqual([
      ['a', 'b'],
      ['a', 'b', 'c'],
      ['b', 'c'],
    ]);
  });

  it('finds loops in separate parts of the plan', () => {
    expect(
      loopsOf([
        ['a', 'b'],
        ['b', 'a'],
        ['x', 'y'],
        ['y', 'z'],
        ['z', 'x'],
        ['q', 'a'],
      ]),
    ).toEqual([
      ['a', 'b'],
      ['x', 'y', 'z'],
    ]);
  });

  it('stops at a bound on a pathologically tangled plan', () => {
    const nodes = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const everyPair = nodes.flatMap((from) =>
      nodes.filter((to) => to !== from).map((to): [string, string] => [from, to]),
    );
    expect(loopsOf(everyPair, 50)).toHaveLength(50);
  });

  it('walks a long chain without running out of stack', () => {
    const chain = Array.from({ length: 20_000 }, (_, i): [string, string] => [`p${i}`, `p${i + 1}`]);
    expect(loopsOf(chain)).toEqual([]);
  });

  it('reports a loop through thousands of promises once, naming only its first few', () => {
    const size = 20_000;
    const ring = Array.from({ length: size }, (_, i) => ({ from: `p${i}`, to: `p${(i + 1) % size}` }));
    const findings = findDependencyLoops(ring);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.promiseIds).toHaveLength(size);
    expect(findings[0]?.message).toMatch(
      /^promise p0 → promise p1 → .* → … 19994 more … → promise p0 depend on/,
    );
  });

  it('finds exactly the loops a brute-force search finds, on any small plan', () => {
    const node = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
    fc.assert(
      fc.property(fc.array(fc.tuple(node, node), { maxLength: 14 }), (edges) => {
        expect(loopsOf(edges)).toEqual(bruteForceLoops(edges));
      }),
    );
  });
});

/** Every simple path from each node back to it through larger nodes only: slow, plainly right. */
function bruteForceLoops(edges: readonly [string, string][]): string[][] {
  const loops: string[][] = [];
  const nodes = [...new Set(edges.flat())].sort();
  const walk = (start: string, path: string[]) => {
    const last = path.at(-1) ?? start;
    for (const next of [...new Set(edges.filter(([from]) => from === last).map(([, to]) => to))]) {
      if (next === start) loops.push([...path]);
      else if (next > start && !path.includes(next)) walk(start, [...path, next]);
    }
  };
  for (const start of nodes) walk(start, [start]);
  return loops.sort((x, y) => (x.join('>') < y.join('>') ? -1 : 1));
}
