import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import type { Cycle } from '../../../contract/cycles.js';
import { useDeleteCycle, useUpdateCycle } from '../../api/cycles.js';
import { ConfirmDialog, useConfirmedAction } from '../confirm-dialog.js';
import { notifyFailure, notifySuccess } from '../notify.js';
import { EditCycleDialog } from './edit-cycle-dialog.js';

/**
 * What an owner or admin may do with a cycle, exactly as its `can` says: rename and redate it while
 * planning, archive it (or bring it back) once closed, delete it (asked first; the server says why not
 * when it holds promises or cycles).
 */
export function CycleActions({ cycle }: { cycle: Cycle }) {
  const [isEditing, setIsEditing] = useState(false);
  const update = useUpdateCycle();
  const remove = useConfirmedAction(useDeleteCycle(), {
    variables: (item: Cycle) => item.id,
    onDone: (item) => notifySuccess(`Deleted ${item.name}`),
  });
  const isArchived = cycle.archivedAt !== null;
  const archive = () =>
    update.mutate(
      { id: cycle.id, isArchived: !isArchived },
      {
        onSuccess: () => notifySuccess(isArchived ? `${cycle.name} is back` : `Archived ${cycle.name}`),
        onError: (error) =>
          notifyFailure(`Could not ${isArchived ? 'bring back' : 'archive'} ${cycle.name}`, error),
      },
    );
  const { rename, redate, archive: mayArchive, delete: mayDelete } = cycle.can;
  if (!rename && !redate && !mayArchive && !mayDelete) return <Text size="sm">—</Text>;
  return (
    <>
      <Group gap="xs" wrap="nowrap">
        {(rename || redate) && (
          <Button
            size="xs"
            variant="default"
            aria-label={`Edit ${cycle.name}`}
            onClick={() => setIsEditing(true)}
          >
            Edit
          </Button>
        )}
        {mayArchive && (
          <Button
            size="xs"
            variant="default"
            aria-label={`${isArchived ? 'Bring back' : 'Archive'} ${cycle.name}`}
            loading={update.isPending}
            onClick={archive}
          >
            {isArchived ? 'Bring back' : 'Archive'}
          </Button>
        )}
        {mayDelete && (
          <Button
            size="xs"
            variant="light"
            color="red"
            aria-label={`Delete ${cycle.name}`}
            onClick={() => remove.ask(cycle)}
          >
            Delete
          </Button>
        )}
      </Group>
      {isEditing && <EditCycleDialog cycle={cycle} onClose={() => setIsEditing(false)} />}
      <ConfirmDialog
        {...remove.dialog}
        title={`Delete ${remove.item?.name ?? 'the cycle'}?`}
        confirmLabel="Delete cycle"
      >
        Only an empty cycle is deleted: one with no promise (drafts count) and no cycle within it. This cannot
        be undone.
      </ConfirmDialog>
    </>
  );
}
