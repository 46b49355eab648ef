import { Button, Group, Paper, Stack, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import type { DirectionDocument } from '../../../contract/direction.js';
import { ApiError, errorMessage } from '../../api/client.js';
import { usePublishDirection, useSaveDirectionDraft } from '../../api/direction.js';
import { formatInstant } from '../format.js';
import { MarkdownView } from '../markdown/markdown-view.js';
import { MentionTextarea } from '../mentions/mention-textarea.js';
import { notifySuccess } from '../notify.js';
import { FormError } from '../query-state.js';

const syntax =
  'Markdown: # headings (to ###), paragraphs, - lists, 1. numbered lists, > quotes, | tables |, **bold**, *emphasis*, `code` and [links](https://…).';

/** The field's own problem (too long) goes next to it; anything else above the buttons. */
function fieldProblem(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed') return null;
  return error.issues.find((issue) => issue.path === 'markdown')?.message ?? null;
}

/** Leadership writes the direction as a draft, previews it, saves it and publishes it as a new version. */
export function DirectionEditor({ cycleId, document }: { cycleId: string; document: DirectionDocument }) {
  const save = useSaveDirectionDraft(cycleId);
  const publish = usePublishDirection(cycleId);
  const savedText = document.draft?.markdown ?? '';
  const [markdown, setMarkdown] = useState(savedText);
  const [error, setError] = useState<unknown>(null);
  const isDirty = markdown !== savedText;
  const latest = document.versions[0];
  const isPublished = !isDirty && latest !== undefined && latest.markdown === savedText;
  const nextVersion = (latest?.version ?? 0) + 1;

  const saveDraft = async () => {
    setError(null);
    try {
      await save.mutateAsync(markdown);
      return true;
    } catch (failure) {
      setError(failure);
      return false;
    }
  };
  const publishDraft = async () => {
    // What is on screen is what gets published: unsaved changes are saved first.
    if (isDirty && !(await saveDraft())) return;
    setError(null);
    publish.mutate(undefined, {
      onSuccess: () => notifySuccess(`Version ${nextVersion} of the direction is published`),
      onError: setError,
    });
  };
  const problem = fieldProblem(error);

  return (
    <Stack gap="sm">
      <Tabs defaultValue="write" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="write">Write</Tabs.Tab>
          <Tabs.Tab value="preview">Preview</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="write" pt="sm">
          <MentionTextarea
            label="Direction draft"
            description={syntax}
            value={markdown}
            onChange={(event) => setMarkdown(event.currentTarget.value)}
            autosize
            minRows={10}
            maxRows={30}
            error={problem}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          />
        </Tabs.Panel>
        <Tabs.Panel value="preview" pt="sm">
          <Paper withBorder p="lg" aria-label="Preview of the draft" component="article">
            <MarkdownView markdown={markdown} />
          </Paper>
        </Tabs.Panel>
      </Tabs>
      <Text size="sm" c="dimmed" role="status">
        {isDirty
          ? 'Unsaved changes.'
          : document.draft
            ? `Draft saved by ${document.draft.updatedBy.name} on ${formatInstant(document.draft.updatedAt)}.`
            : 'Nothing saved yet.'}
        {isPublished && ` It is published as version ${latest.version}.`}
      </Text>
      <FormError message={error && !problem ? errorMessage(error) : null} />
      <Group>
        <Button
          variant="default"
          onClick={() => void saveDraft()}
          loading={save.isPending}
          disabled={!isDirty}
        >
          Save draft
        </Button>
        {document.can.publish && (
          <Button
            onClick={() => void publishDraft()}
            loading={publish.isPending}
            disabled={isPublished || !markdown.trim()}
          >
            Publish version {nextVersion}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
