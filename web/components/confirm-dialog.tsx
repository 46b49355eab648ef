import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { type ReactNode, useState } from 'react';
import { errorMessage } from '../api/client.js';
import { FormError } from './query-state.js';

/** Asks before an action that removes or hides something; shows why it failed, if it does. */
export function ConfirmDialog({
  opened,
  title,
  children,
  confirmLabel,
  onConfirm,
  onClose,
  isPending,
  error,
}: {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  isPending: boolean;
  error: unknown;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      <Stack>
        <Text>{children}</Text>
        <FormError message={error ? errorMessage(error) : null} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red" onClick={onConfirm} loading={isPending}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** What a confirmed action needs of its mutation; TanStack Query's mutation result has it. */
interface ConfirmableMutation<Variables> {
  mutate: (variables: Variables, options: { onSuccess: () => void }) => void;
  reset: () => void;
  isPending: boolean;
  error: unknown;
}

/**
 * An action on one item of a list that is asked about first (revoke this token, remove this
 * member): `ask(item)` remembers the item and opens the dialog with the last failure cleared;
 * confirming runs the mutation on it, and once it lands closes the dialog and calls `onDone`.
 * Spread `dialog` on a ConfirmDialog; `item` is what it asks about.
 */
export function useConfirmedAction<Item, Variables>(
  mutation: ConfirmableMutation<Variables>,
  { variables, onDone }: { variables: (item: Item) => Variables; onDone: (item: Item) => void },
) {
  const [item, setItem] = useState<Item | null>(null);
  const [opened, { open, close }] = useDisclosure(false);
  return {
    item,
    ask: (next: Item) => {
      mutation.reset();
      setItem(next);
      open();
    },
    dialog: {
      opened,
      onClose: close,
      isPending: mutation.isPending,
      error: mutation.error,
      onConfirm: () => {
        if (item === null) return;
        mutation.mutate(variables(item), {
          onSuccess: () => {
            close();
            onDone(item);
          },
        });
      },
    },
  };
}
