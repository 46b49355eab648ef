import { Badge, type BadgeProps, Text, VisuallyHidden } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import type { PartyRef } from '../../../contract/parties.js';
import type { Phase, Status } from '../../../contract/protocol.js';
import { phaseColors, phaseLabels, statusColors, statusLabels } from './labels.js';

// Plain text, for modules without JSX (and their tests) too.
import { partyNames } from './party-names.js';

export { partyNames };

export function PhaseBadge({ phase, ...props }: { phase: Phase } & BadgeProps) {
  return (
    <Badge
      color={phaseColors[phase]}
      variant="light"
      style={{ textTransform: 'none', minWidth: 'max-content' }}
      {...props}
    >
      {phaseLabels[phase]}
    </Badge>
  );
}

export function StatusBadge({ status, ...props }: { status: Status } & BadgeProps) {
  return (
    <Badge
      color={statusColors[status]}
      variant="outline"
      style={{ textTransform: 'none', minWidth: 'max-content' }}
      {...props}
    >
      {statusLabels[status]}
    </Badge>
  );
}

/** "Customer → performers", read aloud as "Customer to performers". */
export function PartiesLine({
  customer,
  performers,
  size = 'sm',
}: {
  customer: PartyRef;
  performers: readonly PartyRef[];
  size?: 'xs' | 'sm' | 'md';
}) {
  return (
    <Text size={size} component="span" style={{ whiteSpace: 'nowrap' }}>
      {customer.name} <IconArrowRight size={14} aria-hidden="true" style={{ verticalAlign: 'middle' }} />
      <VisuallyHidden>to</VisuallyHidden> {partyNames(performers)}
    </Text>
  );
}

/** A 0.0–1.0 score as a whole percentage; a dash without key results. */
export function formatScore(score: number | null): string {
  return score === null ? '—' : `${Math.round(score * 100)}%`;
}
