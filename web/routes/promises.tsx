import { Button, Group, Stack, Text } from '@mantine/core';
import { IconListCheck, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { type PromiseSort, PromisesQuery } from '../../contract/promises.js';
import { Phase, Status } from '../../contract/protocol.js';
import type { ViewQuery } from '../../contract/search.js';
import { searchWords } from '../../core/search/search-words.js';
import { useCurrentOrganization } from '../api/me.js';
import { type PromiseFilters, usePromises } from '../api/promises.js';
import { useTeam } from '../api/teams.js';
import { EmptyMessage } from '../components/empty-message.js';
import { PageHeader } from '../components/page-header.js';
import { PagePicker } from '../components/page-picker.js';
import { PlanAsOf, useAsOf } from '../components/promises/as-of-control.js';
import { PromiseFilters as Filters, type ListFilters } from '../components/promises/promise-filters.js';
import { PromisesTable } from '../components/promises/promises-table.js';
import { SavedViews } from '../components/promises/saved-views.js';
import { LoadError, PageLoader } from '../components/query-state.js';

const PAGE_SIZE = 25;
const filterKeys = ['q', 'cycle', 'horizon', 'phase', 'status', 'tag'] as const;

function filtersOf(params: URLSearchParams): ListFilters {
  const as = params.get('as');
  return {
    q: params.get('q'),
    cycle: params.get('cycle'),
    horizon: params.get('horizon'),
    phase: params.get('phase'),
    status: params.get('status'),
    tag: params.get('tag'),
    mine: params.get('mine') === 'true',
    as: as === 'customer' || as === 'performer' ? as : null,
  };
}

/** Says that the list shows one team's promises, and offers every team's again. */
function TeamFilterNote({ teamId, onClear }: { teamId: string; onClear: () => void }) {
  const team = useTeam(teamId);
  return (
    <Group gap="sm">
      <Text size="sm">
        The promises {team.data ? `${team.data.name} is` : 'one team is'} a side of (customer or performer).
      </Text>
      <Button variant="subtle" size="compact-sm" onClick={onClear}>
        Show every team
      </Button>
    </Group>
  );
}

export function PromisesRoute() {
  const organization = useCurrentOrganization();
  const [params, setParams] = useSearchParams();
  const [at] = useAsOf();
  const filters = filtersOf(params);
  // The promises one team is a side of (the planning board's "more" links lead here).
  const teamId = params.get('team');
  // A sort or an order the contract does not know (a hand-edited address) is the default one.
  const sort = PromisesQuery.shape.sort.safeParse(params.get('sort') ?? undefined).data ?? 'due';
  const order = params.get('order') === 'desc' ? 'desc' : 'asc';
  // Applying a saved view sets every filter at once: the filter fields start again from the address.
  const [viewVersion, setViewVersion] = useState(0);
  const page = Math.max(1, Number(params.get('page')) || 1);
  // As of a past moment, phase, status and tag (how promises stand today) are not asked.
  const today = at === null;
  const query: PromiseFilters = {
    cycleId: filters.cycle ?? undefined,
    horizonId: filters.horizon ?? undefined,
    // A phase or status the contract does not know (a hand-edited address) filters nothing.
    phase: today ? Phase.safeParse(filters.phase).data : undefined,
    status: today ? Status.safeParse(filters.status).data : undefined,
    tag: today ? (filters.tag ?? undefined) : undefined,
    at: at ?? undefined,
    mine: filters.mine ? 'true' : undefined,
    as: filters.mine ? (filters.as ?? undefined) : undefined,
    ...(teamId && !filters.mine ? { partyType: 'team' as const, partyId: teamId } : {}),
    q: filters.q && searchWords(filters.q).words.length > 0 ? filters.q : undefined,
    sort,
    order,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  };
  const promises = usePromises(query);

  /** Every filter change starts again on the first page; the URL keeps the rest. */
  const changeFilters = (changes: Partial<ListFilters>) =>
    setParams((current) => {
      const next = { ...filtersOf(current), ...changes };
      const result = new URLSearchParams();
      for (const key of filterKeys) {
        const value = next[key];
        if (value) result.set(key, value);
      }
      if (next.mine) result.set('mine', 'true');
      if (next.mine && next.as) result.set('as', next.as);
      for (const key of ['sort', 'order', 'at', 'team']) {
        const value = current.get(key);
        if (value) result.set(key, value);
      }
      return result;
    });
  /** The same column again turns the order around; another column sorts up. */
  const changeSort = (by: PromiseSort) =>
    setParams((current) => {
      const result = new URLSearchParams(current);
      const isSame = (current.get('sort') ?? 'due') === by;
      result.set('sort', by);
      result.set('order', isSame && current.get('order') !== 'desc' ? 'desc' : 'asc');
      result.delete('page');
      return result;
    });
  const viewQuery: ViewQuery = Object.fromEntries(
    [...filterKeys, 'mine', 'as', 'sort', 'order'].flatMap((key) => {
      const value = params.get(key);
      return value ? [[key, value]] : [];
    }),
  );
  const applyView = (view: ViewQuery) => {
    const result = new URLSearchParams();
    for (const [key, value] of Object.entries(view)) if (value) result.set(key, value);
    const moment = params.get('at');
    if (moment) result.set('at', moment);
    setParams(result);
    setViewVersion((version) => version + 1);
  };
  const goToPage = (target: number) =>
    setParams((current) => {
      const result = new URLSearchParams(current);
      if (target > 1) result.set('page', String(target));
      else result.delete('page');
      return result;
    });

  const hasFilters = filterKeys.some((key) => filters[key]) || filters.mine || !!teamId;
  const showEveryTeam = () =>
    setParams((current) => {
      const result = new URLSearchParams(current);
      result.delete('team');
      result.delete('page');
      return result;
    });
  const total = promises.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  // The past is read, never changed: no new promise from there.
  const newButton = organization.can.createPromise && today && (
    <Button component={Link} to="/promises/new" leftSection={<IconPlus size={18} aria-hidden="true" />}>
      New promise
    </Button>
  );

  return (
    <>
      <PageHeader
        title="Promises"
        description="Every objective is a promise between a customer and a performer."
        actions={newButton}
      />
      <Stack gap="md">
        <PlanAsOf description="The promises made by then, each as it stood then" />
        <SavedViews current={viewQuery} onApply={applyView} />
        <Filters key={viewVersion} filters={filters} onChange={changeFilters} isPast={!today} />
        {teamId && !filters.mine && <TeamFilterNote teamId={teamId} onClear={showEveryTeam} />}
        {promises.isPending ? (
          <PageLoader label="Loading promises" />
        ) : promises.error ? (
          <LoadError error={promises.error} onRetry={() => promises.refetch()} />
        ) : promises.data.promises.length === 0 ? (
          at ? (
            <EmptyMessage icon={<IconListCheck />} title="No promises then">
              No promise {hasFilters ? 'matching these filters ' : ''}had been made by that moment.
            </EmptyMessage>
          ) : (
            <EmptyMessage
              icon={<IconListCheck />}
              title={hasFilters ? 'No promise matches these filters' : 'No promises yet'}
              action={!hasFilters && newButton}
            >
              {hasFilters
                ? 'Clear a filter to see more.'
                : 'Ask for a promise, offer one, or draft one with your team.'}
            </EmptyMessage>
          )
        ) : (
          <>
            <PromisesTable
              at={at}
              sort={{ by: sort, order, onChange: changeSort }}
              promises={promises.data.promises}
              caption={`${total === 1 ? '1 promise' : `${total} promises`}${pages > 1 ? `, page ${page} of ${pages}` : ''}`}
            />
            <PagePicker pages={pages} page={page} onChange={goToPage} />
          </>
        )}
        {promises.isFetching && !promises.isPending && (
          <Text size="xs" c="dimmed" role="status">
            Updating…
          </Text>
        )}
      </Stack>
    </>
  );
}
