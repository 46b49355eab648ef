import type { Cycle } from '../../../contract/cycles.js';
import type { PromiseSummary } from '../../../contract/promises.js';
import { phaseOf } from '../../../core/promises/index.js';
import { isStaleAt } from '../../../core/scoring/index.js';
import * as planning from '../../store/cycles.js';
import type { CyclesTable } from '../../store/schema.js';
import * as standings from '../../store/standings.js';
import type { ServiceContext } from '../context.js';
import { iso } from '../context.js';
import { loadDirectory, type PartyDirectory } from '../parties.js';
import { loadProgress } from '../progress.js';
import type { PromiseRecord } from './records.js';

export interface Calendar {
  cycle(
    id: string,
  ): Pick<Cycle, 'id' | 'name' | 'startDate' | 'endDate' | 'parentId'> & { horizonId: string };
  cycleRow(id: string): CyclesTable | undefined;
  horizon(id: string): { id: string; name: string };
}

export async function loadCalendar(ctx: ServiceContext, organizationId: string): Promise<Calendar> {
  const [cycles, horizons] = await Promise.all([
    planning.listCycles(ctx.db, organizationId),
    planning.listHorizons(ctx.db, organizationId),
  ]);
  const cycleById = new Map(cycles.map((c) => [c.id, c]));
  const horizonById = new Map(horizons.map((h) => [h.id, h]));
  return {
    cycleRow: (id) => cycleById.get(id),
    cycle(id) {
      const row = cycleById.get(id);
      return {
        id,
        name: row?.name ?? '',
        startDate: row?.start_date ?? '',
        endDate: row?.end_date ?? '',
        parentId: row?.parent_id ?? null,
        horizonId: row?.horizon_id ?? '',
      };
    },
    horizon(id) {
      return { id, name: horizonById.get(id)?.name ?? '' };
    },
  };
}

export interface StandingView {
  score: number | null;
  checkInStatus: PromiseSummary['checkInStatus'];
  isStale: boolean;
}

export interface Presenter {
  directory: PartyDirectory;
  calendar: Calendar;
  /** A promise's standing as its summary shows it: score, latest check-in status, staleness. */
  standing(promiseId: string): StandingView | undefined;
  summary(record: PromiseRecord): PromiseSummary;
}

/**
 * Presents the given promises (and names their parties and any cycle), their progress loaded at
 * once. Its directory knows the customers and performers of these promises only.
 *
 * With `at`, the records hold their state at that moment (`recordsAsOf`) and their standing is
 * worked out as it stood then, from the check-ins up to `at` against the terms then: the standings
 * kept on write are today's. It costs the check-ins of these promises, so it is for a page of them.
 */
export async function loadPresenter(
  ctx: ServiceContext,
  organizationId: string,
  records: readonly PromiseRecord[],
  at?: string,
): Promise<Presenter> {
  const [directory, calendar] = await Promise.all([
    loadDirectory(
      ctx,
      organizationId,
      records.flatMap((r) => [r.customer, ...r.performers]),
    ),
    loadCalendar(ctx, organizationId),
  ]);
  const standingOf =
    at === undefined
      ? await standingsNow(ctx, organizationId, records)
      : await standingsAt(ctx, organizationId, records, calendar, at);
  return {
    directory,
    calendar,
    standing: (id) => standingOf.get(id),
    summary(record) {
      const cycle = calendar.cycle(record.row.cycle_id);
      const facts = standingOf.get(record.row.id);
      return {
        id: record.row.id,
        title: record.state.terms.title,
        cycle: { id: cycle.id, name: cycle.name },
        horizon: calendar.horizon(cycle.horizonId),
        customer: directory.ref(record.customer),
        performers: record.performers.map(directory.ref),
        status: record.state.status,
        phase: phaseOf(record.state),
        awaiting: record.state.awaiting,
        dueDate: record.state.terms.dueDate,
        tags: record.tags,
        version: record.state.version,
        score: facts?.score ?? null,
        checkInStatus: facts?.checkInStatus ?? null,
        isStale: facts?.isStale ?? false,
        reason: record.state.lastReason ? { ...record.state.lastReason } : null,
        size: record.row.size,
        createdAt: record.row.created_at,
        updatedAt: record.row.updated_at,
      };
    },
  };
}

/** Today's standings, read from those kept on write (0007), never from the check-in history. */
async function standingsNow(
  ctx: ServiceContext,
  organizationId: string,
  records: readonly PromiseRecord[],
): Promise<Map<string, StandingView>> {
  const rows = await standings.listStandings(
    ctx.db,
    organizationId,
    records.map((r) => r.row.id),
  );
  const now = iso(ctx.now());
  return new Map(
    rows.map((row): [string, StandingView] => [
      row.promise_id,
      {
        score: row.score,
        checkInStatus: row.last_check_in_status,
        isStale: isStaleAt(row.next_check_in_due, now),
      },
    ]),
  );
}

/** The standings as they stood at `at`, from the check-ins made by then. */
async function standingsAt(
  ctx: ServiceContext,
  organizationId: string,
  records: readonly PromiseRecord[],
  calendar: Calendar,
  at: string,
): Promise<Map<string, StandingView>> {
  const progress = await loadProgress(ctx, organizationId, records, calendar.cycleRow, at);
  return new Map(
    [...progress].map(([id, p]): [string, StandingView] => [
      id,
      { score: p.score, checkInStatus: p.lastCheckIn?.status ?? null, isStale: p.isStale },
    ]),
  );
}
