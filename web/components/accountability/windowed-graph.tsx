import { Box } from '@mantine/core';
import { Controls, type Edge, type EdgeTypes, type Node, type NodeTypes, ReactFlow } from '@xyflow/react';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { LaidOutMap, MapEdge } from './map-geometry.js';
import {
  contains,
  grown,
  mapWindow,
  type Rect,
  startViewport,
  type Viewport,
  visibleRect,
} from './map-window.js';

export const GRAPH_HEIGHT = 560;
export const graphFrame = { border: '1px solid var(--mantine-color-default-border)', borderRadius: 8 };
/** The parties a large map opens on, from its top row: a readable start. */
const FIRST_VIEW_PARTIES = 12;

/**
 * A large map (thousands of parties, or hundreds of teams), drawn a window at a time: the graph is
 * given only the nodes around the view (and the edges between them), and a new window when the
 * view leaves the last, so opening, panning and zooming stay quick however large the map. It opens
 * on its top row, readable, rather than zoomed out over thousands of nodes too small to read.
 */
export function WindowedGraph<E extends MapEdge, N extends Node, F extends Edge>({
  laidOut,
  toFlow,
  nodeTypes,
  edgeTypes,
  onEdgeClick,
}: {
  laidOut: LaidOutMap<E>;
  toFlow: (part: LaidOutMap<E>) => { nodes: N[]; edges: F[] };
  nodeTypes: NodeTypes;
  edgeTypes: EdgeTypes;
  onEdgeClick?: (event: unknown, edge: F) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const sizeOf = useCallback(
    () => ({ width: box.current?.clientWidth || 1000, height: box.current?.clientHeight || GRAPH_HEIGHT }),
    [],
  );
  const [start, setStart] = useState<Viewport>();
  const [shown, setShown] = useState<Rect>();
  useLayoutEffect(() => {
    const size = sizeOf();
    const viewport = startViewport(laidOut, size, FIRST_VIEW_PARTIES);
    setStart(viewport);
    setShown(grown(visibleRect(viewport, size), 1));
  }, [laidOut, sizeOf]);
  const flow = useMemo(() => shown && toFlow(mapWindow(laidOut, shown)), [laidOut, shown, toFlow]);
  const onMove = useCallback(
    (_event: unknown, viewport: Viewport) => {
      const seen = visibleRect(viewport, sizeOf());
      setShown((current) => (current && contains(current, seen) ? current : grown(seen, 1)));
    },
    [sizeOf],
  );
  return (
    <Box ref={box} h={GRAPH_HEIGHT} style={graphFrame}>
      {start && flow ? (
        <ReactFlow<N, F>
          nodes={flow.nodes}
          edges={flow.edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          defaultViewport={start}
          minZoom={0.05}
          onMove={onMove}
          onlyRenderVisibleElements
          nodesDraggable={false}
          nodesConnectable={false}
          elementsSelectable={false}
          onEdgeClick={onEdgeClick}
          proOptions={{ hideAttribution: true }}
        >
          <Controls showInteractive={false} showFitView={false} />
        </ReactFlow>
      ) : null}
    </Box>
  );
}
