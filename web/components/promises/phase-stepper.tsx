import { Group, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconMinus } from '@tabler/icons-react';
import type { Phase, Status } from '../../../contract/protocol.js';
import { phaseSteps } from '../../../core/promises/index.js';
import { phaseColors, phaseLabels } from './labels.js';

const stepWords = { done: 'done', skipped: 'not reached', current: 'now', ahead: 'ahead' } as const;

/**
 * Where the promise is in its cycle: Q1 Listen → Q2 Negotiate → Q3 Execute → Q4 Assess, then
 * closed. A renegotiation shows as Q2 again; the history says how it got there. A promise that ended
 * early marks the phases it never reached as such, not as done.
 */
export function PhaseStepper({
  phase,
  status,
  wasAgreed,
}: {
  phase: Phase;
  status: Status;
  wasAgreed: boolean;
}) {
  const steps = phaseSteps({ status, phase }, wasAgreed);
  return (
    <Group
      component="ol"
      aria-label="Phase"
      gap="xs"
      wrap="wrap"
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {steps.map(({ phase: step, step: standing }, index) => {
        const isCurrent = standing === 'current';
        const isPast = standing === 'done';
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
              ) : standing === 'skipped' ? (
                <IconMinus size={14} />
              ) : (
                <Text size="xs" fw={700}>
                  {index < 4 ? index + 1 : '•'}
                </Text>
              )}
            </ThemeIcon>
            <Text
              size="sm"
              fw={isCurrent ? 700 : 400}
              c={isCurrent ? undefined : 'dimmed'}
              td={standing === 'skipped' ? 'line-through' : undefined}
            >
              {phaseLabels[step]}
              <VisuallyHidden component="span"> ({stepWords[standing]})</VisuallyHidden>
            </Text>
            {index < steps.length - 1 && (
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
