import { Group, Paper, Text, ThemeIcon } from '@mantine/core';
import { IconUser, IconUsersGroup } from '@tabler/icons-react';
import { Handle, type Node, type NodeProps, Position } from '@xyflow/react';
import type { PartyRef } from '../../../contract/parties.js';
import { NODE_HEIGHT, NODE_WIDTH } from './map-geometry.js';

export type PartyNodeType = Node<{ party: PartyRef }, 'party'>;

const hiddenHandle = { opacity: 0, pointerEvents: 'none' as const };

/** A person or a team on the map. Edges attach above (promises made to it) and below (by it). */
export function PartyNode({ data }: NodeProps<PartyNodeType>) {
  const isTeam = data.party.type === 'team';
  return (
    <>
      <Handle type="target" position={Position.Top} style={hiddenHandle} isConnectable={false} />
      <Paper
        withBorder
        shadow="xs"
        radius="md"
        px="sm"
        w={NODE_WIDTH}
        h={NODE_HEIGHT}
        style={{ display: 'flex', alignItems: 'center' }}
      >
        <Group gap="xs" wrap="nowrap">
          <ThemeIcon variant="light" color={isTeam ? 'grape' : 'blue'} radius="xl" aria-hidden="true">
            {isTeam ? <IconUsersGroup size={16} /> : <IconUser size={16} />}
          </ThemeIcon>
          <div style={{ minWidth: 0 }}>
            <Text size="sm" fw={600} truncate>
              {data.party.name}
            </Text>
            <Text size="xs" c="dimmed">
              {isTeam ? 'Team' : 'Person'}
            </Text>
          </div>
        </Group>
      </Paper>
      <Handle type="source" position={Position.Bottom} style={hiddenHandle} isConnectable={false} />
    </>
  );
}
