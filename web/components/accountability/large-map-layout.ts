import {
  type LaidOutEdge,
  type LaidOutMap,
  type LaidOutNode,
  type MapEdge,
  type MapGraph,
  NODE_HEIGHT,
  NODE_WIDTH,
  type Point,
} from './map-geometry.js';

/**
 * Above this many parties or promises a map is laid out by `layoutLargeMap`, not ELK: ELK's layered
 * layout grows much faster than the map (seconds at a few hundred parties on a two-core machine,
 * minutes at thousands), and a person opening a company-wide map should see it within a second.
 */
export const LARGE_MAP_PARTIES = 150;
export const LARGE_MAP_PROMISES = 300;

export function isLargeMap(map: MapGraph<MapEdge>): boolean {
  return map.nodes.length > LARGE_MAP_PARTIES || map.edges.length > LARGE_MAP_PROMISES;
}

const COLUMN_WIDTH = NODE_WIDTH + 50;
const ROW_GAP = 40;
const LAYER_GAP = 140;
/** Parties side by side in a row: a layer of thousands wraps onto rows rather than running a mile wide. */
const PARTIES_PER_ROW = 40;
const LABEL_WIDTH = 160;
const LABEL_HEIGHT = 34;

/**
 * A layout in time linear in the map, for maps too large for ELK: the same top-down reading
 * (customers above their performers) without ELK's crossing reduction or routing. Parties are put
 * in layers by their distance from the top (those who promise to nobody above them); within a
 * layer, performers follow their customer's order, so a manager's people sit together; a wide layer
 * wraps onto rows. Promises are drawn straight, labelled at their middle.
 */
export function layoutLargeMap<E extends MapEdge>(map: MapGraph<E>): LaidOutMap<E> {
  const performersOf = new Map<string, string[]>();
  const hasCustomer = new Set<string>();
  for (const edge of map.edges) {
    if (edge.source === edge.target) continue;
    const performers = performersOf.get(edge.source);
    if (performers) performers.push(edge.target);
    else performersOf.set(edge.source, [edge.target]);
    hasCustomer.add(edge.target);
  }

  // Breadth first from the top: each party's layer is its shortest distance from a party with no
  // customer. Parties only in a cycle of promises start layers of their own where first met.
  const layerOf = new Map<string, number>();
  const layers: string[][] = [];
  const place = (starts: string[]) => {
    let frontier = starts.filter((id) => !layerOf.has(id));
    for (const id of frontier) layerOf.set(id, 0);
    let depth = 0;
    while (frontier.length > 0) {
      const layer = layers[depth];
      if (layer) layer.push(...frontier);
      else layers[depth] = [...frontier];
      const next: string[] = [];
      for (const id of frontier) {
        for (const performer of performersOf.get(id) ?? []) {
          if (layerOf.has(performer)) continue;
          layerOf.set(performer, depth + 1);
          next.push(performer);
        }
      }
      frontier = next;
      depth++;
    }
  };
  place(map.nodes.filter((node) => !hasCustomer.has(node.id)).map((node) => node.id));
  for (const node of map.nodes) if (!layerOf.has(node.id)) place([node.id]);

  const positions = new Map<string, Point>();
  let top = 0;
  for (const layer of layers) {
    const rows = Math.ceil(layer.length / PARTIES_PER_ROW);
    layer.forEach((id, index) => {
      const row = Math.floor(index / PARTIES_PER_ROW);
      const inRow = Math.min(PARTIES_PER_ROW, layer.length - row * PARTIES_PER_ROW);
      // Rows are centred on the same axis, so a narrow layer sits above the middle of a wide one.
      const left = ((PARTIES_PER_ROW - inRow) * COLUMN_WIDTH) / 2;
      positions.set(id, {
        x: left + (index % PARTIES_PER_ROW) * COLUMN_WIDTH,
        y: top + row * (NODE_HEIGHT + ROW_GAP),
      });
    });
    top += rows * (NODE_HEIGHT + ROW_GAP) + LAYER_GAP;
  }

  const nodes = map.nodes.map(
    (node): LaidOutNode => ({
      id: node.id,
      party: node.party,
      position: positions.get(node.id) ?? { x: 0, y: 0 },
    }),
  );
  const edges = map.edges.map((edge): LaidOutEdge<E> => {
    const from = positions.get(edge.source) ?? { x: 0, y: 0 };
    const to = positions.get(edge.target) ?? { x: 0, y: 0 };
    const start = { x: from.x + NODE_WIDTH / 2, y: from.y + NODE_HEIGHT };
    const end = { x: to.x + NODE_WIDTH / 2, y: to.y };
    return {
      edge,
      points: [start, end],
      label: {
        x: (start.x + end.x) / 2 - LABEL_WIDTH / 2,
        y: (start.y + end.y) / 2 - LABEL_HEIGHT / 2,
        width: LABEL_WIDTH,
        height: LABEL_HEIGHT,
      },
    };
  });
  return { nodes, edges };
}
