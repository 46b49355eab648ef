import { Anchor, Loader, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import type { FindingView } from '../../../contract/findings.js';

// Most inboxes have no finding: the finding's card (with its suggested move) loads when one shows,
// keeping it out of the inbox's first load.
const FindingItem = lazy(() =>
  import('../findings/finding-item.js').then((module) => ({ default: module.FindingItem })),
);

/** The open findings the person is a party to: conversations the strategy debugger asks them to have. */
export function InboxFindings({
  findings,
  total,
  personId,
}: {
  findings: FindingView[];
  total: number;
  personId: string;
}) {
  return (
    <section aria-labelledby="findings-heading">
      <Title order={2} size="h3" mb="xs" id="findings-heading">
        Findings{' '}
        <Text span c="dimmed" fw={400}>
          ({total})
        </Text>
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {total === 0
          ? 'The strategy debugger finds no contradiction in the plan you are a party to.'
          : 'Contradictions in the plan you are a party to, each with the move that would settle it.'}
      </Text>
      <Suspense fallback={<Loader size="sm" role="status" aria-label="Loading the findings" />}>
        <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
          {findings.map((finding) => (
            <FindingItem key={finding.key} finding={finding} />
          ))}
        </Stack>
      </Suspense>
      {findings.length < total && (
        <Text size="sm" c="dimmed" ta="center" mt="sm">
          {findings.length} of {total} shown.{' '}
          <Anchor component={Link} to={`/findings?person=${encodeURIComponent(personId)}`} size="sm">
            See them all in the strategy debugger
          </Anchor>
        </Text>
      )}
    </section>
  );
}
