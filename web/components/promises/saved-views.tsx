import { Button, Group, Modal, Select, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconDeviceFloppy, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { SavedView, ViewQuery } from '../../../contract/search.js';
import { useDeleteView, useSavedViews, useSaveView } from '../../api/search.js';
import { notifyFailure } from '../notify.js';

/**
 * My saved views of the promise list: choose one to apply its filters and order, save the list as
 * it is under a name (the same name replaces it), or delete the chosen one.
 */
export function SavedViews({
  current,
  onApply,
}: {
  /** The list's filters and order now, as its address keeps them. */
  current: ViewQuery;
  onApply(query: ViewQuery): void;
}) {
  const views = useSavedViews();
  const save = useSaveView();
  const remove = useDeleteView();
  const [chosen, setChosen] = useState<SavedView | null>(null);
  const [isSaving, saving] = useDisclosure(false);
  const [name, setName] = useState('');
  const list = views.data?.views ?? [];

  return (
    <Group align="flex-end" gap="sm">
      <Select
        label="Saved view"
        placeholder={list.length ? 'Choose a view' : 'No saved views'}
        disabled={list.length === 0}
        data={list.map((view) => ({ value: view.id, label: view.name }))}
        value={chosen?.id ?? null}
        onChange={(id) => {
          const view = list.find((v) => v.id === id) ?? null;
          setChosen(view);
          if (view) onApply(view.query);
        }}
        w={220}
      />
      <Button
        variant="default"
        leftSection={<IconDeviceFloppy size={16} aria-hidden="true" />}
        onClick={() => {
          setName(chosen?.name ?? '');
          saving.open();
        }}
      >
        Save view
      </Button>
      {chosen && (
        <Button
          variant="subtle"
          color="red"
          leftSection={<IconTrash size={16} aria-hidden="true" />}
          loading={remove.isPending}
          onClick={() =>
            remove.mutate(chosen.id, {
              onSuccess: () => setChosen(null),
              onError: (error) => notifyFailure('Could not delete the view', error),
            })
          }
        >
          Delete view “{chosen.name}”
        </Button>
      )}
      <Modal
        opened={isSaving}
        onClose={saving.close}
        title="Save this view"
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate(
              { name, query: current },
              {
                onSuccess: (view) => {
                  setChosen(view);
                  saving.close();
                },
                onError: (error) => notifyFailure('Could not save the view', error),
              },
            );
          }}
        >
          <TextInput
            label="Name"
            description="A view of the same name is replaced"
            required
            maxLength={80}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            data-autofocus
          />
          <Group justify="flex-end" mt="md">
            <Button type="submit" loading={save.isPending}>
              Save view
            </Button>
          </Group>
        </form>
      </Modal>
    </Group>
  );
}
