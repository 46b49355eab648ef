import { describe, expect, it } from 'vitest';
import { layoutLargeMap } from './large-map-layout.js';
import { NODE_WIDTH } from './map-geometry.js';
import { contains, grown, mapWindow, startViewport, visibleRect } from './map-window.js';

const party = (id: string) => ({ id, party: { type: 'person' as const, id, name: id } });
const link = (source: string, target: string) => ({ id: `${source}>${target}`, source, target });

/** A company of `size` people, each asked by the one above (ten to a manager). */
function company(size: number) {
  const nodes = Array.from({ length: size }, (_, index) => party(`p${index}`));
  const edges = nodes.slice(1).map((_, index) => link(`p${Math.floor(index / 10)}`, `p${index + 1}`));
  return layoutLargeMap({ nodes, edges });
}

describe('drawing a large map a window at a time', () => {
  const laidOut = company(5000);
  const size = { width: 1200, height: 560 };

  it('opens on the top of the map, readable, with its first parties in view', () => {
    const viewport = startViewport(laidOut, size, 12);
    expect(viewport.zoom).toBeGreaterThanOrEqual(0.5);
    const seen = visibleRect(viewport, size);
    const top = laidOut.nodes.find((node) => node.id === 'p0')!;
    expect(top.position.x).toBeGreaterThanOrEqual(seen.x);
    expect(top.position.x + NODE_WIDTH).toBeLessThanOrEqual(seen.x + seen.width);
    expect(top.position.y).toBeGreaterThanOrEqual(seen.y);
  });

  it('hands the graph the parties around the view and the promises between them, not all five thousand', () => {
    const seen = visibleRect(startViewport(laidOut, size, 12), size);
    const shown = mapWindow(laidOut, grown(seen, 1));
    expect(shown.nodes.length).toBeGreaterThan(10);
    expect(shown.nodes.length).toBeLessThan(500);
    const ids = new Set(shown.nodes.map((node) => node.id));
    expect(ids.has('p0')).toBe(true);
    for (const edge of shown.edges) {
      expect(ids.has(edge.edge.source) && ids.has(edge.edge.target)).toBe(true);
    }
    // p0 asks p1…p10, all in the first layers: those promises are drawn.
    expect(shown.edges.filter((edge) => edge.edge.source === 'p0')).toHaveLength(10);
  });

  it('keeps its window while the view moves within it, and needs a new one past its edge', () => {
    const seen = visibleRect({ x: 0, y: 0, zoom: 1 }, size);
    const around = grown(seen, 1);
    expect(contains(around, visibleRect({ x: -300, y: -200, zoom: 1 }, size))).toBe(true);
    expect(contains(around, visibleRect({ x: -3000, y: 0, zoom: 1 }, size))).toBe(false);
    expect(contains(around, visibleRect({ x: 0, y: 0, zoom: 0.2 }, size))).toBe(false);
  });
});
