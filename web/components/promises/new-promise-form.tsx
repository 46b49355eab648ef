import { Button, Group, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { CreatePromiseBody, MAX_TITLE_LENGTH } from '../../../contract/promises.js';
import { useSignedInMe } from '../../api/me.js';
import { useCreatePromise } from '../../api/promises.js';
import { localToday } from '../local-days.js';
import { notifySuccess } from '../notify.js';
import { FormError } from '../query-state.js';
import { ConditionsEditor } from './conditions-editor.js';
import { CycleAndDueDateFields } from './cycle-and-due-date-fields.js';
import { toCreatePromiseBody, validateNewPromise } from './new-promise-body.js';
import type { NewPromiseValues } from './new-promise-values.js';
import { OpeningFields, sideOfOpening } from './opening-fields.js';
import { partyValue } from './party-options.js';
import { ReplyByField } from './reply-by-field.js';
import { splitRequestErrors } from './request-errors.js';

const serverFields = [
  'cycleId',
  'customer',
  'performers',
  'title',
  'description',
  'conditions',
  'dueDate',
  'tags',
  'replyBy',
];

/** Makes a promise: asked for by its customer, offered by its performer, or drafted first. */
export function NewPromiseForm({
  initialCycleId,
  directionVersionId = null,
}: {
  initialCycleId: string | null;
  /** The published direction the promise answers, when it is drafted from the direction document. */
  directionVersionId?: string | null;
}) {
  const me = useSignedInMe();
  const myValue = partyValue({ type: 'person', id: me.person.id });
  const create = useCreatePromise();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<NewPromiseValues>({
    mode: 'controlled',
    initialValues: {
      open: 'request',
      draftedBy: 'customer',
      cycleId: initialCycleId,
      customer: myValue,
      performers: [],
      title: '',
      description: '',
      conditions: [],
      dueDate: '',
      tags: [],
      replyBy: '',
    },
    validate: (input) => validateNewPromise(input, localToday()),
  });
  const values = form.getValues();

  /** My side of the promise starts with me on it; the other side never does. */
  const putMeOn = (side: 'customer' | 'performer') => {
    const { customer, performers } = form.getValues();
    if (side === 'customer') {
      if (!customer) form.setFieldValue('customer', myValue);
      form.setFieldValue(
        'performers',
        performers.filter((value) => value !== myValue),
      );
    } else {
      if (performers.length === 0) form.setFieldValue('performers', [myValue]);
      if (customer === myValue) form.setFieldValue('customer', null);
    }
  };

  const submit = form.onSubmit((input) => {
    setError(null);
    // Validated with the same schema just now, so it parses.
    const body = CreatePromiseBody.parse(toCreatePromiseBody(input, directionVersionId));
    create.mutate(body, {
      onSuccess: (promise) => {
        notifySuccess(
          promise.status === 'draft' ? `Drafted “${promise.title}”` : `Opened “${promise.title}”`,
        );
        navigate(`/promises/${promise.id}`);
      },
      onError: (failure) => {
        const { fieldErrors, message } = splitRequestErrors(failure, serverFields);
        form.setErrors(fieldErrors);
        setError(message);
      },
    });
  });

  return (
    <form onSubmit={submit} noValidate aria-label="New promise">
      <Stack gap="lg" maw={880}>
        <OpeningFields
          form={form}
          onSideChange={(side) => putMeOn(side)}
          mySide={sideOfOpening(values.open, values.draftedBy)}
        />
        <CycleAndDueDateFields form={form} />
        {values.open !== 'draft' && (
          <ReplyByField
            value={values.replyBy}
            onChange={(replyBy) => form.setFieldValue('replyBy', replyBy)}
            error={form.errors.replyBy}
            description={
              values.open === 'request'
                ? 'Optional: the day you ask the performer to answer by'
                : 'Optional: the day you ask the customer to answer by'
            }
          />
        )}
        <TextInput
          label="Title"
          description="The concern: what the customer wants, in a line"
          required
          maxLength={MAX_TITLE_LENGTH}
          key={form.key('title')}
          {...form.getInputProps('title')}
        />
        <Textarea
          label="Description"
          description="Why it matters to the customer. Markdown is kept as written."
          autosize
          minRows={4}
          maxRows={16}
          key={form.key('description')}
          {...form.getInputProps('description')}
        />
        <ConditionsEditor
          value={values.conditions}
          onChange={(conditions) => {
            form.setFieldValue('conditions', conditions);
            // Conditions may have moved: their errors no longer point at the right place.
            for (const path of Object.keys(form.errors)) {
              if (path.startsWith('conditions')) form.clearFieldError(path);
            }
          }}
          errors={form.errors}
        />
        <TagsInput
          label="Tags"
          description="Such as investment; press Enter after each tag"
          maxTags={20}
          key={form.key('tags')}
          {...form.getInputProps('tags')}
        />
        <FormError message={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => navigate(-1)}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            {values.open === 'request'
              ? 'Send request'
              : values.open === 'offer'
                ? 'Send offer'
                : 'Save draft'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
