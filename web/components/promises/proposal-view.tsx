import { Alert, Table, Text } from '@mantine/core';
import type { z } from 'zod';
import type { Condition, PromiseDetail, TermsDifference } from '../../../contract/promises.js';
import { formatCalendarDate } from '../format.js';
import { ConditionsList, ConditionText } from './conditions-list.js';
import { DescriptionText } from './description-text.js';
import { sideLabels } from './labels.js';

type Difference = z.infer<typeof TermsDifference>;
type Proposal = NonNullable<PromiseDetail['proposal']>;

const fieldLabels = {
  title: 'Title',
  description: 'Description',
  dueDate: 'Due date',
  conditions: 'Condition',
};

function isCondition(value: unknown): value is Condition {
  return typeof value === 'object' && value !== null && 'text' in value && 'id' in value;
}

function isIdList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((id) => typeof id === 'string');
}

/** One side of a difference, as people read it. */
function Side({
  difference,
  value,
  conditions,
}: {
  difference: Difference;
  value: unknown;
  conditions: Condition[];
}) {
  if (value === null || value === undefined) {
    return <Text c="dimmed">{difference.change === 'added' ? 'Not there' : 'Removed'}</Text>;
  }
  if (difference.field === 'dueDate' && typeof value === 'string')
    return <Text>{formatCalendarDate(value)}</Text>;
  if (difference.field === 'description' && typeof value === 'string')
    return <DescriptionText text={value} />;
  if (isCondition(value)) return <ConditionText condition={value} />;
  if (isIdList(value)) {
    const text = (id: string) => conditions.find((condition) => condition.id === id)?.text ?? id;
    return <Text>{value.map(text).join(' → ')}</Text>;
  }
  return <Text>{String(value)}</Text>;
}

const changeLabels = { changed: 'changed', added: 'added', removed: 'removed', reordered: 'reordered' };

/**
 * A pending counter or renegotiation side by side with the terms it would replace: only what
 * changes, then the whole proposal for reference.
 */
export function ProposalView({ promise, proposal }: { promise: PromiseDetail; proposal: Proposal }) {
  const currentLabel = promise.status === 'promised' ? 'Agreed' : 'As opened';
  const allConditions = [...promise.terms.conditions, ...proposal.proposedTerms.conditions];
  const kind = proposal.kind === 'renegotiation' ? 'A renegotiation' : 'A counter-proposal';

  return (
    <>
      <Alert
        color="orange"
        variant="light"
        mb="sm"
        title={`${kind} by the ${sideLabels[proposal.by].toLowerCase()}`}
      >
        {promise.awaiting
          ? `The ${promise.awaiting} answers it: accept, counter or decline.`
          : 'It was never answered.'}
      </Alert>
      <Table.ScrollContainer minWidth={560}>
        <Table withTableBorder withColumnBorders verticalSpacing="sm" layout="fixed">
          <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>What changes</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w={150}>
                Term
              </Table.Th>
              <Table.Th scope="col">{currentLabel}</Table.Th>
              <Table.Th scope="col">Proposed</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {proposal.differences.map((difference, index) => (
              // Differences come in a stable order and have no id of their own.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <Table.Tr key={index}>
                <Table.Th scope="row">
                  {fieldLabels[difference.field]}
                  {difference.field === 'conditions' && (
                    <Text size="xs" c="dimmed" fw={400}>
                      {changeLabels[difference.change]}
                    </Text>
                  )}
                </Table.Th>
                <Table.Td>
                  <Side difference={difference} value={difference.before} conditions={allConditions} />
                </Table.Td>
                <Table.Td>
                  <Side difference={difference} value={difference.after} conditions={allConditions} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <details>
        <summary>
          <Text component="span" size="sm">
            All proposed conditions
          </Text>
        </summary>
        <ConditionsList conditions={proposal.proposedTerms.conditions} label="Proposed conditions" />
      </details>
    </>
  );
}
