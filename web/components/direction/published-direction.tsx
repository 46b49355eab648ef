import { Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { IconFilePlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { DirectionDocument } from '../../../contract/direction.js';
import { formatInstant, formatInstantDay } from '../format.js';
import { MarkdownView } from '../markdown/markdown-view.js';
import { DirectionComments } from './direction-comments.js';

/**
 * Every published version, the newest first and each kept: the one chosen is rendered, with its
 * comments, and teams draft promises citing it.
 */
export function PublishedDirection({
  cycleId,
  document,
  canDraftPromise,
}: {
  cycleId: string;
  document: DirectionDocument;
  canDraftPromise: boolean;
}) {
  const [chosenId, setChosenId] = useState<string | null>(null);
  const latest = document.versions[0];
  const version = document.versions.find((v) => v.id === chosenId) ?? latest;
  if (!version || !latest) {
    return <Text c="dimmed">Leadership has not published the direction of this cycle yet.</Text>;
  }
  const citePath = `/promises/new?${new URLSearchParams({ cycleId, directionVersionId: version.id })}`;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Select
          label="Version"
          data={document.versions.map((v) => ({
            value: v.id,
            label: `Version ${v.version}${v.id === latest.id ? ' (latest)' : ''}, ${formatInstantDay(v.publishedAt)}`,
          }))}
          value={version.id}
          onChange={(id) => setChosenId(id)}
          allowDeselect={false}
          w={300}
        />
        {canDraftPromise && (
          <Button component={Link} to={citePath} leftSection={<IconFilePlus size={18} aria-hidden="true" />}>
            Draft a promise citing this direction
          </Button>
        )}
      </Group>
      <Paper withBorder p="lg" component="article" aria-labelledby="direction-version-heading">
        <Title order={3} size="h4" id="direction-version-heading">
          Version {version.version}
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          Published by {version.publishedBy.name} on {formatInstant(version.publishedAt)}
          {version.id !== latest.id && ` · version ${latest.version} is the latest`}
        </Text>
        <MarkdownView markdown={version.markdown} headingOffset={3} />
      </Paper>
      <section aria-labelledby="direction-comments-heading">
        <Title order={3} size="h4" mb="xs" id="direction-comments-heading">
          Comments
        </Title>
        <DirectionComments
          cycleId={cycleId}
          version={version}
          comments={document.comments}
          canComment={document.can.comment}
        />
      </section>
    </Stack>
  );
}
