import { Center, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconTargetArrow } from '@tabler/icons-react';
import type { PromiseDetail } from '../../../contract/promises.js';
import { wasNeverPromised } from '../../../core/promises/index.js';
import { useCheckIns, useProgress } from '../../api/check-ins.js';
import { EmptyMessage } from '../empty-message.js';
import { LoadError } from '../query-state.js';
import { ShowMore } from '../show-more.js';
import { chartSpan } from './chart-time.js';
import { CheckInForm } from './check-in-form.js';
import { CheckInHistory } from './check-in-history.js';
import { ConfidenceChart } from './confidence-chart.js';
import { KeyResultChart } from './key-result-chart.js';
import { ScoreSummary } from './score-summary.js';

/**
 * A promise being kept, in pictures: its score, each key result against its ideal line, the
 * performer's confidence, the check-in form for the performer and the check-ins with the customer's
 * answers. Mounted on the promise page; it fetches what it shows.
 */
export function PromiseProgressSection({ promise }: { promise: PromiseDetail }) {
  // Before a promise is made there is nothing to measure; after it ends early, only what was checked in.
  if (wasNeverPromised(promise.status)) return null;
  return <ProgressOfKeptPromise promise={promise} />;
}

function ProgressOfKeptPromise({ promise }: { promise: PromiseDetail }) {
  const asOf = promise.asOf ?? undefined;
  const progress = useProgress(promise.id, asOf);
  const checkIns = useCheckIns(promise.id);
  const isKept = promise.status === 'promised';
  const canCheckIn = promise.can.checkIn;
  const canAnswer = promise.can.answerCheckIn;

  const body = () => {
    if (progress.isPending || checkIns.isPending) {
      return (
        <Center py="xl" role="status">
          <Loader size="sm" aria-hidden="true" />
          <Text ml="sm">Loading progress…</Text>
        </Center>
      );
    }
    if (progress.error || checkIns.error) {
      return (
        <LoadError
          title="Progress could not be loaded"
          error={progress.error ?? checkIns.error}
          onRetry={() => {
            void progress.refetch();
            void checkIns.refetch();
          }}
        />
      );
    }
    const span = chartSpan(progress.data.startDate, progress.data.dueDate);
    const { keyResults } = progress.data;
    // As of a past moment, only the check-ins made by then. Newest first: the first is the latest.
    const shown =
      asOf === undefined
        ? checkIns.data.checkIns
        : checkIns.data.checkIns.filter((checkIn) => Date.parse(checkIn.at) <= Date.parse(asOf));
    const latest = shown[0];
    return (
      <Stack gap="lg">
        {canCheckIn && (
          // Above the charts, and the target of `#check-in` links (the palette, the "Your move" panel).
          <div id="check-in" tabIndex={-1} style={{ scrollMarginTop: 72, outline: 'none' }}>
            <CheckInForm
              // New terms bring other key results: the form starts afresh with them.
              key={keyResults.map((kr) => kr.conditionId).join()}
              promiseId={promise.id}
              keyResults={keyResults}
              last={latest ? { confidence: latest.confidence, status: latest.status } : undefined}
            />
          </div>
        )}
        <ScoreSummary progress={progress.data} span={span} isKept={isKept} />
        {keyResults.length === 0 ? (
          <EmptyMessage icon={<IconTargetArrow aria-hidden="true" />} title="Nothing is measured">
            None of this promise's conditions of satisfaction has a key result, so there is no score to chart.
            Renegotiate to add a metric or a milestone.
          </EmptyMessage>
        ) : (
          <section aria-labelledby="key-results-heading">
            <Title order={3} size="h4" id="key-results-heading" mb="sm">
              Key results
            </Title>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              {keyResults.map((keyResult) => (
                <KeyResultChart
                  key={keyResult.conditionId}
                  keyResult={keyResult}
                  span={span}
                  isKept={isKept}
                />
              ))}
            </SimpleGrid>
          </section>
        )}
        <ConfidenceChart confidence={progress.data.confidence} span={span} isKept={isKept} />
        <CheckInHistory
          checkIns={shown}
          keyResults={keyResults}
          canAnswer={canAnswer && asOf === undefined}
        />
        <ShowMore
          shown={checkIns.data.checkIns.length}
          total={checkIns.data.total}
          noun="check-ins"
          isLoading={checkIns.isFetchingNextPage}
          onMore={() => void checkIns.fetchNextPage()}
        />
      </Stack>
    );
  };

  return (
    <section aria-labelledby="progress-heading">
      <Title order={2} size="h3" id="progress-heading" mb="md">
        Progress
      </Title>
      {promise.asOf && (
        <Text size="sm" c="dimmed" mb="sm">
          The score, key results and check-ins as they stood then.
        </Text>
      )}
      {body()}
    </section>
  );
}
