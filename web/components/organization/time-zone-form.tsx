import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { timeZoneNames } from '../../../contract/organization-settings.js';
import { ApiError, errorMessage } from '../../api/client.js';
import { useOrganizationSettings, useUpdateOrganizationSettings } from '../../api/organization-settings.js';
import { notifySuccess } from '../notify.js';
import { FormError, LoadError, PageLoader } from '../query-state.js';

const ZONES_SHOWN = 10;

function TimeZoneForm({ saved }: { saved: string }) {
  const update = useUpdateOrganizationSettings();
  const zones = useMemo(() => {
    const names = timeZoneNames();
    // A zone the server knows and this browser does not still shows as the current choice.
    return names.includes(saved) ? names : [saved, ...names];
  }, [saved]);
  const [timeZone, setTimeZone] = useState(saved);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setFieldError(null);
    setError(null);
    update.mutate(
      { timeZone },
      {
        onSuccess: (settings) => notifySuccess(`The organization is now on ${settings.timeZone} time`),
        onError: (failure) => {
          const issue =
            failure instanceof ApiError ? failure.issues.find((i) => i.path === 'timeZone') : undefined;
          if (issue) setFieldError('Choose a time zone from the list');
          else setError(errorMessage(failure));
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Organization time zone">
      <Stack maw={560} gap="sm">
        <Select
          label="Time zone"
          description="The daily summary goes at 08:00 and the weekly digest on Monday at 09:00 in this zone, and their dates are its dates. Type a city, such as Paris, to find its zone."
          data={zones}
          value={timeZone}
          onChange={(value) => {
            if (value) setTimeZone(value);
            setFieldError(null);
          }}
          searchable
          allowDeselect={false}
          nothingFoundMessage="No time zone has that name"
          error={fieldError}
          // Ten at a time, found by typing (a city such as Paris): the list never scrolls, so every
          // option shown is one the arrow keys reach, and there is no scroll region out of their reach.
          limit={ZONES_SHOWN}
          withScrollArea={false}
          maxDropdownHeight="none"
        />
        <FormError message={error} />
        <Group>
          <Button type="submit" loading={update.isPending} disabled={timeZone === saved}>
            Save time zone
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The organization's time zone, for its owners and admins. */
export function OrganizationTimeZoneForm() {
  const settings = useOrganizationSettings();
  if (settings.isPending) return <PageLoader label="Loading the time zone" />;
  if (settings.error) return <LoadError error={settings.error} onRetry={() => settings.refetch()} />;
  return (
    <>
      <Text size="sm" c="dimmed">
        The organization's local time, for everything Accord sends at a set hour.
      </Text>
      <TimeZoneForm saved={settings.data.timeZone} />
    </>
  );
}
