import { Badge, Group, List, Text } from '@mantine/core';
import type { Condition } from '../../../contract/promises.js';
import { describeKeyResult } from './format-key-result.js';

/** The conditions of satisfaction, each with how it is measured. */
export function ConditionsList({ conditions, label }: { conditions: readonly Condition[]; label: string }) {
  if (conditions.length === 0) {
    return (
      <Text c="dimmed" fs="italic">
        No conditions: the customer will judge the promise by its title and description.
      </Text>
    );
  }
  return (
    <List type="ordered" spacing="xs" aria-label={label}>
      {conditions.map((condition) => (
        <List.Item key={condition.id}>
          <ConditionText condition={condition} />
        </List.Item>
      ))}
    </List>
  );
}

export function ConditionText({ condition }: { condition: Pick<Condition, 'text' | 'keyResult'> }) {
  return (
    <Group gap="xs" wrap="wrap" component="span">
      <Text component="span">{condition.text}</Text>{' '}
      {condition.keyResult ? (
        <Badge variant="light" color="indigo" style={{ textTransform: 'none' }}>
          {describeKeyResult(condition.keyResult)}
        </Badge>
      ) : null}
    </Group>
  );
}
