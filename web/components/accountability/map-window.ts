import type { LaidOutMap, MapEdge, Point } from './map-geometry.js';
import { NODE_HEIGHT, NODE_WIDTH } from './map-geometry.js';

/** A rectangle of the map, in the map's own coordinates. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** What of the map a viewport of `size` shows, in the map's coordinates. */
export function visibleRect(viewport: Viewport, size: { width: number; height: number }): Rect {
  return {
    x: -viewport.x / viewport.zoom,
    y: -viewport.y / viewport.zoom,
    width: size.width / viewport.zoom,
    height: size.height / viewport.zoom,
  };
}

/** `rect` grown by `by` times its own size on every side. */
export function grown(rect: Rect, by: number): Rect {
  return {
    x: rect.x - rect.width * by,
    y: rect.y - rect.height * by,
    width: rect.width * (1 + 2 * by),
    height: rect.height * (1 + 2 * by),
  };
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

const overlaps = (rect: Rect, at: Point) =>
  at.x + NODE_WIDTH >= rect.x &&
  at.x <= rect.x + rect.width &&
  at.y + NODE_HEIGHT >= rect.y &&
  at.y <= rect.y + rect.height;

/**
 * The part of a large laid-out map to hand the graph: the parties within `rect` and the promises
 * between them. The graph library keeps every party it is given in its store and re-examines them
 * on every change: given five thousand, it keeps the page busy for seconds; given a window around
 * the view, it does not. A promise to a party far out of the window is drawn when the view nears
 * that party (the table lists every promise, wherever its parties are).
 */
export function mapWindow<E extends MapEdge>(laidOut: LaidOutMap<E>, rect: Rect): LaidOutMap<E> {
  const nodes = laidOut.nodes.filter((node) => overlaps(rect, node.position));
  const inside = new Set(nodes.map((node) => node.id));
  const edges = laidOut.edges.filter((edge) => inside.has(edge.edge.source) && inside.has(edge.edge.target));
  return { nodes, edges };
}

/**
 * Where a large map opens: on its top row (those who promise to nobody above them), readable (up to
 * `parties` of that row in view, at a zoom of at least one half), centred, with the rows below it
 * beneath.
 */
export function startViewport(
  laidOut: LaidOutMap<MapEdge>,
  size: { width: number; height: number },
  parties: number,
): Viewport {
  if (laidOut.nodes.length === 0) return { x: 0, y: 0, zoom: 1 };
  const top = Math.min(...laidOut.nodes.map((node) => node.position.y));
  const row = laidOut.nodes
    .filter((node) => node.position.y === top)
    .sort((a, b) => a.position.x - b.position.x);
  const middle = Math.floor(row.length / 2);
  const first = row.slice(Math.max(0, middle - Math.floor(parties / 2)), middle + Math.ceil(parties / 2));
  const left = Math.min(...first.map((node) => node.position.x));
  const right = Math.max(...first.map((node) => node.position.x + NODE_WIDTH));
  const zoom = Math.min(1, Math.max(0.5, size.width / ((right - left) * 1.2)));
  return { x: size.width / 2 - ((left + right) / 2) * zoom, y: 24 - top * zoom, zoom };
}
