import { SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { MAX_TITLE_LENGTH } from '../../../contract/promises.js';
import { ConditionsEditor } from './conditions-editor.js';
import type { TermsDraft } from './terms-change.js';

/** The terms a counter or renegotiation proposes: title, due date, description and conditions. */
export function TermsChangeFields({
  value,
  onChange,
  errors,
  cycle,
}: {
  value: TermsDraft;
  onChange: (terms: TermsDraft) => void;
  errors: Record<string, ReactNode>;
  cycle?: { name: string; startDate: string; endDate: string } | undefined;
}) {
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label="Title"
          required
          maxLength={MAX_TITLE_LENGTH}
          value={value.title}
          error={errors['changes.title']}
          onChange={(event) => onChange({ ...value, title: event.currentTarget.value })}
        />
        <TextInput
          type="date"
          label="Due date"
          description={cycle ? `Within ${cycle.name}` : undefined}
          min={cycle?.startDate}
          max={cycle?.endDate}
          required
          value={value.dueDate}
          error={errors['changes.dueDate']}
          onChange={(event) => onChange({ ...value, dueDate: event.currentTarget.value })}
        />
      </SimpleGrid>
      <Textarea
        label="Description"
        autosize
        minRows={3}
        maxRows={10}
        value={value.description}
        error={errors['changes.description']}
        onChange={(event) => onChange({ ...value, description: event.currentTarget.value })}
      />
      <ConditionsEditor
        value={value.conditions}
        onChange={(conditions) => onChange({ ...value, conditions })}
        errors={errors}
        errorPrefix="changes.conditions."
      />
    </Stack>
  );
}
