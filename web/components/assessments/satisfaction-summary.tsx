import { Badge, Group, Paper, Progress, Stack, Table, Text } from '@mantine/core';
import { IconMoodCheck, IconMoodSad } from '@tabler/icons-react';
import type { Assessment } from '../../../contract/assessments.js';
import type { Condition } from '../../../contract/promises.js';
import { formatKeyResultValue, formatPercent, scoreColor } from '../check-ins/key-result-format.js';
import { formatInstant } from '../format.js';

type Satisfaction = NonNullable<Assessment['satisfaction']>;

/** The customer's latest declaration: satisfied or not, why, and each key result's final value and score. */
export function SatisfactionSummary({
  satisfaction,
  declarations,
  conditions,
}: {
  satisfaction: Satisfaction;
  declarations: number;
  conditions: Condition[];
}) {
  const Icon = satisfaction.satisfied ? IconMoodCheck : IconMoodSad;
  const definitionOf = (conditionId: string) =>
    conditions.find((c) => c.id === conditionId)?.keyResult ?? null;

  return (
    <Paper withBorder p="md">
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Group gap="sm">
            <Icon
              size={32}
              aria-hidden="true"
              color={`var(--mantine-color-${satisfaction.satisfied ? 'teal' : 'red'}-6)`}
            />
            <div>
              <Badge size="lg" variant="light" color={satisfaction.satisfied ? 'teal' : 'red'}>
                {satisfaction.satisfied ? 'Satisfied' : 'Dissatisfied'}
              </Badge>
              <Text size="sm" c="dimmed" mt={4}>
                {satisfaction.person.name}, {formatInstant(satisfaction.at)}
                {declarations > 1 ? ` · assessed ${declarations} times` : ''}
              </Text>
            </div>
          </Group>
          <div>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              Final score
            </Text>
            <Text fw={700} size="xl">
              {formatPercent(satisfaction.score)}
            </Text>
          </div>
        </Group>
        {satisfaction.note && (
          <Text
            component="blockquote"
            m={0}
            pl="sm"
            style={{ borderLeft: '3px solid var(--mantine-color-gray-4)', whiteSpace: 'pre-wrap' }}
          >
            {satisfaction.note}
          </Text>
        )}
        {satisfaction.keyResults.length > 0 && (
          <Table.ScrollContainer minWidth={480}>
            <Table verticalSpacing="xs">
              <Table.Caption>Final key results</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Key result</Table.Th>
                  <Table.Th scope="col">Final value</Table.Th>
                  <Table.Th scope="col">Score</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {satisfaction.keyResults.map((kr) => {
                  const definition = definitionOf(kr.conditionId);
                  return (
                    <Table.Tr key={kr.conditionId}>
                      <Table.Th scope="row" fw={500}>
                        {kr.text}
                      </Table.Th>
                      <Table.Td>
                        {definition
                          ? formatKeyResultValue(definition, kr.final)
                          : String(kr.final ?? 'Not reported')}
                      </Table.Td>
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Progress
                            value={kr.score * 100}
                            w={80}
                            aria-hidden="true"
                            color={scoreColor(kr.score)}
                          />
                          <Text size="sm">{formatPercent(kr.score)}</Text>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
