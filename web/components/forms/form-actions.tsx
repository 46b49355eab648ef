import { Button, Group } from '@mantine/core';
import { FormError } from '../query-state.js';

/**
 * The end of a form in a dialog or a panel: why the last request failed, if it did, then Cancel
 * (when the form can be left) and the submit button, which spins while the request is on its way.
 */
export function FormActions({
  error,
  submitLabel,
  isPending,
  onCancel,
}: {
  error: string | null;
  submitLabel: string;
  isPending: boolean;
  onCancel?: () => void;
}) {
  return (
    <>
      <FormError message={error} />
      <Group justify="flex-end">
        {onCancel && (
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
        )}
        <Button type="submit" loading={isPending}>
          {submitLabel}
        </Button>
      </Group>
    </>
  );
}
