import { IconUser, IconUsersGroup } from '@tabler/icons-react';
import { Handle, type Node, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import type { PartyRef } from '../../../contract/parties.js';
import { NODE_HEIGHT, NODE_WIDTH } from './map-geometry.js';
import classes from './party-node.module.css';

export type PartyNodeType = Node<{ party: PartyRef }, 'party'>;

const hiddenHandle = { opacity: 0, pointerEvents: 'none' as const };
const size = { width: NODE_WIDTH, height: NODE_HEIGHT };

/**
 * A person or a team on the map. Edges attach above (promises made to it) and below (by it). Plain
 * elements styled with Mantine's variables rather than Mantine components: a large map draws
 * hundreds of parties at once, and redraws them as it is panned.
 */
export const PartyNode = memo(function PartyNode({ data }: NodeProps<PartyNodeType>) {
  const isTeam = data.party.type === 'team';
  return (
    <>
      <Handle type="target" position={Position.Top} style={hiddenHandle} isConnectable={false} />
      <div className={classes.node} style={size}>
        <span className={`${classes.icon} ${isTeam ? classes.team : classes.person}`} aria-hidden="true">
          {isTeam ? <IconUsersGroup size={16} /> : <IconUser size={16} />}
        </span>
        <div className={classes.text}>
          <div className={classes.name}>{data.party.name}</div>
          <div className={classes.kind}>{isTeam ? 'Team' : 'Person'}</div>
        </div>
      </div>
      <Handle type="source" position={Position.Bottom} style={hiddenHandle} isConnectable={false} />
    </>
  );
});
