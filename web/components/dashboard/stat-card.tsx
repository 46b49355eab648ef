import { Group, Paper, RingProgress, Stack, Text } from '@mantine/core';
import { useId } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { scoreColor } from '../check-ins/key-result-format.js';

/** One number worth a glance, with a word on what it counts. */
export function StatCard({
  label,
  value,
  hint,
  icon,
}: {
  label: string;
  value: ReactNode;
  hint?: ReactNode;
  icon?: ReactNode;
}) {
  const labelId = useId();
  return (
    <Paper withBorder p="md" role="group" aria-labelledby={labelId}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2}>
          <Text id={labelId} size="xs" c="dimmed" tt="uppercase" fw={600}>
            {label}
          </Text>
          <Text fw={700} fz={28} lh={1.2}>
            {value}
          </Text>
          {hint && (
            <Text size="xs" c="dimmed">
              {hint}
            </Text>
          )}
        </Stack>
        {icon}
      </Group>
    </Paper>
  );
}

/** An average score as a ring, coloured by the customary grading; the number beside it is what is read. */
export function ScoreRing({ score, size = 64 }: { score: number | null; size?: number }) {
  return (
    <RingProgress
      aria-hidden="true"
      size={size}
      thickness={size / 8}
      roundCaps
      sections={score === null ? [] : [{ value: Math.round(score * 100), color: scoreColor(score) }]}
    />
  );
}
