import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { PromiseReviews } from '../../../contract/draft-reviews.js';
import type { PromiseDetail } from '../../../contract/promises.js';
import { isUnsettled } from '../../../core/promises/index.js';
import { usePromiseReviews } from '../../api/draft-reviews.js';
import { PerformerCapacityNotes } from '../capacity/performer-capacity-note.js';
import { PromiseSizeForm } from '../capacity/promise-size-form.js';
import { reviewRoleLabels } from '../cycles/cycle-labels.js';
import { LoadError } from '../query-state.js';
import { ReviewQuestions } from './review-questions.js';
import { RequestReviewForm, ReviewRequests, SuggestedReviewers } from './review-requests.js';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "Round trip complete", or what is still pending. */
function RoundTripStatus({
  roundTrip,
  hasReviewers,
}: {
  roundTrip: PromiseReviews['roundTrip'];
  hasReviewers: boolean;
}) {
  const { isComplete, pendingReviews, openQuestions, reviewedBy } = roundTrip;
  const summary = isComplete
    ? 'Round trip complete'
    : !hasReviewers
      ? 'Not shared for review yet'
      : `${plural(pendingReviews, 'review', 'reviews')} pending, ${plural(openQuestions, 'open question', 'open questions')}`;
  return (
    <Group gap="sm" role="status" aria-label={`Round trip: ${summary}`}>
      <Badge
        size="lg"
        variant="light"
        tt="none"
        color={isComplete ? 'green' : hasReviewers ? 'yellow' : 'gray'}
      >
        {summary}
      </Badge>
      {reviewedBy.length > 0 && (
        <Text size="sm" c="dimmed">
          Reviewed by {reviewedBy.map((role) => reviewRoleLabels[role].toLowerCase()).join(', ')}
        </Text>
      )}
      {!hasReviewers && (
        <Text size="sm" c="dimmed">
          Show the draft to peers, suppliers, consumers or a manager before it is settled.
        </Text>
      )}
    </Group>
  );
}

/** The top-down half of the round trip: the direction this promise answers. */
function DirectionCitation({ cites }: { cites: NonNullable<PromiseDetail['citesDirection']> }) {
  return (
    <Group gap="xs">
      <IconFileText size={18} aria-hidden="true" />
      <Text size="sm">
        Answers{' '}
        <Anchor component={Link} to={`/planning/${encodeURIComponent(cites.cycleId)}/direction`} size="sm">
          the direction of {cites.cycleName}, version {cites.version}
        </Anchor>
      </Text>
    </Group>
  );
}

function Subsection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Title order={3} size="h5" mb="xs" id={id}>
        {title}
      </Title>
      {children}
    </section>
  );
}

/**
 * The round trip of a draft or proposal on its page: who reviews it, their questions and the
 * answers, and whether the trip is complete. Reviewers question; only the sides change the promise.
 */
export function PromiseReviewSection({ promise }: { promise: PromiseDetail }) {
  const reviews = usePromiseReviews(promise.id);
  // Drafts and open proposals go round the trip; afterwards the reviews stay as history.
  const isInReview = isUnsettled(promise.status);
  const hasHistory = (reviews.data?.requests.length ?? 0) + (reviews.data?.questions.length ?? 0) > 0;

  const capacity = <PerformerCapacityNotes promise={promise} />;
  const showsReviews = isInReview || hasHistory;
  if (!showsReviews && !promise.citesDirection) return capacity;

  return (
    <section aria-labelledby="round-trip-heading">
      <Title order={2} size="h3" mb="sm" id="round-trip-heading">
        Round trip
      </Title>
      <Stack gap="lg">
        {capacity}
        {promise.citesDirection && <DirectionCitation cites={promise.citesDirection} />}
        {promise.can.size && <PromiseSizeForm promise={promise} />}
        {!showsReviews ? null : reviews.isPending ? (
          <Text size="sm" c="dimmed" role="status">
            Loading the reviews…
          </Text>
        ) : reviews.error ? (
          <LoadError error={reviews.error} onRetry={() => reviews.refetch()} />
        ) : (
          <>
            <RoundTripStatus
              roundTrip={reviews.data.roundTrip}
              hasReviewers={reviews.data.requests.length > 0}
            />
            <Subsection id="reviewers-heading" title="Reviewers">
              <Stack gap="md">
                <ReviewRequests promiseId={promise.id} reviews={reviews.data} />
                {promise.can.requestReview && (
                  <>
                    <SuggestedReviewers promiseId={promise.id} reviews={reviews.data} />
                    <RequestReviewForm promiseId={promise.id} reviews={reviews.data} />
                  </>
                )}
                {reviews.data.requests.length === 0 && !promise.can.requestReview && (
                  <Text size="sm" c="dimmed">
                    Nobody was asked to review it.
                  </Text>
                )}
              </Stack>
            </Subsection>
            <Subsection id="questions-heading" title="Questions">
              <ReviewQuestions
                promiseId={promise.id}
                reviews={reviews.data}
                canAsk={promise.can.askQuestion}
              />
            </Subsection>
          </>
        )}
      </Stack>
    </section>
  );
}
