import elkjs from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import type { AccountabilityMap } from '../../../contract/accountability.js';
import { layoutMap, promiseLabelLines } from './layout-map.js';
import { NODE_HEIGHT } from './map-geometry.js';

// In the browser ELK runs in a worker; here the bundled build runs it in the test's own thread.
// elkjs is CommonJS: under Node its constructor is the module's `default` export (and itself).
const elk = new elkjs.default();

const horizon = { id: '0190a000-0000-7000-8000-000000000001', name: 'Quarter' };
const party = (id: string, name: string) => ({ id, party: { type: 'person' as const, id, name } });
const promise = (id: string, source: string, target: string): AccountabilityMap['edges'][number] => ({
  id,
  promiseId: `0190a000-0000-7000-8000-00000000010${id}`,
  source,
  target,
  horizon,
  title: `Promise ${id}`,
  status: 'promised',
  phase: 'execute',
});

describe('laying out the accountability map', () => {
  it('puts every customer above the performers it asked, with a route and a label for each promise', async () => {
    const map: AccountabilityMap = {
      nodes: [party('ada', 'Ada'), party('lin', 'Lin'), party('sam', 'Sam')],
      edges: [promise('1', 'ada', 'lin'), promise('2', 'lin', 'sam'), promise('3', 'lin', 'sam')],
    };
    const laidOut = await layoutMap(map, elk, promiseLabelLines);

    const y = new Map(laidOut.nodes.map((node) => [node.id, node.position.y]));
    expect(laidOut.nodes.map((node) => node.party.name)).toEqual(['Ada', 'Lin', 'Sam']);
    expect(y.get('lin') ?? 0).toBeGreaterThanOrEqual((y.get('ada') ?? 0) + NODE_HEIGHT);
    expect(y.get('sam') ?? 0).toBeGreaterThanOrEqual((y.get('lin') ?? 0) + NODE_HEIGHT);

    expect(laidOut.edges.map((edge) => edge.edge.id)).toEqual(['1', '2', '3']);
    for (const edge of laidOut.edges) expect(edge.points.length).toBeGreaterThanOrEqual(2);
    // Two promises between the same parties keep their labels apart.
    const [, second, third] = laidOut.edges;
    expect(second?.label).not.toEqual(third?.label);
  });
});
