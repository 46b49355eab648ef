import { Badge, Table, Text } from '@mantine/core';
import type { PerformerAnswer, PromiseDetail } from '../../../contract/promises.js';
import { formatInstant } from '../format.js';

type Answered = PerformerAnswer['promised'];

/** Whether the promise is being kept (or was): then each performer's report is asked for too. */
function asksForReports(promise: PromiseDetail): boolean {
  return (promise.status === 'promised' && promise.proposal === null) || promise.status === 'reported';
}

function Answer({ answer, word }: { answer: Answered; word: string }) {
  if (answer === null) {
    return (
      <Badge component="span" variant="light" color="orange">
        Awaited
      </Badge>
    );
  }
  return (
    <>
      <Badge component="span" variant="light" color="green">
        {word}
      </Badge>{' '}
      <Text component="span" size="sm">
        {answer.person ? `by ${answer.person.name}, ` : ''}
        {formatInstant(answer.at)}
      </Text>
    </>
  );
}

/**
 * With several performers each answers for itself: which have promised the terms on the table and
 * which are awaited, and while the promise is kept, which have reported their part.
 */
export function PerformerAnswers({ promise }: { promise: PromiseDetail }) {
  if (promise.performerAnswers.length < 2) return null;
  const isNegotiating =
    ['requested', 'offered', 'countered'].includes(promise.status) || promise.proposal !== null;
  const showsReports = asksForReports(promise);
  if (!isNegotiating && !showsReports) return null;
  return (
    <Table aria-label="Each performer's answer" withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Performer</Table.Th>
          <Table.Th scope="col">{isNegotiating ? 'Promise' : 'Report'}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {promise.performerAnswers.map((answer) => (
          <Table.Tr key={`${answer.performer.type}:${answer.performer.id}`}>
            <Table.Th scope="row">{answer.performer.name}</Table.Th>
            <Table.Td>
              {isNegotiating ? (
                <Answer answer={answer.promised} word="Promised" />
              ) : (
                <Answer answer={answer.reported} word="Reported" />
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
