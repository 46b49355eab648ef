import { Anchor, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { urlOf } from '../../contract/endpoints/endpoint.js';
import { exportOrganization } from '../../contract/endpoints/exports.js';
import { CSV_KINDS, type CsvKind } from '../../contract/exports.js';
import { useCycles } from '../api/cycles.js';
import { useCurrentOrganization } from '../api/me.js';
import { PageHeader } from '../components/page-header.js';

const csvLabels: Record<CsvKind, string> = {
  promises: 'Promises with their key results',
  'check-ins': 'Check-ins',
  people: 'People',
  teams: 'Teams',
};

/** Owners and admins take the organization with them: the archive, spreadsheets, a cycle's report. */
export function ExportRoute() {
  const organization = useCurrentOrganization();
  if (!organization.can.exportOrganization) {
    return (
      <>
        <PageHeader title="Export" />
        <Text>Only owners and admins of {organization.name} export it.</Text>
      </>
    );
  }
  return <Exports />;
}

function Exports() {
  const cycles = useCycles();
  const [cycleId, setCycleId] = useState<string | null>(null);
  // Plain links: the browser downloads each file with the session's cookie, as it comes.
  const href = (query: Parameters<typeof urlOf>[1]) => urlOf(exportOrganization, query);

  return (
    <>
      <PageHeader
        title="Export"
        description="Take the organization with you: everything as one archive, spreadsheets, or the report of a cycle."
      />
      <Stack gap="xl" maw={800}>
        <section aria-labelledby="archive-heading">
          <Title order={2} size="h3" mb="xs" id="archive-heading">
            Archive
          </Title>
          <Text mb="sm">
            Every person, team, cycle and promise with its whole history, ids included, as one JSON file.
            Restore it into an empty organization on any Accord instance, on SQLite or PostgreSQL, with{' '}
            <code>accord restore</code>. Passwords, tokens and webhooks are not in it.
          </Text>
          <Anchor href={href({ query: { format: 'json' } })} download>
            Download the archive (JSON)
          </Anchor>
        </section>

        <section aria-labelledby="csv-heading">
          <Title order={2} size="h3" mb="xs" id="csv-heading">
            Spreadsheets
          </Title>
          <Text mb="sm">One CSV file per kind, all of them in a ZIP or one at a time.</Text>
          <Stack gap={4}>
            <Anchor href={href({ query: { format: 'csv' } })} download>
              Download all CSV files (ZIP)
            </Anchor>
            {CSV_KINDS.map((kind) => (
              <Anchor key={kind} href={href({ query: { format: 'csv', kind } })} download>
                {csvLabels[kind]} (CSV)
              </Anchor>
            ))}
          </Stack>
        </section>

        <section aria-labelledby="report-heading">
          <Title order={2} size="h3" mb="xs" id="report-heading">
            Cycle report
          </Title>
          <Text mb="sm">
            The direction of a cycle, then its promises as a tree by horizon, with their scores and the
            customers' satisfaction, in Markdown.
          </Text>
          <Group align="end">
            <Select
              label="Cycle"
              placeholder="Choose a cycle"
              data={(cycles.data ?? []).map((cycle) => ({ value: cycle.id, label: cycle.name }))}
              value={cycleId}
              onChange={setCycleId}
              w={260}
            />
            {cycleId && (
              <Anchor href={href({ query: { format: 'md', cycleId } })} download>
                Download the report (Markdown)
              </Anchor>
            )}
          </Group>
        </section>
      </Stack>
    </>
  );
}
