import { DonutChart } from '@mantine/charts';
import { Center } from '@mantine/core';
import { ChartFigure, NoChart } from './chart-figure.js';

/** One kind of the donut: what it is called, how many there are, and its Mantine color. */
export interface DonutSlice {
  name: string;
  value: number;
  color: string;
}

/**
 * How many things fall in each of a few kinds: a donut with the total in its middle, and the same
 * counts as a table. A kind with none is left out of the picture but kept in the table; with none
 * at all the picture says so.
 */
export function CountDonutFigure({
  caption,
  description,
  slices,
  kindHeader,
  totalLabel,
  emptyMessage,
}: {
  caption: string;
  description: string;
  slices: readonly DonutSlice[];
  /** The table's first column, e.g. "Status". */
  kindHeader: string;
  /** The words after the total in the middle, e.g. "kept" for "12 kept". */
  totalLabel: string;
  emptyMessage: string;
}) {
  const total = slices.reduce((sum, slice) => sum + slice.value, 0);
  return (
    <ChartFigure
      caption={caption}
      description={description}
      chart={
        total === 0 ? (
          <NoChart message={emptyMessage} />
        ) : (
          <Center>
            <DonutChart
              h={220}
              size={180}
              thickness={28}
              data={slices.filter((slice) => slice.value > 0)}
              chartLabel={`${total} ${totalLabel}`}
              withLabels
              withLabelsLine
              withLegend
              tooltipDataSource="segment"
            />
          </Center>
        )
      }
      rows={slices}
      rowKey={(slice) => slice.name}
      columns={[
        { header: kindHeader, cell: (slice) => slice.name },
        { header: 'Promises', cell: (slice) => slice.value },
      ]}
    />
  );
}
