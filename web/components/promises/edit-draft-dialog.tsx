import { Modal, Stack, TagsInput } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { type PromiseDetail, ReviseDraftBody } from '../../../contract/promises.js';
import { ApiError } from '../../api/client.js';
import { useCycles } from '../../api/cycles.js';
import { useReviseDraft } from '../../api/promises.js';
import { FormActions } from '../forms/form-actions.js';
import { notifySuccess } from '../notify.js';
import { splitRequestErrors } from './request-errors.js';
import { draftFieldOf, toReviseDraftBody, validateDraftRevision } from './revise-draft-body.js';
import { type TermsDraft, termsDraftOf } from './terms-change.js';
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
    const problems = validateDraftRevision(promise, { terms, tags });
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    // Validated with the same schema just now, so it parses (and trims).
    const body = ReviseDraftBody.parse(toReviseDraftBody(promise, { terms, tags }));
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
            Object.entries(split.fieldErrors).map(([path, text]) => [draftFieldOf(path), text]),
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
          <FormActions
            error={message}
            submitLabel="Save draft"
            isPending={revise.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
