import type { ELK, ElkNode } from 'elkjs/lib/elk-api.js';
import {
  type LaidOutEdge,
  type LaidOutMap,
  type LaidOutNode,
  type MapEdge,
  type MapGraph,
  NODE_HEIGHT,
  NODE_WIDTH,
  type PromiseEdgeData,
} from './map-geometry.js';

const LABEL_HEIGHT = 40;
const LABEL_MAX_WIDTH = 220;

/** The lines of a promise's label: its horizon, then its title. */
export const promiseLabelLines = (edge: PromiseEdgeData): string[] => [edge.horizon.name, edge.title];

/** A label's width, guessed from its longest line: ELK needs it to keep labels from overlapping. */
function labelWidth(lines: readonly string[]): number {
  const longest = Math.max(...lines.map((line) => line.length));
  return Math.min(LABEL_MAX_WIDTH, Math.max(90, longest * 6.6 + 20));
}

/**
 * Lays the map out top-down in layers: customers above their performers, so the board's long
 * promises sit on top and a quarter's at the bottom. Edges are routed orthogonally with their
 * labels placed by ELK, so parallel promises between the same two parties stay readable.
 *
 * `elk` is the layout engine: in the browser one that runs in a worker (`layoutMapInWorker`).
 */
export async function layoutMap<E extends MapEdge>(
  map: MapGraph<E>,
  elk: ELK,
  labelLines: (edge: E) => string[],
): Promise<LaidOutMap<E>> {
  const input: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.layered.spacing.nodeNodeBetweenLayers': '90',
      'elk.spacing.nodeNode': '50',
      'elk.spacing.edgeLabel': '6',
      'elk.spacing.edgeEdge': '18',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.edgeLabels.placement': 'CENTER',
    },
    children: map.nodes.map((node) => ({ id: node.id, width: NODE_WIDTH, height: NODE_HEIGHT })),
    edges: map.edges.map((edge) => ({
      id: edge.id,
      sources: [edge.source],
      targets: [edge.target],
      labels: [
        {
          id: `${edge.id}:label`,
          text: labelLines(edge).join(' '),
          width: labelWidth(labelLines(edge)),
          height: LABEL_HEIGHT,
        },
      ],
    })),
  };
  const graph = await elk.layout(input);

  // Looked up by id, not searched: a map has thousands of parties and promises.
  const placedNodes = new Map((graph.children ?? []).map((child) => [child.id, child]));
  const placedEdges = new Map((graph.edges ?? []).map((edge) => [edge.id, edge]));
  const nodes = map.nodes.map((node): LaidOutNode => {
    const placed = placedNodes.get(node.id);
    return { id: node.id, party: node.party, position: { x: placed?.x ?? 0, y: placed?.y ?? 0 } };
  });
  const edges = map.edges.map((edge): LaidOutEdge<E> => {
    const placed = placedEdges.get(edge.id);
    const section = placed?.sections?.[0];
    const points = section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint] : [];
    const label = placed?.labels?.[0];
    const middle = points[Math.floor(points.length / 2)] ?? { x: 0, y: 0 };
    return {
      edge,
      points,
      label: {
        x: label?.x ?? middle.x,
        y: label?.y ?? middle.y,
        width: label?.width ?? labelWidth(labelLines(edge)),
        height: label?.height ?? LABEL_HEIGHT,
      },
    };
  });
  return { nodes, edges };
}
