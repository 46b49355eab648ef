import { describe, expect, it } from 'vitest';
import { componentsReachableFrom } from './strongly-connected.js';

const edges = (graph: Record<string, string[]>) => (id: string) => graph[id] ?? [];
const sorted = (members: readonly string[] | undefined) => [...(members ?? [])].sort();

describe('finding the loops a promise reaches', () => {
  it('puts each promise of a loop-free chain on its own', () => {
    const components = componentsReachableFrom('a', edges({ a: ['b'], b: ['c'] }));
    expect(sorted(components.get('a'))).toEqual(['a']);
    expect(sorted(components.get('c'))).toEqual(['c']);
  });

  it('groups the members of a loop and leaves what hangs off it apart', () => {
    const components = componentsReachableFrom(
      'a',
      edges({ a: ['b'], b: ['c', 'd'], c: ['a'], d: ['e'], e: ['d'] }),
    );
    expect(sorted(components.get('a'))).toEqual(['a', 'b', 'c']);
    expect(components.get('b')).toBe(components.get('a'));
    expect(sorted(components.get('d'))).toEqual(['d', 'e']);
  });

  it('only looks at what can be reached from the start', () => {
    const components = componentsReachableFrom('b', edges({ a: ['b'], b: [] }));
    expect([...components.keys()]).toEqual(['b']);
  });

  it('walks a chain of 50,000 without running out of stack', () => {
    const components = componentsReachableFrom('0', (id) =>
      Number(id) < 50_000 ? [String(Number(id) + 1)] : [],
    );
    expect(components.size).toBe(50_001);
  });
});
