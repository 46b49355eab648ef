import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { IconGauge } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { PartyRef } from '../../../contract/parties.js';
import type { PromiseDetail } from '../../../contract/promises.js';
import { useTeamCapacity } from '../../api/capacity.js';
import { LoadMeter } from './load-meter.js';

function TeamCapacityNote({ team, cycle }: { team: PartyRef; cycle: PromiseDetail['cycle'] }) {
  const capacity = useTeamCapacity(team.id, cycle.id);
  if (!capacity.data) return null;
  const { load, isOverCapacity, wouldBeOverCapacity } = capacity.data;
  const color = isOverCapacity ? 'red' : wouldBeOverCapacity ? 'orange' : 'blue';
  return (
    <Alert
      variant="light"
      color={color}
      icon={<IconGauge aria-hidden="true" />}
      title={`Capacity of ${team.name} in ${cycle.name}`}
      component="aside"
      role="complementary"
    >
      <Stack gap="xs">
        <LoadMeter load={load} capacity={capacity.data.capacity} label={`Load of ${team.name}`} />
        <Text size="sm">
          {capacity.data.capacity === null
            ? `${team.name} has not declared its capacity for ${cycle.name}. `
            : isOverCapacity
              ? `${team.name} has already accepted more than it can. Saying no, with the reason, is a valid answer. `
              : wouldBeOverCapacity
                ? `Accepting every open ask would put ${team.name} over capacity. Saying no, with the reason, is a valid answer. `
                : `${team.name} has room for this ask. `}
          <Anchor component={Link} to={`/teams/${team.id}`} size="sm">
            See the team's capacity
          </Anchor>
        </Text>
      </Stack>
    </Alert>
  );
}

/**
 * While an ask (or a proposal) awaits the performer, whoever answers for it sees the performing teams'
 * load before they promise: pulling only what the team can keep is the point of answering.
 */
export function PerformerCapacityNotes({ promise }: { promise: PromiseDetail }) {
  // The server offers the promise move exactly to who speaks for an awaited performer.
  if (!promise.allowedMoves.includes('promise')) return null;
  const teams = promise.performers.filter((party) => party.type === 'team');
  if (teams.length === 0) return null;
  return (
    <Stack gap="sm">
      {teams.map((team) => (
        <TeamCapacityNote key={team.id} team={team} cycle={promise.cycle} />
      ))}
    </Stack>
  );
}
