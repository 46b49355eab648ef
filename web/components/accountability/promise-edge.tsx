import { BaseEdge, type Edge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { Link } from 'react-router';
import type { AccountabilityMap } from '../../../contract/accountability.js';
import { phaseColors, phaseLabels } from '../promises/labels.js';
import type { LaidOutEdge } from './map-geometry.js';

export type PromiseEdgeType = Edge<{ laidOut: LaidOutEdge }, 'promise' | 'plain-promise'>;

export function phaseColor(phase: AccountabilityMap['edges'][number]['phase']): string {
  return `var(--mantine-color-${phaseColors[phase]}-6)`;
}

/**
 * A promise from its customer down to a performer, along the route ELK computed; its label names
 * the horizon and links to the promise.
 */
export const PromiseEdge = memo(function PromiseEdge({
  id,
  data,
  markerEnd,
  sourceX,
  sourceY,
  targetX,
  targetY,
}: EdgeProps<PromiseEdgeType>) {
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
  const color = phaseColor(edge.phase);
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        style={{ stroke: color, strokeWidth: 2 }}
        interactionWidth={14}
      />
      <EdgeLabelRenderer>
        <Link
          to={`/promises/${edge.promiseId}`}
          className="nodrag nopan"
          title={`${edge.title} (${edge.horizon.name}, ${phaseLabels[edge.phase]})`}
          style={{
            position: 'absolute',
            transform: `translate(${label.x}px, ${label.y}px)`,
            width: label.width,
            height: label.height,
            pointerEvents: 'all',
            display: 'block',
            padding: '2px 6px',
            borderRadius: 6,
            border: `1px solid ${color}`,
            background: 'var(--mantine-color-body)',
            color: 'var(--mantine-color-text)',
            textDecoration: 'none',
            fontSize: 11,
            lineHeight: 1.3,
            overflow: 'hidden',
          }}
        >
          <span style={{ display: 'block', fontWeight: 600 }}>{edge.horizon.name}</span>
          <span
            style={{ display: 'block', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}
          >
            {edge.title}
          </span>
        </Link>
      </EdgeLabelRenderer>
    </>
  );
});

/**
 * A promise on a large map: its line only, colored by phase. Thousands of labels would keep the page
 * busy for seconds and be unreadable at the zoom that shows them; the table beside the map names
 * every promise, the edge's own label says it to screen readers, and a click opens the promise.
 */
export const PlainPromiseEdge = memo(function PlainPromiseEdge({
  id,
  data,
  markerEnd,
  sourceX,
  sourceY,
  targetX,
  targetY,
}: EdgeProps<PromiseEdgeType>) {
  if (!data) return null;
  return (
    <BaseEdge
      id={id}
      path={`M ${sourceX} ${sourceY} L ${targetX} ${targetY}`}
      markerEnd={markerEnd}
      style={{ stroke: phaseColor(data.laidOut.edge.phase), strokeWidth: 2 }}
      interactionWidth={10}
    />
  );
});
