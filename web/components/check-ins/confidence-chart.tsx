import { LineChart } from '@mantine/charts';
import { Badge, useMantineTheme } from '@mantine/core';
import type { CheckInStatus, Progress } from '../../../contract/check-ins.js';
import { ChartFigure } from '../charts/chart-figure.js';
import { formatInstant } from '../format.js';
import { confidenceSeries } from './chart-series.js';
import { type ChartSpan, timeAxis, todayLine, tooltipDate } from './chart-time.js';
import { checkInStatusColors, checkInStatusLabels } from './key-result-format.js';

type Reading = Progress['confidence'][number];

interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
  payload?: { status?: CheckInStatus };
}

/** How sure the performer was, 0 to 10, at each check-in; each dot is coloured by the status reported. */
export function ConfidenceChart({
  confidence,
  span,
  isKept,
}: {
  confidence: Reading[];
  span: ChartSpan;
  isKept: boolean;
}) {
  const theme = useMantineTheme();
  const points = confidenceSeries(confidence);
  const colorOf = (status: CheckInStatus | undefined) =>
    theme.colors[status ? checkInStatusColors[status] : 'gray']?.[6] ?? theme.black;

  return (
    <ChartFigure
      caption="Confidence"
      description="How sure the performer is of keeping the promise, from 0 (no chance) to 10 (certain), with the status of each check-in: on track, at risk or off track"
      chart={
        <LineChart
          h={200}
          data={points}
          dataKey="time"
          series={[{ name: 'confidence', label: 'Confidence', color: 'grape.6' }]}
          curveType="linear"
          xAxisProps={timeAxis(
            span,
            points.map((point) => point.time),
          )}
          yAxisProps={{ domain: [0, 10], ticks: [0, 2, 4, 6, 8, 10] }}
          tooltipProps={{ labelFormatter: tooltipDate }}
          referenceLines={isKept ? todayLine(span) : []}
          lineProps={{
            dot: ({ cx, cy, index, payload }: DotProps) => (
              <circle
                key={`dot-${index}`}
                cx={cx}
                cy={cy}
                r={5}
                fill={colorOf(payload?.status)}
                stroke="white"
                strokeWidth={1.5}
              />
            ),
          }}
        />
      }
      rows={confidence}
      rowKey={(reading) => reading.at}
      columns={[
        { header: 'Date', cell: (reading) => formatInstant(reading.at) },
        { header: 'Confidence', cell: (reading) => `${reading.confidence} of 10` },
        {
          header: 'Status',
          cell: (reading) => (
            <Badge variant="light" color={checkInStatusColors[reading.status]}>
              {checkInStatusLabels[reading.status]}
            </Badge>
          ),
        },
      ]}
      empty="No check-ins yet"
    />
  );
}
