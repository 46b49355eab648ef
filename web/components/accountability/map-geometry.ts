import type { AccountabilityMap } from '../../../contract/accountability.js';

/** The laid-out map's shapes: what the layout computes and the graph draws. */

export const NODE_WIDTH = 190;
export const NODE_HEIGHT = 56;

export interface Point {
  x: number;
  y: number;
}

/** A node to lay out: a party of a team's map, or a team of the summary. */
export interface MapNode {
  id: string;
  party: AccountabilityMap['nodes'][number]['party'];
}

/** An edge to lay out, from its customer (above) to its performer (below). */
export interface MapEdge {
  id: string;
  source: string;
  target: string;
}

export type PromiseEdgeData = AccountabilityMap['edges'][number];

export interface MapGraph<E extends MapEdge = PromiseEdgeData> {
  nodes: MapNode[];
  edges: E[];
}

export interface LaidOutNode {
  id: string;
  party: MapNode['party'];
  position: Point;
}

export interface LaidOutEdge<E extends MapEdge = PromiseEdgeData> {
  edge: E;
  points: Point[];
  label: Point & { width: number; height: number };
}

export interface LaidOutMap<E extends MapEdge = PromiseEdgeData> {
  nodes: LaidOutNode[];
  edges: LaidOutEdge<E>[];
}
