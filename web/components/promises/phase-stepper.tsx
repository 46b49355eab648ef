import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import type { Phase } from '../../../contract/protocol.js';
import { PHASES } from '../../../core/promises/index.js';
import { phaseColors, phaseLabels } from './labels.js';

/**
 * Where the promise is in its cycle: Q1 Listen → Q2 Negotiate → Q3 Execute → Q4 Assess, then
 * closed. A renegotiation shows as Q2 again; the history says how it got there.
 */
export function PhaseStepper({ phase }: { phase: Phase }) {
  const current = PHASES.indexOf(phase);
  return (
    <Group
      component="ol"
      aria-label="Phase"
      gap="xs"
      wrap="wrap"
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {PHASES.map((step, index) => {
        const isCurrent = index === current;
        const isPast = index < current;
        return (
          <Group
            key={step}
            component="li"
            gap={6}
            wrap="nowrap"
            aria-current={isCurrent ? 'step' : undefined}
          >
            <ThemeIcon
              size={24}
              radius="xl"
              variant={isCurrent ? 'filled' : isPast ? 'light' : 'default'}
              color={isCurrent || isPast ? phaseColors[step] : 'gray'}
              aria-hidden="true"
            >
              {isPast ? (
                <IconCheck size={14} />
              ) : (
                <Text size="xs" fw={700}>
                  {index < 4 ? index + 1 : '•'}
                </Text>
              )}
            </ThemeIcon>
            <Text size="sm" fw={isCurrent ? 700 : 400} c={isCurrent ? undefined : 'dimmed'}>
              {phaseLabels[step]}
            </Text>
            {index < PHASES.length - 1 && (
              <Text c="dimmed" aria-hidden="true" size="sm">
                →
              </Text>
            )}
          </Group>
        );
      })}
    </Group>
  );
}
