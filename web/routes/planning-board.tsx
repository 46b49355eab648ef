import { Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconCalendarOff, IconFileText } from '@tabler/icons-react';
import { type ReactNode, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Cycle } from '../../contract/cycles.js';
import { pageCount } from '../../contract/pages.js';
import { useCycles } from '../api/cycles.js';
import { useCurrentOrganization } from '../api/me.js';
import { usePlanningBoard } from '../api/planning-board.js';
import { defaultPlanningCycle } from '../components/cycles/cycle-choice.js';
import { CycleSelect } from '../components/cycles/cycle-select.js';
import { CycleTimelineSection } from '../components/cycles/cycle-timeline-section.js';
import { PlanningSettingsForm } from '../components/cycles/planning-settings-form.js';
import { EmptyMessage } from '../components/empty-message.js';
import { OpenFindingsLink } from '../components/findings/open-findings-link.js';
import { formatInstantDay } from '../components/format.js';
import { localToday } from '../components/local-days.js';
import { PageHeader } from '../components/page-header.js';
import { PagePicker } from '../components/page-picker.js';
import { BoardFindings } from '../components/planning-board/board-findings.js';
import { PlanningBoardTable } from '../components/planning-board/planning-board-table.js';
import { PlanAsOf, useAsOf } from '../components/promises/as-of-control.js';
import { LoadError, PageLoader } from '../components/query-state.js';

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

/** The plan of a cycle as it settles: the timeline, the direction, every team's promises, the findings. */
export function PlanningBoardRoute() {
  const organization = useCurrentOrganization();
  const cycles = useCycles();
  const [params, setParams] = useSearchParams();
  const chosen = cycles.data?.find((cycle) => cycle.id === params.get('cycle'));
  const cycle = chosen ?? (cycles.data ? defaultPlanningCycle(cycles.data, localToday()) : null);

  return (
    <>
      <PageHeader
        title="Planning"
        description="The round trip of a cycle: leadership's direction, teams' drafts and asks, reviews, and the approval."
        actions={
          cycles.data &&
          cycles.data.length > 0 && (
            <CycleSelect
              cycles={cycles.data}
              value={cycle?.id ?? null}
              onChange={(cycleId) =>
                setParams((current) => {
                  const next = new URLSearchParams(current);
                  next.set('cycle', cycleId);
                  next.delete('teamsPage');
                  return next;
                })
              }
            />
          )
        }
      />
      <Stack gap="xl">
        <PlanAsOf description="Every team's plan as it stood then" />
        {cycles.isPending ? (
          <PageLoader label="Loading cycles" />
        ) : cycles.error ? (
          <LoadError error={cycles.error} onRetry={() => cycles.refetch()} />
        ) : cycle ? (
          <CyclePlan key={cycle.id} cycle={cycle} />
        ) : (
          <EmptyMessage
            icon={<IconCalendarOff aria-hidden="true" />}
            title="No cycle to plan yet"
            action={
              organization.can.createCycle && (
                <Button component={Link} to="/cycles">
                  Create a cycle
                </Button>
              )
            }
          >
            Planning happens for a cycle: a year, a quarter.{' '}
            {organization.can.createCycle ? 'Create one first.' : 'An owner or admin creates them.'}
          </EmptyMessage>
        )}
        {organization.can.editPlanningSettings && (
          <Section id="settings" title="Planning timeline">
            <PlanningSettingsForm />
          </Section>
        )}
      </Stack>
    </>
  );
}

/** How many teams a page of the board shows. */
const TEAMS_PER_PAGE = 20;

function CyclePlan({ cycle }: { cycle: Cycle }) {
  const [at] = useAsOf();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('teamsPage')) || 1);
  const search = params.get('teams') ?? '';
  const [typed, setTyped] = useState(search);
  const [debounced] = useDebouncedValue(typed, 300);
  const board = usePlanningBoard(cycle.id, at, {
    limit: TEAMS_PER_PAGE,
    offset: (page - 1) * TEAMS_PER_PAGE,
    q: search.trim() || undefined,
  });
  // A new filter starts again on the first page; the address keeps it.
  useEffect(() => {
    if (debounced === search) return;
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (debounced.trim()) next.set('teams', debounced);
      else next.delete('teams');
      next.delete('teamsPage');
      return next;
    });
  }, [debounced, search, setParams]);
  const goToPage = (target: number) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (target > 1) next.set('teamsPage', String(target));
      else next.delete('teamsPage');
      return next;
    });
  const directionPath = `/planning/${cycle.id}/direction`;
  return (
    <>
      {/* Nothing is moved in the past. */}
      <CycleTimelineSection cycleId={cycle.id} cycleName={cycle.name} canMove={cycle.can.move && !at} />
      <Section id="direction" title="Direction">
        {board.data && (
          <Stack gap="xs" align="flex-start">
            <Text>
              {board.data.direction.publishedVersion === null || board.data.direction.publishedAt === null
                ? 'Leadership has not published the direction of this cycle yet.'
                : `Version ${board.data.direction.publishedVersion} was published on ${formatInstantDay(board.data.direction.publishedAt)}.`}
            </Text>
            <Anchor component={Link} to={directionPath}>
              <IconFileText size={16} aria-hidden="true" style={{ verticalAlign: 'text-bottom' }} /> The
              direction document of {cycle.name}
            </Anchor>
          </Stack>
        )}
      </Section>
      <Section id="board" title="Teams">
        <Stack gap="sm">
          <TextInput
            label="Filter teams by name"
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            maw={320}
          />
          {board.isPending ? (
            <PageLoader label="Loading the board" />
          ) : board.error ? (
            <LoadError error={board.error} onRetry={() => board.refetch()} />
          ) : board.data.teams.length === 0 ? (
            <Text c="dimmed">
              {search.trim()
                ? 'No active team has a name like that.'
                : 'No active team yet: teams draft, ask and answer promises.'}
            </Text>
          ) : (
            <>
              <PlanningBoardTable board={board.data} />
              {board.data.total > board.data.teams.length && (
                <Text size="sm" c="dimmed">
                  Teams {board.data.offset + 1} to {board.data.offset + board.data.teams.length} of{' '}
                  {board.data.total}
                </Text>
              )}
              <PagePicker pages={pageCount(board.data)} page={page} onChange={goToPage} />
            </>
          )}
        </Stack>
      </Section>
      <Section id="findings" title="Findings">
        <Stack gap="sm" align="flex-start">
          <OpenFindingsLink cycleId={cycle.id} />
          {board.data && <BoardFindings findings={board.data.findings} total={board.data.findingsTotal} />}
        </Stack>
      </Section>
    </>
  );
}
