import { Button, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconClockExclamation, IconListCheck } from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router';
import type { Dashboard } from '../../contract/dashboard.js';
import { type DashboardScope, useDashboard } from '../api/dashboard.js';
import { formatPercent } from '../components/check-ins/key-result-format.js';
import {
  CheckInStatusChart,
  PhaseChart,
  ProgressOverTimeChart,
} from '../components/dashboard/dashboard-charts.js';
import { DashboardFilters } from '../components/dashboard/dashboard-filters.js';
import { PromiseWatchList } from '../components/dashboard/promise-watch-list.js';
import { ScoreRing, StatCard } from '../components/dashboard/stat-card.js';
import { EmptyMessage } from '../components/empty-message.js';
import { OpenFindingsLink } from '../components/findings/open-findings-link.js';
import { formatCalendarDate } from '../components/format.js';
import { PageHeader } from '../components/page-header.js';
import { PlanAsOf, useAsOf } from '../components/promises/as-of-control.js';
import { LoadError, PageLoader } from '../components/query-state.js';

const param = (params: URLSearchParams, name: string) => params.get(name) || undefined;

/** A cycle at a glance: scores, phases, check-in status, progress over time, and what needs attention. */
export function DashboardRoute() {
  const [params, setParams] = useSearchParams();
  const [at] = useAsOf();
  const scope: DashboardScope = {
    cycleId: param(params, 'cycleId'),
    teamId: param(params, 'teamId'),
    personId: param(params, 'personId'),
  };
  const dashboard = useDashboard({ ...scope, ...(at ? { at } : {}) });
  const cycle = dashboard.data?.cycle ?? null;

  const changeScope = (next: DashboardScope) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) if (value) search.set(key, value);
    // Another scope, the same moment.
    if (at) search.set('at', at);
    setParams(search, { replace: true });
  };
  const reviewLink = cycle
    ? `/cycles/${cycle.id}/review${scope.teamId ? `?teamId=${encodeURIComponent(scope.teamId)}` : ''}`
    : null;

  return (
    <>
      <PageHeader
        title="Dashboard"
        description={
          cycle
            ? `${cycle.name}: ${formatCalendarDate(cycle.startDate)} to ${formatCalendarDate(cycle.endDate)}`
            : dashboard.data && 'No cycle runs today, so every cycle counts; choose one to narrow it down.'
        }
        actions={
          <>
            <OpenFindingsLink cycleId={cycle?.id} />
            {reviewLink && (
              <Button
                component={Link}
                to={reviewLink}
                variant="light"
                leftSection={<IconListCheck size={18} aria-hidden="true" />}
              >
                End-of-cycle review
              </Button>
            )}
          </>
        }
      />
      <Stack gap="md" mb="lg">
        <PlanAsOf description="The promises made by then, scored as they stood then" />
        <DashboardFilters scope={scope} shownCycleId={cycle?.id} onChange={changeScope} />
      </Stack>
      {dashboard.isPending ? (
        <PageLoader label="Loading the dashboard" />
      ) : dashboard.error ? (
        <LoadError error={dashboard.error} onRetry={() => dashboard.refetch()} />
      ) : (
        <DashboardBody dashboard={dashboard.data} isUpdating={dashboard.isPlaceholderData} />
      )}
    </>
  );
}

function DashboardBody({ dashboard, isUpdating }: { dashboard: Dashboard; isUpdating: boolean }) {
  const total = Object.values(dashboard.byPhase).reduce((sum, count) => sum + count, 0);
  if (dashboard.cycle === null && total === 0) {
    return (
      <EmptyMessage icon={<IconListCheck aria-hidden="true" />} title="No cycle is running today">
        Choose a cycle above to see its promises.
      </EmptyMessage>
    );
  }
  const beingKept = Object.values(dashboard.byCheckInStatus).reduce((sum, count) => sum + count, 0);

  return (
    <Stack gap="lg" aria-busy={isUpdating} style={{ opacity: isUpdating ? 0.6 : 1 }}>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} component="section" aria-label="Summary">
        <StatCard
          label="Average score"
          value={formatPercent(dashboard.averageScore)}
          hint="Of the promises made and not ended"
          icon={<ScoreRing score={dashboard.averageScore} />}
        />
        <StatCard label="Promises" value={total} hint="In the cycle, drafts aside" />
        <StatCard label="Being kept" value={beingKept} hint="Promised, in Q3 Execute" />
        <StatCard
          label="Need attention"
          value={dashboard.needAttentionTotal}
          hint={`${dashboard.atRiskTotal} at risk or off track, ${dashboard.staleTotal} with a check-in overdue`}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <PhaseChart byPhase={dashboard.byPhase} />
        <CheckInStatusChart byCheckInStatus={dashboard.byCheckInStatus} />
      </SimpleGrid>
      <ProgressOverTimeChart points={dashboard.progressOverTime} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <PromiseWatchList
          id="at-risk-heading"
          title="At risk or off track"
          promises={dashboard.atRisk}
          total={dashboard.atRiskTotal}
          empty="Every promise being kept is on track, or has no check-in yet."
          icon={<IconAlertTriangle size={20} aria-hidden="true" color="var(--mantine-color-orange-6)" />}
        />
        <PromiseWatchList
          id="stale-heading"
          title="Check-in overdue"
          promises={dashboard.stale}
          total={dashboard.staleTotal}
          empty="Every promise being kept has a recent check-in."
          icon={<IconClockExclamation size={20} aria-hidden="true" color="var(--mantine-color-orange-6)" />}
        />
      </SimpleGrid>
      {total === 0 && (
        <Text c="dimmed" ta="center">
          Nothing has been asked or offered in this scope yet.
        </Text>
      )}
    </Stack>
  );
}
