import { Alert, Button, Center, Group, Loader, Stack } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { errorMessage } from '../api/client.js';

export function PageLoader({ label = 'Loading' }: { label?: string }) {
  return (
    <Center mih="40vh" role="status" aria-live="polite">
      <Stack align="center" gap="xs">
        <Loader aria-hidden="true" />
        <span>{label}…</span>
      </Stack>
    </Center>
  );
}

export function LoadError({
  title = 'This could not be loaded',
  error,
  onRetry,
}: {
  title?: string;
  error: unknown;
  onRetry?: () => void;
}) {
  return (
    <Alert color="red" icon={<IconAlertCircle aria-hidden="true" />} title={title} role="alert">
      <Stack gap="sm">
        <span>{errorMessage(error)}</span>
        {onRetry && (
          <Group>
            <Button size="xs" variant="light" color="red" onClick={onRetry}>
              Try again
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}

/** An error a form could not save, shown above its submit button and announced. */
export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert color="red" icon={<IconAlertCircle aria-hidden="true" />} role="alert" variant="light">
      {message}
    </Alert>
  );
}
