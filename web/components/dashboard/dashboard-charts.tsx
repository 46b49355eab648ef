import { BarChart, LineChart } from '@mantine/charts';
import type { Dashboard } from '../../../contract/dashboard.js';
import { PHASES, phaseLabels } from '../../../core/promises/index.js';
import { ChartFigure, NoChart } from '../charts/chart-figure.js';
import { CountDonutFigure } from '../charts/count-donut-figure.js';
import { averageScoreSeries } from '../check-ins/chart-series.js';
import { checkInStatusLabels, formatPercent } from '../check-ins/key-result-format.js';
import { formatCalendarDate } from '../format.js';

/** How many promises stand in each phase of the cycle, from Q1 Listen to closed. */
export function PhaseChart({ byPhase }: { byPhase: Dashboard['byPhase'] }) {
  const rows = PHASES.map((phase) => ({ phase: phaseLabels[phase], promises: byPhase[phase] ?? 0 }));
  return (
    <ChartFigure
      caption="Promises by phase"
      description="Where each promise of the cycle stands in the conversation"
      chart={
        <BarChart
          h={220}
          data={rows}
          dataKey="phase"
          series={[{ name: 'promises', label: 'Promises', color: 'blue.6' }]}
          xAxisProps={{ interval: 0 }}
          yAxisProps={{ allowDecimals: false }}
          withBarValueLabel
          maxBarWidth={48}
        />
      }
      rows={rows}
      rowKey={(row) => row.phase}
      columns={[
        { header: 'Phase', cell: (row) => row.phase },
        { header: 'Promises', cell: (row) => row.promises },
      ]}
    />
  );
}

const statuses = [
  { key: 'on-track', label: checkInStatusLabels['on-track'], color: 'teal.6' },
  { key: 'at-risk', label: checkInStatusLabels['at-risk'], color: 'yellow.5' },
  { key: 'off-track', label: checkInStatusLabels['off-track'], color: 'red.6' },
  { key: 'none', label: 'No check-in yet', color: 'gray.4' },
] as const;

/** The latest check-in status of the promises being kept. */
export function CheckInStatusChart({ byCheckInStatus }: { byCheckInStatus: Dashboard['byCheckInStatus'] }) {
  const rows = statuses.map((status) => ({
    name: status.label,
    value: byCheckInStatus[status.key] ?? 0,
    color: status.color,
  }));
  return (
    <CountDonutFigure
      caption="Promises being kept, by check-in status"
      description="The status each performer gave in their latest check-in"
      slices={rows}
      kindHeader="Status"
      totalLabel="kept"
      emptyMessage="No promise is being kept in this scope"
    />
  );
}

/** The average score of the live promises at the end of each week of the cycle so far. */
export function ProgressOverTimeChart({ points }: { points: Dashboard['progressOverTime'] }) {
  const rows = averageScoreSeries(points).map((row) => ({ ...row, label: formatCalendarDate(row.date) }));
  return (
    <ChartFigure
      caption="Average score over time"
      description="Week by week since the start of the cycle"
      chart={
        rows.length === 0 ? (
          <NoChart message="The cycle has not started yet" />
        ) : (
          <LineChart
            h={220}
            data={rows}
            dataKey="label"
            series={[{ name: 'score', label: 'Average score', color: 'indigo.6' }]}
            curveType="linear"
            yAxisProps={{ domain: [0, 100] }}
            valueFormatter={(value) => `${value}%`}
            connectNulls
          />
        )
      }
      rows={points}
      rowKey={(point) => point.date}
      columns={[
        { header: 'As of', cell: (point) => formatCalendarDate(point.date) },
        { header: 'Average score', cell: (point) => formatPercent(point.averageScore) },
      ]}
      empty="The cycle has not started yet"
    />
  );
}
