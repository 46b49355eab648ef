import { Switch } from '@mantine/core';
import { useState } from 'react';
import type { Team } from '../../../contract/teams.js';
import { useUpdateTeam } from '../../api/teams.js';
import { notifyFailure, notifySuccess } from '../notify.js';

/** Owners and admins mark a team as leadership: its members write each cycle's direction document. */
export function LeadershipSwitch({ team }: { team: Team }) {
  const update = useUpdateTeam(team.id);
  // The switch moves at once; it moves back if the change is refused.
  const [isLeadership, setIsLeadership] = useState(team.isLeadership);
  return (
    <Switch
      label="Leadership team"
      description="Its members write and publish the direction document of each cycle"
      checked={isLeadership}
      disabled={update.isPending}
      onChange={(event) => {
        const next = event.currentTarget.checked;
        setIsLeadership(next);
        update.mutate(
          { isLeadership: next },
          {
            onSuccess: () =>
              notifySuccess(
                next ? `${team.name} is a leadership team` : `${team.name} is no longer a leadership team`,
              ),
            onError: (error) => {
              setIsLeadership(!next);
              notifyFailure(`Could not change ${team.name}`, error);
            },
          },
        );
      }}
    />
  );
}
