import { LineChart, type LineChartSeries } from '@mantine/charts';
import type { KeyResultView } from '../../../contract/key-results.js';
import { ChartFigure, NoChart } from '../charts/chart-figure.js';
import { formatInstant } from '../format.js';
import { type KeyResultReading, keyResultSeries } from './chart-series.js';
import { type ChartSpan, timeAxis, todayLine, tooltipDate } from './chart-time.js';
import { axisFormatter, describeGoal, formatKeyResultValue, formatPercent } from './key-result-format.js';

/**
 * The values a key result was checked in at, over the promise's span, against its ideal line or its
 * band (see keyResultSeries), with the same readings in a table for those who do not read charts.
 */
export function KeyResultChart({
  keyResult,
  span,
  isKept,
}: {
  keyResult: KeyResultView;
  span: ChartSpan;
  /** While the promise is being kept, a line marks today. */
  isKept: boolean;
}) {
  const { definition } = keyResult;
  const { hasIdeal, readings, points, band } = keyResultSeries(keyResult, span);

  const series: LineChartSeries[] = [{ name: 'value', label: 'Checked in', color: 'blue.6' }];
  if (hasIdeal) series.push({ name: 'ideal', label: 'Ideal', color: 'gray.5', strokeDasharray: '6 4' });
  const format = axisFormatter(definition);
  const bandArea = band
    ? [
        {
          y1: band.low,
          y2: band.high,
          color: 'teal',
          label: 'Band',
          labelPosition: 'insideTopLeft' as const,
          ifOverflow: 'extendDomain' as const,
        },
      ]
    : [];

  return (
    <ChartFigure
      caption={keyResult.text}
      description={`${describeGoal(definition)} · now ${formatKeyResultValue(definition, keyResult.current)} · ${formatPercent(keyResult.progress)} of the way`}
      chart={
        definition.kind === 'milestone' && points.length === 0 ? (
          <NoChart message="Not reported yet" />
        ) : (
          <LineChart
            h={220}
            data={points}
            dataKey="time"
            series={series}
            curveType={definition.kind === 'milestone' ? 'stepAfter' : 'linear'}
            connectNulls
            withLegend={hasIdeal}
            legendProps={{ verticalAlign: 'bottom', height: 40 }}
            xAxisProps={timeAxis(
              span,
              points.map((point) => point.time),
            )}
            yAxisProps={
              definition.kind === 'milestone'
                ? { domain: [0, 1], ticks: [0, 1], width: 70 }
                : // Around the values, the ideal and the band: a metric far from zero keeps its detail.
                  { domain: ['auto', 'auto'] }
            }
            valueFormatter={format}
            tooltipProps={{ labelFormatter: tooltipDate }}
            referenceAreas={bandArea}
            referenceLines={isKept ? todayLine(span) : []}
            // The ideal is a line, not readings: no dots on it.
            lineProps={(line) => (line.name === 'ideal' ? { dot: false, activeDot: false } : {})}
          />
        )
      }
      rows={readings}
      rowKey={(reading) => reading.at}
      columns={[
        { header: 'Date', cell: (reading) => formatInstant(reading.at) },
        { header: 'Value', cell: (reading) => formatKeyResultValue(definition, reading.value) },
        ...(hasIdeal
          ? [
              {
                header: 'Ideal by then',
                cell: (reading: KeyResultReading) =>
                  reading.ideal === null ? '—' : formatKeyResultValue(definition, roundIdeal(reading.ideal)),
              },
            ]
          : []),
      ]}
      empty="No check-ins yet"
    />
  );
}

/** The ideal line is exact; a person reads it to two decimals. */
function roundIdeal(value: number): string {
  return String(Math.round(value * 100) / 100);
}
