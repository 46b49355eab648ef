import { Alert, Box, Group, RingProgress, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconClockExclamation } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { Progress } from '../../../contract/check-ins.js';
import {
  AT_RISK_FROM,
  elapsedFraction,
  ON_TRACK_FROM,
  type ScoreStatus,
  statusFromScore,
} from '../../../core/scoring/index.js';
import { formatInstant, formatInstantDay } from '../format.js';
import type { ChartSpan } from './chart-time.js';
import { checkInStatusColors, checkInStatusLabels, formatPercent } from './key-result-format.js';

/** The customary OKR grading of a finished promise's score. */
const gradeLabels: Record<ScoreStatus, string> = {
  'on-track': `Delivered (${formatPercent(ON_TRACK_FROM)} or more)`,
  'at-risk': `Partly delivered (${formatPercent(AT_RISK_FROM)} to ${formatPercent(ON_TRACK_FROM)})`,
  'off-track': `Not delivered (below ${formatPercent(AT_RISK_FROM)})`,
};

/** The score as a ring people take in at a glance, with the pace it should have by now and when to check in. */
export function ScoreSummary({
  progress,
  span,
  isKept,
}: {
  progress: Progress;
  span: ChartSpan;
  isKept: boolean;
}) {
  // The server counts the time used from the agreement when it came after the cycle's start: a promise
  // accepted today has used none of its time, whatever the cycle's calendar says.
  const expected = progress.timeUsed ?? elapsedFraction(span.startIso, span.endIso, new Date().toISOString());
  const grade = progress.score === null ? null : statusFromScore(progress.score, isKept ? expected : 1);

  return (
    <Stack gap="md">
      <Group gap="xl" align="center" wrap="wrap">
        <ScoreRing score={progress.score} color={grade ? checkInStatusColors[grade] : 'gray'} />
        <SimpleGrid
          component="dl"
          cols={{ base: 2, sm: 4 }}
          spacing="lg"
          verticalSpacing="xs"
          m={0}
          style={{ flex: 1, minWidth: 260 }}
        >
          {isKept ? (
            <Fact term="Pace">
              {grade
                ? `${checkInStatusLabels[grade]}, with ${formatPercent(expected)} of the time used`
                : 'No key results'}
            </Fact>
          ) : (
            <Fact term="Grade">{grade ? gradeLabels[grade] : 'No key results'}</Fact>
          )}
          <Fact term="Rolled-up score">
            {formatPercent(progress.rolledUpScore)}
            <Text span size="xs" c="dimmed" display="block">
              with the promises contributing to it
            </Text>
          </Fact>
          <Fact term="Last check-in">
            {progress.lastCheckInAt ? formatInstant(progress.lastCheckInAt) : 'None yet'}
          </Fact>
          <Fact term="Next check-in due">
            {isKept && progress.nextCheckInDue ? formatInstantDay(progress.nextCheckInDue) : 'None due'}
          </Fact>
        </SimpleGrid>
      </Group>
      {progress.isStale && (
        <Alert
          color="yellow"
          variant="light"
          title="A check-in is overdue"
          icon={<IconClockExclamation aria-hidden="true" />}
        >
          {progress.lastCheckInAt
            ? `The last check-in was on ${formatInstantDay(progress.lastCheckInAt)}; the cycle asks for one more often.`
            : 'Nobody has checked in on this promise since it was made.'}{' '}
          The customer and the dashboard show it as stale until the performer checks in.
        </Alert>
      )}
    </Stack>
  );
}

function ScoreRing({ score, color }: { score: number | null; color: string }) {
  const percent = score === null ? 0 : Math.round(score * 100);
  return (
    <Box
      role="progressbar"
      aria-label="Score"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={score === null ? undefined : percent}
      aria-valuetext={score === null ? 'No key results to score' : `${percent}%`}
    >
      <RingProgress
        size={132}
        thickness={12}
        roundCaps
        sections={[{ value: percent, color }]}
        label={
          <Stack gap={0} align="center" aria-hidden="true">
            <Text fw={700} size="xl" lh={1.1}>
              {formatPercent(score)}
            </Text>
            <Text size="xs" c="dimmed">
              score
            </Text>
          </Stack>
        }
      />
    </Box>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={600}>
        {term}
      </Text>
      <Text component="dd" m={0} size="sm">
        {children}
      </Text>
    </div>
  );
}
