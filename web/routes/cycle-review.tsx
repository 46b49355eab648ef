import { Anchor, Breadcrumbs, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconClipboardCheck } from '@tabler/icons-react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { CycleReview } from '../../contract/cycle-review.js';
import { urlOf } from '../../contract/endpoints/endpoint.js';
import { exportOrganization } from '../../contract/endpoints/exports.js';
import { ApiError } from '../api/client.js';
import { REVIEW_PAGE_SIZE, useCycleReview } from '../api/cycle-review.js';
import { useCurrentOrganization } from '../api/me.js';
import { EndedPromisesTable } from '../components/assessments/ended-promises-table.js';
import { KeptPromiseCard } from '../components/assessments/kept-promise-card.js';
import { ReviewOutcomeChart } from '../components/assessments/review-outcome-chart.js';
import { formatPercent } from '../components/check-ins/key-result-format.js';
import { ScoreRing, StatCard } from '../components/dashboard/stat-card.js';
import { EmptyMessage } from '../components/empty-message.js';
import { formatCalendarDate } from '../components/format.js';
import { PageHeader } from '../components/page-header.js';
import { PagePicker } from '../components/page-picker.js';
import { LoadError, PageLoader } from '../components/query-state.js';
import { useTeamOptions } from '../components/teams/use-team-options.js';

/** The end of a cycle: what was kept and how well, what the customers said, and what we said no to. */
export function ReviewRoute() {
  const { cycleId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const teamId = params.get('teamId') || undefined;
  const pageParam = (name: string) => Math.max(1, Number(params.get(name)) || 1);
  const pages = { kept: pageParam('keptPage'), ended: pageParam('endedPage') };
  const review = useCycleReview(cycleId, teamId, pages);
  const setPage = (name: 'keptPage' | 'endedPage', page: number) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (page > 1) next.set(name, String(page));
        else next.delete(name);
        return next;
      },
      { replace: true },
    );

  if (review.isPending) return <PageLoader label="Loading the review" />;
  if (review.error) {
    const isMissing = review.error instanceof ApiError && review.error.status === 404;
    return (
      <>
        <PageHeader title={isMissing ? 'Review not found' : 'End-of-cycle review'} />
        {isMissing ? (
          <Text>
            This cycle or team does not exist in your organization.{' '}
            <Anchor component={Link} to="/dashboard">
              Back to the dashboard
            </Anchor>
          </Text>
        ) : (
          <LoadError error={review.error} onRetry={() => review.refetch()} />
        )}
      </>
    );
  }
  return (
    <ReviewPage
      review={review.data}
      pages={pages}
      onPageChange={setPage}
      teamId={teamId}
      onTeamChange={(team) => setParams(team ? { teamId: team } : {}, { replace: true })}
    />
  );
}

