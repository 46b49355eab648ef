import type { AccountabilityMap } from '../../../contract/accountability.js';

/** The laid-out map's shapes: what the layout computes and the graph draws. */

export const NODE_WIDTH = 190;
export const NODE_HEIGHT = 56;

export interface Point {
  x: number;
  y: number;
}

export interface LaidOutNode {
  id: string;
  party: AccountabilityMap['nodes'][number]['party'];
  position: Point;
}

export interface LaidOutEdge {
  edge: AccountabilityMap['edges'][number];
  points: Point[];
  label: Point & { width: number; height: number };
}

export interface LaidOutMap {
  nodes: LaidOutNode[];
  edges: LaidOutEdge[];
}
