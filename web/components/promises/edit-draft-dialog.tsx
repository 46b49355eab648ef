import { Button, Group, Modal, Stack, TagsInput } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import type { PromiseDetail } from '../../../contract/promises.js';
import { isSameData } from '../../../core/promises/same-data.js';
import { ApiError } from '../../api/client.js';
import { useCycles } from '../../api/cycles.js';
import { useReviseDraft } from '../../api/promises.js';
import { notifySuccess } from '../notify.js';
import { FormError } from '../query-state.js';
import { conditionErrors } from './condition-draft.js';
import { splitRequestErrors } from './request-errors.js';
import { changesFrom, type TermsDraft, termsDraftOf } from './terms-change.js';
import { TermsChangeFields } from './terms-change-fields.js';

/** A draft is edited in place by the side preparing it, until it is sent as a request or an offer. */
export function EditDraftDialog({
  promise,
  onClose,
  onStale,
}: {
  promise: PromiseDetail;
  onClose: () => void;
  onStale: () => void;
}) {
  const revise = useReviseDraft(promise.id);
  const cycle = useCycles().data?.find((c) => c.id === promise.cycle.id);
  const [terms, setTerms] = useState<TermsDraft>(() => termsDraftOf(promise.terms));
  const [tags, setTags] = useState<string[]>(promise.tags);
  const [errors, setErrors] = useState<Record<string, ReactNode>>({});
  const [message, setMessage] = useState<string | null>(null);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setMessage(null);
    // The dialog shares its fields with the counter dialog, whose errors are keyed `changes.…`.
    const problems = conditionErrors(terms.conditions, 'changes.conditions.');
    if (Object.keys(problems).length > 0) return setErrors(problems);
    setErrors({});
    const changes = changesFrom(promise.terms, terms);
    const body = {
      version: promise.version,
      ...changes,
      ...(isSameData(tags, promise.tags) ? {} : { tags }),
    };
    revise.mutate(body, {
      onSuccess: () => {
        notifySuccess('The draft is saved');
        onClose();
      },
      onError: (failure) => {
        if (failure instanceof ApiError && failure.status === 409) onStale();
        const split = splitRequestErrors(failure, ['title', 'description', 'dueDate', 'conditions', 'tags']);
        setErrors(
          Object.fromEntries(
            Object.entries(split.fieldErrors).map(([path, text]) => [`changes.${path}`, text]),
          ),
        );
        setMessage(split.message);
      },
    });
  };

  return (
    <Modal opened onClose={onClose} title="Edit the draft" size="xl">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TermsChangeFields value={terms} onChange={setTerms} errors={errors} cycle={cycle} />
          <TagsInput
            label="Tags"
            maxTags={20}
            value={tags}
            onChange={setTags}
            error={errors['changes.tags']}
          />
          <FormError message={message} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={revise.isPending}>
              Save draft
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