function ReviewPage({
  review,
  pages,
  onPageChange,
  teamId,
  onTeamChange,
}: {
  review: CycleReview;
  pages: { kept: number; ended: number };
  onPageChange: (name: 'keptPage' | 'endedPage', page: number) => void;
  teamId: string | undefined;
  onTeamChange: (teamId: string | undefined) => void;
}) {
  const teams = useTeamOptions(teamId, {
    archived: 'all',
    known: review.team,
    otherLabels: ['All teams'],
  });
  const { cycle } = review;
  const organization = useCurrentOrganization();
  const teamOptions = [{ value: '', label: 'All teams' }, ...teams.data];

  return (
    <>
      <Breadcrumbs mb="sm" aria-label="Breadcrumb">
        <Anchor component={Link} to={`/dashboard?cycleId=${encodeURIComponent(cycle.id)}`} size="sm">
          Dashboard
        </Anchor>
        <Text size="sm" aria-current="page">
          Review of {cycle.name}
        </Text>
      </Breadcrumbs>
      <PageHeader
        title={`Review of ${cycle.name}${review.team ? `: ${review.team.name}` : ''}`}
        description={`${formatCalendarDate(cycle.startDate)} to ${formatCalendarDate(cycle.endDate)}`}
        actions={
          <Group align="end">
            {organization.can.exportOrganization && (
              <Anchor
                href={urlOf(exportOrganization, { query: { format: 'md', cycleId: cycle.id } })}
                download
              >
                Download the report (Markdown)
              </Anchor>
            )}
            <Select
              label="Team"
              data={teamOptions}
              {...teams.search}
              value={teamId ?? ''}
              onChange={(value) => onTeamChange(value || undefined)}
              allowDeselect={false}
              searchable
              w={240}
            />
          </Group>
        }
      />
      <Stack gap="xl">
        <Group align="flex-start" gap="lg" wrap="wrap">
          <SimpleGrid
            cols={{ base: 1, xs: 2 }}
            component="section"
            aria-label="Summary"
            style={{ flex: 2, minWidth: 300 }}
          >
            <StatCard
              label="Average final score"
              value={formatPercent(review.averageScore)}
              hint="Of the promises made in the cycle"
              icon={<ScoreRing score={review.averageScore} />}
            />
            <StatCard
              label="Promises made"
              value={review.keptTotal}
              hint={`${review.assessed} assessed by their customer`}
            />
            <StatCard label="Satisfied" value={review.satisfied} hint="Kept to the customer's satisfaction" />
            <StatCard
              label="Declined or ended"
              value={review.endedTotal}
              hint="Said no to, withdrawn or revoked"
            />
          </SimpleGrid>
          <div style={{ flex: 1, minWidth: 300 }}>
            <ReviewOutcomeChart review={review} />
          </div>
        </Group>

        <section aria-labelledby="kept-heading">
          <Title order={2} size="h3" id="kept-heading" mb="sm">
            What we promised
          </Title>
          {review.kept.length === 0 ? (
            <EmptyMessage icon={<IconClipboardCheck aria-hidden="true" />} title="No promises in this cycle">
              Promises made in the cycle show here with their final score and assessment.
            </EmptyMessage>
          ) : (
            <Stack gap="sm">
              {review.kept.map((entry) => (
                <KeptPromiseCard key={entry.promise.id} entry={entry} />
              ))}
              <PagePicker
                pages={Math.ceil(review.keptTotal / REVIEW_PAGE_SIZE)}
                page={pages.kept}
                onChange={(page) => onPageChange('keptPage', page)}
              />
            </Stack>
          )}
        </section>

        <section aria-labelledby="ended-heading">
          <Title order={2} size="h3" id="ended-heading" mb="xs">
            What we said no to, and what ended
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            Declines, withdrawals and revocations are part of the plan: they show what we chose not to do, and
            why.
          </Text>
          <EndedPromisesTable ended={review.ended} />
          <PagePicker
            pages={Math.ceil(review.endedTotal / REVIEW_PAGE_SIZE)}
            page={pages.ended}
            onChange={(page) => onPageChange('endedPage', page)}
          />
        </section>

        <section aria-labelledby="carried-heading">
          <Title order={2} size="h3" id="carried-heading" mb="xs">
            Carried over
          </Title>
          {review.carriedOver.length === 0 ? (
            <Text size="sm" c="dimmed">
              Nothing was carried into a next cycle.
            </Text>
          ) : (
            <Stack component="ul" gap="xs" style={{ paddingLeft: '1.25rem', margin: 0 }}>
              {review.carriedOver.map(({ from, into }) => (
                <li key={from.id}>
                  <Text size="sm">
                    <Anchor component={Link} to={`/promises/${from.id}`}>
                      {from.title}
                    </Anchor>{' '}
                    was carried into{' '}
                    <Anchor component={Link} to={`/promises/${into.id}`}>
                      {into.title} ({into.cycle.name})
                    </Anchor>
                  </Text>
                </li>
              ))}
            </Stack>
          )}
        </section>
      </Stack>
    </>
  );
}
