import { Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { CheckIn } from '../../../contract/check-ins.js';
import type { KeyResultView } from '../../../contract/key-results.js';
import { EmptyMessage } from '../empty-message.js';
import { formatInstant } from '../format.js';
import { MentionText } from '../mentions/mention-text.js';
import { CheckInAnswerForm } from './check-in-answer-form.js';
import { checkInStatusColors, checkInStatusLabels, formatKeyResultValue } from './key-result-format.js';

const answerLabels: Record<CheckIn['answers'][number]['kind'], string> = {
  acknowledge: 'Acknowledged',
  comment: 'Commented',
  'offer-help': 'Offered help',
};

/** Check-ins, newest first as they come, with what the customer answered; the customer answers here too. */
export function CheckInHistory({
  checkIns,
  keyResults,
  canAnswer,
}: {
  checkIns: CheckIn[];
  keyResults: KeyResultView[];
  canAnswer: boolean;
}) {
  return (
    <section aria-labelledby="check-in-history-heading">
      <Title order={3} size="h4" id="check-in-history-heading" mb="sm">
        Check-ins
      </Title>
      {checkIns.length === 0 ? (
        <EmptyMessage icon={<IconHistory aria-hidden="true" />} title="No check-ins yet">
          The performer checks in with values, confidence and status while keeping the promise.
        </EmptyMessage>
      ) : (
        <Stack gap="sm">
          {checkIns.map((checkIn, index) => (
            <CheckInEntry
              key={checkIn.id}
              checkIn={checkIn}
              keyResults={keyResults}
              canAnswer={canAnswer}
              isAnswerOpen={index === 0 && checkIn.answers.length === 0}
            />
          ))}
        </Stack>
      )}
    </section>
  );
}

function CheckInEntry({
  checkIn,
  keyResults,
  canAnswer,
  isAnswerOpen,
}: {
  checkIn: CheckIn;
  keyResults: KeyResultView[];
  canAnswer: boolean;
  /** The latest check-in, while nobody has answered it, shows its answer form open. */
  isAnswerOpen: boolean;
}) {
  const headingId = `check-in-${checkIn.id}`;
  const when = formatInstant(checkIn.at);
  const values = checkIn.values.flatMap((value) => {
    const keyResult = keyResults.find((kr) => kr.conditionId === value.conditionId);
    if (!keyResult) return [];
    const reported = value.done ?? value.value;
    return [
      {
        id: value.conditionId,
        text: keyResult.text,
        value: formatKeyResultValue(keyResult.definition, reported),
      },
    ];
  });

  return (
    <Paper component="article" withBorder p="md" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={4} size="h6" id={headingId}>
            {checkIn.person.name} checked in on {when}
          </Title>
          <Group gap="xs">
            <Badge variant="light" color={checkInStatusColors[checkIn.status]}>
              {checkInStatusLabels[checkIn.status]}
            </Badge>
            <Badge variant="outline" color="gray">
              Confidence {checkIn.confidence} of 10
            </Badge>
          </Group>
        </Group>
        {values.length > 0 && (
          <List size="sm" spacing={2} aria-label="Values">
            {values.map((value) => (
              <List.Item key={value.id}>
                {value.text}: <strong>{value.value}</strong>
              </List.Item>
            ))}
          </List>
        )}
        {checkIn.note && (
          <Labelled label="Note">
            <MentionText text={checkIn.note} />
          </Labelled>
        )}
        {checkIn.blockers && (
          <Labelled label="Blockers">
            <MentionText text={checkIn.blockers} />
          </Labelled>
        )}
        {checkIn.answers.length > 0 && (
          <Stack gap={6} pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-blue-3)' }}>
            <Text size="xs" fw={600} c="dimmed" tt="uppercase">
              Customer's answers
            </Text>
            <List size="sm" spacing={4} listStyleType="none" aria-label="Customer's answers">
              {checkIn.answers.map((answer) => (
                <List.Item key={answer.id}>
                  <Text size="sm" span fw={600}>
                    {answer.person.name} {answerLabels[answer.kind].toLowerCase()}
                  </Text>{' '}
                  <Text size="xs" span c="dimmed">
                    {formatInstant(answer.at)}
                  </Text>
                  {answer.text && (
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      <MentionText text={answer.text} />
                    </Text>
                  )}
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
        {canAnswer && (
          <CheckInAnswerForm
            key={String(isAnswerOpen)}
            checkIn={checkIn}
            label={`Answer the check-in of ${when}`}
            isInitiallyOpen={isAnswerOpen}
          />
        )}
      </Stack>
    </Paper>
  );
}

function Labelled({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" fw={600} c="dimmed" tt="uppercase">
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {children}
      </Text>
    </div>
  );
}
