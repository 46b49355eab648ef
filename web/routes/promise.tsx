import { Alert, Anchor, Breadcrumbs, Stack, Text, Title } from '@mantine/core';
import { useDidUpdate } from '@mantine/hooks';
import { IconMessageCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { PromiseDetail } from '../../contract/promises.js';
import { ApiError } from '../api/client.js';
import { usePromise } from '../api/promises.js';
import { ContributionsSection } from '../components/alignment/contributions-section.js';
import { DependenciesSection } from '../components/alignment/dependencies-section.js';
import { PromiseAssessmentSection } from '../components/assessments/promise-assessment-section.js';
import { PromiseProgressSection } from '../components/check-ins/promise-progress-section.js';
import { PromiseReviewSection } from '../components/draft-reviews/promise-review-section.js';
import { PageHeader } from '../components/page-header.js';
import { AsOfControl, AsOfNotice, useAsOf } from '../components/promises/as-of-control.js';
import { StatusBadge } from '../components/promises/badges.js';
import { CarriedLinks, ClosedCycleNotice } from '../components/promises/closed-cycle-notice.js';
import { ConditionsList } from '../components/promises/conditions-list.js';
import { DependencyRiskNotice } from '../components/promises/dependency-risk-notice.js';
import { DescriptionText } from '../components/promises/description-text.js';
import { HistoryTimeline } from '../components/promises/history-timeline.js';
import { MoveActions } from '../components/promises/move-actions.js';
import { PerformerAnswers } from '../components/promises/performer-answers.js';
import { PhaseStepper } from '../components/promises/phase-stepper.js';
import { PromiseFacts } from '../components/promises/promise-facts.js';
import { ProposalView } from '../components/promises/proposal-view.js';
import type { PromiseSectionId } from '../components/promises/section-paths.js';
import { PromiseSectionTabs, useScrollToHash } from '../components/promises/section-tabs.js';
import { hasYourMove, YourMovePanel } from '../components/promises/your-move-panel.js';
import { LoadError, PageLoader } from '../components/query-state.js';

export function PromiseRoute() {
  const { promiseId = '' } = useParams();
  const [at, setAt] = useAsOf();
  const promise = usePromise(promiseId, at ?? undefined);
  // Moving through time starts again at the top, where the page says which moment it shows.
  useDidUpdate(() => {
    document.getElementById('main-content')?.focus();
    window.scrollTo({ top: 0 });
  }, [at]);

  if (promise.isPending) return <PageLoader label="Loading the promise" />;
  if (promise.error) {
    const isMissing = promise.error instanceof ApiError && promise.error.status === 404;
    return (
      <>
        <PageHeader title={isMissing && !at ? 'Promise not found' : 'Promise'} />
        {isMissing && !at ? (
          <Text>
            This promise does not exist in your organization, or it is a draft of another team.{' '}
            <Anchor component={Link} to="/promises">
              See all promises
            </Anchor>
          </Text>
        ) : (
          <Stack align="flex-start">
            <LoadError error={promise.error} onRetry={() => promise.refetch()} />
            {at && (
              <Anchor component={Link} to={`/promises/${promiseId}`}>
                See the promise as it stands now
              </Anchor>
            )}
          </Stack>
        )}
      </>
    );
  }
  return <PromisePage promise={promise.data} at={at} onAtChange={setAt} onStale={() => promise.refetch()} />;
}

/** Whether the terms were ever agreed: a withdrawal or an end may come before or after. */
function wasAgreed(promise: PromiseDetail): boolean {
  return promise.history.some((move) => move.act === 'promise' || move.act === 'accept-offer');
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <Title order={2} size="h3" mb="sm" id={`${id}-heading`}>
        {title}
      </Title>
      {children}
    </section>
  );
}

/** One tab's part of the page: the target of its anchor, focusable when the URL names it. */
function Part({ id, children }: { id: PromiseSectionId; children: ReactNode }) {
  return (
    <Stack gap="xl" id={id} tabIndex={-1} style={{ scrollMarginTop: 72, outline: 'none' }}>
      {children}
    </Stack>
  );
}

function PromisePage({
  promise,
  at,
  onAtChange,
  onStale,
}: {
  promise: PromiseDetail;
  at: string | null;
  onAtChange: (at: string | null) => void;
  onStale: () => void;
}) {
  useScrollToHash();
  const isYourMove = hasYourMove(promise);
  return (
    <>
      <Breadcrumbs mb="sm" aria-label="Breadcrumb">
        <Anchor component={Link} to="/promises" size="sm">
          Promises
        </Anchor>
        <Text size="sm" aria-current="page">
          {promise.title}
        </Text>
      </Breadcrumbs>
      <PageHeader title={promise.title} badge={<StatusBadge status={promise.status} size="lg" />} />
      <Stack gap="xl">
        {promise.asOf && <AsOfNotice at={promise.asOf} />}
        <ClosedCycleNotice promise={promise} />
        <CarriedLinks promise={promise} />
        <DependencyRiskNotice promise={promise} />

        <Section id="standing" title="Where it stands">
          <Stack gap="md">
            <PhaseStepper phase={promise.phase} status={promise.status} wasAgreed={wasAgreed(promise)} />
            <Alert
              variant="light"
              color="blue"
              icon={<IconMessageCircle aria-hidden="true" />}
              title="Situation"
            >
              {promise.situation}
            </Alert>
            <PromiseFacts promise={promise} />
            <PerformerAnswers promise={promise} />
            {!isYourMove && <MoveActions promise={promise} onStale={onStale} />}
          </Stack>
        </Section>

        {isYourMove && <YourMovePanel promise={promise} onStale={onStale} />}

        <PromiseSectionTabs />

        <Part id="overview">
          {promise.proposal && !isYourMove && (
            <Section id="proposal" title="Pending proposal">
              <ProposalView promise={promise} proposal={promise.proposal} />
            </Section>
          )}
          <Section id="concern" title="Concern">
            <DescriptionText text={promise.terms.description} />
          </Section>
          <Section id="conditions" title="Conditions of satisfaction">
            <ConditionsList conditions={promise.terms.conditions} label="Conditions of satisfaction" />
          </Section>
          <AsOfControl
            key={at ?? 'now'}
            at={at}
            onChange={onAtChange}
            description="The promise, its progress and its links as they stood at that moment"
          />
        </Part>

        <Part id="key-results">
          <PromiseProgressSection promise={promise} />
          <PromiseAssessmentSection promise={promise} />
        </Part>

        <Part id="links">
          <ContributionsSection promise={promise} />
          <DependenciesSection promise={promise} />
        </Part>

        <Part id="review">
          <PromiseReviewSection promise={promise} />
        </Part>

        <Part id="history">
          <Section id="history-list" title="History">
            <HistoryTimeline
              history={promise.history}
              findingEvents={promise.findingEvents}
              promiseId={promise.id}
            />
          </Section>
        </Part>
      </Stack>
    </>
  );
}
