import '@xyflow/react/dist/style.css';
import { Box } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import {
  BaseEdge,
  Controls,
  type Edge,
  EdgeLabelRenderer,
  type EdgeProps,
  Handle,
  MarkerType,
  type Node,
  type NodeProps,
  Position,
  ReactFlow,
} from '@xyflow/react';
import { memo, useCallback, useMemo } from 'react';
import { Link } from 'react-router';
import type {
  AccountabilityLink,
  AccountabilitySummary,
  AccountabilityUnit,
} from '../../../contract/accountability.js';
import { LoadError, PageLoader } from '../query-state.js';
import { keyOf } from './accountability-graph.js';
import { isLargeMap, layoutLargeMap } from './large-map-layout.js';
import { layoutMapInWorker } from './layout-in-worker.js';
import { type LaidOutEdge, type LaidOutMap, type MapGraph, NODE_HEIGHT, NODE_WIDTH } from './map-geometry.js';
import classes from './party-node.module.css';
import { isAtRisk, linkCounts, unitCounts } from './summary-text.js';
import { GRAPH_HEIGHT, graphFrame, WindowedGraph } from './windowed-graph.js';

type UnitNodeType = Node<{ unit: AccountabilityUnit; href: string | null }, 'unit'>;
type LinkEdgeType = Edge<{ laidOut: LaidOutEdge<AccountabilityLink> }, 'link'>;

const hiddenHandle = { opacity: 0, pointerEvents: 'none' as const };
const size = { width: NODE_WIDTH, height: NODE_HEIGHT };

/** A team of the summary: a link to the team's own map (Enter or a click opens it). */
const UnitNode = memo(function UnitNode({ data }: NodeProps<UnitNodeType>) {
  const { unit, href } = data;
  const content = (
    <>
      <span className={`${classes.icon} ${classes.team}`} aria-hidden="true">
        <IconUsersGroup size={16} />
      </span>
      <span className={classes.text}>
        <span className={classes.name} style={{ display: 'block' }}>
          {unit.name}
        </span>
        <span className={classes.kind} style={{ display: 'block' }}>
          {unitCounts(unit)}
        </span>
      </span>
    </>
  );
  return (
    <>
      <Handle type="target" position={Position.Top} style={hiddenHandle} isConnectable={false} />
      {href ? (
        <Link
          to={href}
          className={`${classes.node} ${classes.unit} nodrag nopan`}
          style={size}
          aria-label={`Open the map of ${unit.name}: ${unitCounts(unit)}`}
        >
          {content}
        </Link>
      ) : (
        <div className={classes.node} style={size}>
          {content}
        </div>
      )}
      <Handle type="source" position={Position.Bottom} style={hiddenHandle} isConnectable={false} />
    </>
  );
});

const linkColor = (link: AccountabilityLink) =>
  isAtRisk(link) ? 'var(--mantine-color-orange-7)' : 'var(--mantine-color-gray-6)';

/** The promises, contributions and dependencies between two teams, counted on one edge. */
const LinkEdge = memo(function LinkEdge({
  id,
  data,
  markerEnd,
  sourceX,
  sourceY,
  targetX,
  targetY,
}: EdgeProps<LinkEdgeType>) {
  if (!data) return null;
  const { edge, points, label } = data.laidOut;
  const route =
    points.length >= 2
      ? points
      : [
          { x: sourceX, y: sourceY },
          { x: targetX, y: targetY },
        ];
  const path = route.map((point, index) => `${index === 0 ? 'M' : 'L'} ${point.x} ${point.y}`).join(' ');
  const color = linkColor(edge);
  const width = Math.min(
    8,
    1.5 + Math.log2(1 + edge.promises + edge.contributions + edge.dependencies.total),
  );
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} style={{ stroke: color, strokeWidth: width }} />
      <EdgeLabelRenderer>
        <div
          style={{
            position: 'absolute',
            transform: `translate(${label.x}px, ${label.y}px)`,
            width: label.width,
            padding: '2px 6px',
            borderRadius: 6,
            border: `1px solid ${color}`,
            background: 'var(--mantine-color-body)',
            color: 'var(--mantine-color-text)',
            fontSize: 11,
            lineHeight: 1.3,
          }}
        >
          {linkCounts(edge).map((line) => (
            <span key={line} style={{ display: 'block', whiteSpace: 'nowrap' }}>
              {line}
            </span>
          ))}
        </div>
      </EdgeLabelRenderer>
    </>
  );
});

const nodeTypes = { unit: UnitNode };
const edgeTypes = { link: LinkEdge };

/**
 * The summary as a graph: teams as nodes (customers above performers), and between two teams one
 * edge counting the promises, contributions and dependencies (orange when one is at risk). Links
 * within a team are counted on the team, not drawn. A team opens its own map.
 */
export function SummaryGraph({
  summary,
  hrefOf,
}: {
  summary: AccountabilitySummary;
  hrefOf: (unit: AccountabilityUnit) => string | null;
}) {
  const graph = useMemo(() => toGraph(summary), [summary]);
  const layout = useQuery({
    queryKey: ['map-layout', 'summary', keyOf(summary)],
    queryFn: ({ signal }) =>
      isLargeMap(graph) ? layoutLargeMap(graph) : layoutMapInWorker(graph, linkCounts, signal),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
  const toFlow = useCallback(
    (laidOut: LaidOutMap<AccountabilityLink>) => {
      const units = new Map(summary.units.map((unit) => [unit.id, unit]));
      const nodes = laidOut.nodes.flatMap((node): UnitNodeType[] => {
        const unit = units.get(node.id);
        if (!unit) return [];
        return [
          {
            id: node.id,
            type: 'unit',
            position: node.position,
            width: NODE_WIDTH,
            height: NODE_HEIGHT,
            data: { unit, href: hrefOf(unit) },
            draggable: false,
            connectable: false,
            // The link inside is what a keyboard reaches: the node itself is not a second stop.
            focusable: false,
          },
        ];
      });
      const edges = laidOut.edges.map(
        (edge): LinkEdgeType => ({
          id: edge.edge.id,
          type: 'link',
          source: edge.edge.source,
          target: edge.edge.target,
          data: { laidOut: edge },
          focusable: false,
          markerEnd: { type: MarkerType.ArrowClosed, color: linkColor(edge.edge), width: 14, height: 14 },
        }),
      );
      return { nodes, edges };
    },
    [summary, hrefOf],
  );
  const isLarge = isLargeMap(graph);
  const flow = useMemo(
    () => (layout.data && !isLarge ? toFlow(layout.data) : undefined),
    [layout.data, isLarge, toFlow],
  );

  if (layout.isPending) return <PageLoader label="Laying out the map" />;
  if (layout.error) return <LoadError title="The map could not be laid out" error={layout.error} />;
  // Hundreds of teams are drawn a window at a time, like a large team map.
  if (isLarge) {
    return (
      <WindowedGraph laidOut={layout.data} toFlow={toFlow} nodeTypes={nodeTypes} edgeTypes={edgeTypes} />
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
        minZoom={0.1}
        onlyRenderVisibleElements
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        proOptions={{ hideAttribution: true }}
      >
        <Controls showInteractive={false} />
      </ReactFlow>
    </Box>
  );
}

function toGraph(summary: AccountabilitySummary): MapGraph<AccountabilityLink> {
  return {
    nodes: summary.units.map((unit) => ({
      id: unit.id,
      party: { type: 'team', id: unit.team?.id ?? unit.id, name: unit.name },
    })),
    // A link within a team would loop onto itself: it is counted on the team instead.
    edges: summary.links.filter((link) => link.source !== link.target),
  };
}
