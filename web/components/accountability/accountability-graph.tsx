import '@xyflow/react/dist/style.css';
import { Box } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Controls, MarkerType, ReactFlow } from '@xyflow/react';
import { useNavigate } from 'react-router';
import type { AccountabilityMap } from '../../../contract/accountability.js';
import { LoadError, PageLoader } from '../query-state.js';
import { layoutMap } from './layout-map.js';
import { PartyNode, type PartyNodeType } from './party-node.js';
import { PromiseEdge, type PromiseEdgeType, phaseColor } from './promise-edge.js';

const nodeTypes = { party: PartyNode };
const edgeTypes = { promise: PromiseEdge };

/**
 * The accountability map as a graph: parties as nodes, promises as edges from customer to
 * performer, colored by phase. Loaded on its own (it brings the graph and layout libraries); the
 * table beside it says the same for keyboards and screen readers.
 */
export function AccountabilityGraph({ map }: { map: AccountabilityMap }) {
  const navigate = useNavigate();
  const layout = useQuery({ queryKey: ['map-layout', map], queryFn: () => layoutMap(map) });

  if (layout.isPending) return <PageLoader label="Laying out the map" />;
  if (layout.error) return <LoadError title="The map could not be laid out" error={layout.error} />;

  const nodes: PartyNodeType[] = layout.data.nodes.map((node) => ({
    id: node.id,
    type: 'party',
    position: node.position,
    data: { party: node.party },
    draggable: false,
    connectable: false,
    ariaLabel: `${node.party.name} (${node.party.type})`,
  }));
  const edges: PromiseEdgeType[] = layout.data.edges.map((laidOut) => ({
    id: laidOut.edge.id,
    type: 'promise',
    source: laidOut.edge.source,
    target: laidOut.edge.target,
    data: { laidOut },
    markerEnd: { type: MarkerType.ArrowClosed, color: phaseColor(laidOut.edge.phase), width: 16, height: 16 },
    ariaLabel: `${laidOut.edge.horizon.name}: ${laidOut.edge.title}`,
  }));

  return (
    <Box h={560} style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 8 }}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        fitView
        fitViewOptions={{ padding: 0.15 }}
        minZoom={0.2}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        onEdgeClick={(_event, edge) => {
          const promiseId = edge.data?.laidOut.edge.promiseId;
          if (promiseId) navigate(`/promises/${promiseId}`);
        }}
        proOptions={{ hideAttribution: true }}
      >
        <Controls showInteractive={false} />
      </ReactFlow>
    </Box>
  );
}
