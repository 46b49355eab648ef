import { Badge, Group, Stack, Text } from '@mantine/core';
import type { PlanningBoard } from '../../../contract/planning-board.js';

/** What the strategy debugger found in the plan: each finding a conversation to have, not a verdict. */
export function BoardFindings({ findings, total }: { findings: PlanningBoard['findings']; total: number }) {
  if (findings.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        Nothing to look into: no team is over capacity, and every dependency is acknowledged.
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      <Stack component="ul" aria-label="Findings" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
        {findings.map((finding) => (
          <Group
            component="li"
            key={`${finding.code}:${finding.message}`}
            gap="sm"
            wrap="nowrap"
            align="flex-start"
          >
            <Badge
              color={finding.severity === 'problem' ? 'red' : 'yellow'}
              variant="light"
              tt="none"
              style={{ flexShrink: 0 }}
            >
              {finding.severity === 'problem' ? 'Problem' : 'Warning'}
            </Badge>
            <Text size="sm">{finding.message}</Text>
          </Group>
        ))}
      </Stack>
      {total > findings.length && (
        <Text size="sm" c="dimmed">
          And {total - findings.length} more among the open findings.
        </Text>
      )}
    </Stack>
  );
}
