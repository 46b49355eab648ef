import { Alert, Anchor, List, Text } from '@mantine/core';
import { IconCalendarDue } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { Inbox } from '../../../contract/inbox.js';
import { formatCalendarDate } from '../format.js';

const names = {
  direction: 'the direction document',
  drafts: 'the drafts',
  approval: 'approval of the plan',
} as const;

/** Planning milestones the signed-in person owes that are due soon or missed. */
export function OwedMilestones({ milestones }: { milestones: Inbox['milestones'] }) {
  if (milestones.length === 0) return null;
  const isMissed = milestones.some((m) => m.status === 'missed');
  return (
    <section aria-labelledby="owed-milestones-heading">
      <Alert
        color={isMissed ? 'red' : 'yellow'}
        icon={<IconCalendarDue aria-hidden="true" />}
        title={<span id="owed-milestones-heading">Planning milestones you owe</span>}
      >
        <List spacing={4}>
          {milestones.map((m) => (
            <List.Item key={`${m.cycle.id}:${m.key}:${m.team?.id ?? ''}`}>
              <Text span fw={600}>
                {m.status === 'missed' ? 'Missed' : 'Due soon'}:
              </Text>{' '}
              {names[m.key]}
              {m.team ? ` of ${m.team.name}` : ''} for{' '}
              {/* On the alert's tint the link takes the text's color, and is told apart by its underline. */}
              <Anchor component={Link} to={`/planning?cycle=${m.cycle.id}`} c="inherit" underline="always">
                {m.cycle.name}
              </Anchor>
              , due {formatCalendarDate(m.due)}
            </List.Item>
          ))}
        </List>
      </Alert>
    </section>
  );
}
