import { DASHBOARD_LIST_LIMIT, type Dashboard } from '../../contract/dashboard.js';
import { isLive, PHASES, type Phase, phaseOf } from '../../core/promises/index.js';
import { CHECK_IN_STATUSES, type CheckInStatus } from '../../core/scoring/index.js';
import * as figures from '../store/dashboard.js';
import type { ServiceContext } from './context.js';
import { recordsAsOf } from './promises/as-of.js';
import { loadPresenter } from './promises/present.js';
import { loadRecords, type PromiseRecord } from './promises/records.js';

type Figures = Omit<Dashboard, 'cycle' | 'progressOverTime'>;

/**
 * A dashboard's figures as they stood at `at`: the promises of the scope made by then, each as the
 * fold of its moves up to then, scored from the check-ins up to then against the terms in force
 * then. The standings kept on write are today's, so the scope's promises are folded here: the cost
 * is the scope's (one cycle, or a team's or person's part of it), like the planning board's.
 */
export async function dashboardFiguresAsOf(
  ctx: ServiceContext,
  scope: figures.DashboardScope,
  at: string,
): Promise<Figures> {
  const organizationId = scope.organizationId;
  const rows = await figures.listScopeMadeBy(ctx.db, scope, at);
  const then = await recordsAsOf(ctx, organizationId, await loadRecords(ctx, organizationId, rows), at);
  const opened = then.filter((r) => r.state.status !== 'draft' && r.state.status !== 'discarded');
  const presenter = await loadPresenter(ctx, organizationId, opened, at);
  const standing = (r: PromiseRecord) => presenter.standing(r.row.id);

  const byPhase = Object.fromEntries(PHASES.map((phase) => [phase, 0])) as Record<Phase, number>;
  for (const record of opened) byPhase[phaseOf(record.state)] += 1;
  const kept = opened.filter((r) => r.state.status === 'promised');
  const byCheckInStatus = Object.fromEntries(
    [...CHECK_IN_STATUSES, 'none'].map((status) => [status, 0]),
  ) as Record<CheckInStatus | 'none', number>;
  for (const record of kept) byCheckInStatus[standing(record)?.checkInStatus ?? 'none'] += 1;
  const scores = opened
    .filter((r) => isLive(r.state.status))
    .flatMap((r) => {
      const score = standing(r)?.score;
      return score === null || score === undefined ? [] : [score];
    });

  const isAtRisk = (r: PromiseRecord) => ['at-risk', 'off-track'].includes(standing(r)?.checkInStatus ?? '');
  const isStale = (r: PromiseRecord) => standing(r)?.isStale ?? false;
  // Soonest due first, by the due date in force then, as today's dashboard lists them.
  const soonest = (a: PromiseRecord, b: PromiseRecord) =>
    a.state.terms.dueDate.localeCompare(b.state.terms.dueDate) || a.row.id.localeCompare(b.row.id);
  const atRisk = kept.filter(isAtRisk).sort(soonest);
  const stale = kept.filter(isStale).sort(soonest);
  return {
    byPhase,
    byCheckInStatus,
    averageScore: scores.length > 0 ? scores.reduce((sum, s) => sum + s, 0) / scores.length : null,
    atRisk: atRisk.slice(0, DASHBOARD_LIST_LIMIT).map(presenter.summary),
    atRiskTotal: atRisk.length,
    stale: stale.slice(0, DASHBOARD_LIST_LIMIT).map(presenter.summary),
    staleTotal: stale.length,
    needAttentionTotal: kept.filter((r) => isAtRisk(r) || isStale(r)).length,
  };
}
