import { describe, expect, it } from 'vitest';
import type { AccountabilityMap } from '../../../contract/accountability.js';
import { isLargeMap, LARGE_MAP_PARTIES, layoutLargeMap } from './large-map-layout.js';
import { NODE_HEIGHT, NODE_WIDTH } from './map-geometry.js';

const horizon = { id: '0190a000-0000-7000-8000-000000000001', name: 'Quarter' };
const party = (id: string) => ({ id, party: { type: 'person' as const, id, name: id } });
const promise = (id: string, source: string, target: string): AccountabilityMap['edges'][number] => ({
  id,
  promiseId: '0190a000-0000-7000-8000-000000000100',
  source,
  target,
  horizon,
  title: `Promise ${id}`,
  status: 'promised',
  phase: 'execute',
});

/** A company as a tree: `size` people, each promising to the manager above, `span` people a manager. */
function company(size: number, span: number): AccountabilityMap {
  const nodes = Array.from({ length: size }, (_, index) => party(`p${index}`));
  const edges = nodes
    .slice(1)
    .map((_, index) => promise(`e${index + 1}`, `p${Math.floor(index / span)}`, `p${index + 1}`));
  return { nodes, edges };
}

describe('laying out a large map', () => {
  it('is for maps past the size ELK lays out quickly', () => {
    expect(isLargeMap(company(LARGE_MAP_PARTIES, 5))).toBe(false);
    expect(isLargeMap(company(LARGE_MAP_PARTIES + 1, 5))).toBe(true);
  });

  it('puts every customer above its performers, and no two parties on one spot', () => {
    const map = company(5000, 10);
    map.edges.push(promise('cross', 'p4000', 'p12'), promise('cycle', 'p12', 'p1'));
    const laidOut = layoutLargeMap(map);

    const at = new Map(laidOut.nodes.map((node) => [node.id, node.position]));
    expect(at.size).toBe(5000);
    for (const edge of company(5000, 10).edges) {
      expect(at.get(edge.target)?.y ?? 0).toBeGreaterThanOrEqual((at.get(edge.source)?.y ?? 0) + NODE_HEIGHT);
    }
    const spots = new Set(laidOut.nodes.map((node) => `${node.position.x},${node.position.y}`));
    expect(spots.size).toBe(5000);
    // Wide layers wrap: the map stays far narrower than thousands of parties side by side.
    expect(Math.max(...laidOut.nodes.map((node) => node.position.x))).toBeLessThan(100 * NODE_WIDTH);
  });

  it('draws each promise from its customer’s bottom to its performer’s top, labelled between them', () => {
    const laidOut = layoutLargeMap(company(3, 2));
    const edge = laidOut.edges[0];
    const [start, end] = edge?.points ?? [];
    expect(start?.y).toBe(NODE_HEIGHT);
    expect(end?.y).toBeGreaterThan(NODE_HEIGHT);
    expect(edge?.label.y).toBeGreaterThan(start?.y ?? 0);
    expect(edge?.label.y).toBeLessThan(end?.y ?? 0);
  });

  it('places parties caught in a cycle of promises, with nobody above them', () => {
    const map: AccountabilityMap = {
      nodes: [party('a'), party('b')],
      edges: [promise('1', 'a', 'b'), promise('2', 'b', 'a')],
    };
    const laidOut = layoutLargeMap(map);
    const [a, b] = laidOut.nodes;
    expect(a?.position).toEqual({ x: expect.any(Number), y: 0 });
    expect(b?.position.y).toBeGreaterThan(0);
  });
});
