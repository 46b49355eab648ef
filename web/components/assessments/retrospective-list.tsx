import { Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { Assessment } from '../../../contract/assessments.js';
import { formatInstantDay } from '../format.js';

type Retrospective = Assessment['retrospectives'][number];

const sideLabels: Record<Retrospective['side'], string> = { customer: 'Customer', performer: 'Performer' };

/** What each side said went well and would change, in the order they wrote it. */
export function RetrospectiveList({
  retrospectives,
  label = 'Retrospectives',
}: {
  retrospectives: Retrospective[];
  label?: string;
}) {
  if (retrospectives.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No retrospective yet.
      </Text>
    );
  }
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={label}>
      {retrospectives.map((retrospective) => (
        <li key={retrospective.id}>
          <Group gap="xs" mb={4}>
            <Badge variant="light" color={retrospective.side === 'customer' ? 'blue' : 'grape'}>
              {sideLabels[retrospective.side]}
            </Badge>
            <Text size="sm" fw={600}>
              {retrospective.person.name}
            </Text>
            <Text size="xs" c="dimmed">
              {formatInstantDay(retrospective.at)}
            </Text>
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Said label="Went well" text={retrospective.wentWell} />
            <Said label="To change" text={retrospective.toChange} />
          </SimpleGrid>
        </li>
      ))}
    </Stack>
  );
}

function Said({ label, text }: { label: string; text: string }) {
  return (
    <div>
      <Text size="xs" fw={600} c="dimmed" tt="uppercase">
        {label}
      </Text>
      <Text size="sm" c={text ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-wrap' }}>
        {text || 'Nothing written'}
      </Text>
    </div>
  );
}
