import { DonutChart } from '@mantine/charts';
import { Center, Text } from '@mantine/core';
import type { CycleReview } from '../../../contract/cycle-review.js';
import { isProposed } from '../../../core/promises/index.js';
import { ChartFigure } from '../charts/chart-figure.js';

type Entry = CycleReview['kept'][number];

const outcomes = [
  { name: 'Satisfied', color: 'green.6', matches: (e: Entry) => e.promise.status === 'satisfied' },
  { name: 'Awaiting assessment', color: 'teal.4', matches: (e: Entry) => e.promise.status === 'reported' },
  {
    name: 'Sent back as not satisfying',
    color: 'red.5',
    matches: (e: Entry) => e.promise.status === 'promised' && e.satisfaction?.satisfied === false,
  },
  {
    name: 'Still being kept',
    color: 'blue.5',
    matches: (e: Entry) => e.promise.status === 'promised' && e.satisfaction?.satisfied !== false,
  },
  {
    name: 'Still in negotiation',
    color: 'orange.4',
    matches: (e: Entry) => isProposed(e.promise.status),
  },
] as const;

/** How the cycle's promises ended up, with what was declined or ended alongside. */
export function ReviewOutcomeChart({ review }: { review: CycleReview }) {
  const rows = [
    ...outcomes.map((outcome) => ({
      name: outcome.name,
      color: outcome.color,
      value: review.kept.filter(outcome.matches).length,
    })),
    { name: 'Declined, withdrawn or revoked', color: 'gray.5', value: review.ended.length },
  ];
  const total = rows.reduce((sum, row) => sum + row.value, 0);
  return (
    <ChartFigure
      caption="Outcomes"
      description="Every promise of the cycle, by how it ended up"
      chart={
        total === 0 ? (
          <Center h={200}>
            <Text c="dimmed" size="sm">
              No promise was made in this cycle
            </Text>
          </Center>
        ) : (
          <Center>
            <DonutChart
              h={200}
              size={170}
              thickness={26}
              data={rows.filter((row) => row.value > 0)}
              chartLabel={`${total} in all`}
              withLabels
              withLabelsLine
              withLegend
              tooltipDataSource="segment"
            />
          </Center>
        )
      }
      rows={rows}
      rowKey={(row) => row.name}
      columns={[
        { header: 'Outcome', cell: (row) => row.name },
        { header: 'Promises', cell: (row) => row.value },
      ]}
    />
  );
}
