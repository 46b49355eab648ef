import '@xyflow/react/dist/style.css';
import { Box } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Controls, MarkerType, ReactFlow } from '@xyflow/react';
import { useCallback, useMemo } from 'react';
import { useNavigate } from 'react-router';
import type { AccountabilityMap } from '../../../contract/accountability.js';
import { LoadError, PageLoader } from '../query-state.js';
import { isLargeMap, layoutLargeMap } from './large-map-layout.js';
import { layoutMapInWorker } from './layout-in-worker.js';
import { promiseLabelLines } from './layout-map.js';
import { type LaidOutMap, NODE_HEIGHT, NODE_WIDTH } from './map-geometry.js';
import { PartyNode, type PartyNodeType } from './party-node.js';
import { PlainPromiseEdge, PromiseEdge, type PromiseEdgeType, phaseColor } from './promise-edge.js';
import { GRAPH_HEIGHT, graphFrame, WindowedGraph } from './windowed-graph.js';

const nodeTypes = { party: PartyNode };
const edgeTypes = { promise: PromiseEdge, 'plain-promise': PlainPromiseEdge };

/**
 * The accountability map as a graph: parties as nodes, promises as edges from customer to
 * performer, colored by phase. Loaded on its own (it brings the graph library) and laid out in a
 * worker; the table beside it says the same for keyboards and screen readers. Only what is in
 * view is drawn, so a map of thousands of parties pans and zooms smoothly.
 */
export function AccountabilityGraph({ map }: { map: AccountabilityMap }) {
  const navigate = useNavigate();
  const layout = useQuery({
    queryKey: ['map-layout', 'team', keyOf(map)],
    // A large map gets a quick layout: ELK would take minutes on it, even off the page's thread.
    queryFn: ({ signal }) =>
      isLargeMap(map) ? layoutLargeMap(map) : layoutMapInWorker(map, promiseLabelLines, signal),
    // A layout follows from the map alone: the same map never needs laying out again, and a
    // failure would fail the same way twice.
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
  const flow = useMemo(
    () => (layout.data && !isLargeMap(map) ? toFlow(layout.data, false) : undefined),
    [layout.data, map],
  );

  const onEdgeClick = useCallback(
    (_event: unknown, edge: PromiseEdgeType) => {
      const promiseId = edge.data?.laidOut.edge.promiseId;
      if (promiseId) navigate(`/promises/${promiseId}`);
    },
    [navigate],
  );

  if (layout.isPending) return <PageLoader label="Laying out the map" />;
  if (layout.error) return <LoadError title="The map could not be laid out" error={layout.error} />;
  if (isLargeMap(map)) {
    return (
      <WindowedGraph
        laidOut={layout.data}
        toFlow={toLargeFlow}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onEdgeClick={onEdgeClick}
      />
    );
  }

  return (
    <Box h={GRAPH_HEIGHT} style={graphFrame}>
      <ReactFlow
        nodes={flow?.nodes}
        edges={flow?.edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        fitView
        fitViewOptions={{ padding: 0.15 }}
        minZoom={0.2}
        onlyRenderVisibleElements
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        onEdgeClick={onEdgeClick}
        proOptions={{ hideAttribution: true }}
      >
        <Controls showInteractive={false} />
      </ReactFlow>
    </Box>
  );
}

/**
 * A key standing for the map's content. TanStack Query keeps the same object while the map's data
 * is unchanged, so the object's identity serves, without hashing thousands of edges at every render.
 */
const mapKeys = new WeakMap<object, number>();
let mapsSeen = 0;
export function keyOf(map: object): number {
  let key = mapKeys.get(map);
  if (key === undefined) {
    key = ++mapsSeen;
    mapKeys.set(map, key);
  }
  return key;
}

const toLargeFlow = (part: LaidOutMap) => toFlow(part, true);

function toFlow(laidOut: LaidOutMap, isLarge: boolean): { nodes: PartyNodeType[]; edges: PromiseEdgeType[] } {
  return {
    nodes: laidOut.nodes.map((node) => ({
      id: node.id,
      type: 'party',
      position: node.position,
      // Known sizes let the graph fit the view and skip what is out of view before drawing a node.
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
      data: { party: node.party },
      draggable: false,
      connectable: false,
      ariaLabel: `${node.party.name} (${node.party.type})`,
    })),
    edges: laidOut.edges.map((laidOutEdge) => ({
      id: laidOutEdge.edge.id,
      type: isLarge ? 'plain-promise' : 'promise',
      source: laidOutEdge.edge.source,
      target: laidOutEdge.edge.target,
      data: { laidOut: laidOutEdge },
      markerEnd: {
        type: MarkerType.ArrowClosed,
        color: phaseColor(laidOutEdge.edge.phase),
        width: 16,
        height: 16,
      },
      ariaLabel: `${laidOutEdge.edge.horizon.name}: ${laidOutEdge.edge.title}`,
    })),
  };
}
