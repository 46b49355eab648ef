import { Button, Group, Paper, SimpleGrid, Stack, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { RetrospectiveBody } from '../../../contract/assessments.js';
import { useWriteRetrospective } from '../../api/assessments.js';
import { showRequestErrors } from '../../api/form-errors.js';
import { contractValidator } from '../forms/contract-validator.js';
import { notifySuccess } from '../notify.js';
import { FormError } from '../query-state.js';

/** Either side looks back: what went well and what to change next time. */
export function RetrospectiveForm({ promiseId, side }: { promiseId: string; side: string }) {
  const write = useWriteRetrospective(promiseId);
  const [error, setError] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { wentWell: '', toChange: '' },
    // The rule that one of the two is written concerns both; it shows under the first.
    validate: contractValidator(RetrospectiveBody, undefined, (path) => path || 'wentWell'),
  });
  const submit = form.onSubmit((values) => {
    setError(null);
    write.mutate(values, {
      onSuccess: () => {
        form.reset();
        notifySuccess('Your retrospective is saved');
      },
      onError: (failure) => setError(showRequestErrors(form, failure, ['wentWell', 'toChange'])),
    });
  });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="retrospective-form-heading">
      <form onSubmit={submit} noValidate aria-labelledby="retrospective-form-heading">
        <Stack gap="sm">
          <Title order={3} size="h4" id="retrospective-form-heading">
            Your retrospective, as the {side}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Textarea label="What went well" autosize minRows={3} {...form.getInputProps('wentWell')} />
            <Textarea label="What to change" autosize minRows={3} {...form.getInputProps('toChange')} />
          </SimpleGrid>
          <FormError message={error} />
          <Group>
            <Button type="submit" loading={write.isPending}>
              Save retrospective
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
