import { Alert, Anchor, Button, Group, TextInput } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatInstant } from '../format.js';

/** "2027-01-05T10:30" in the person's time zone, for a datetime-local input. */
function localInputValue(iso: string): string {
  const date = new Date(iso);
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/** Picks a past moment to see the promise as it stood then (`?at=`). */
export function AsOfControl({ at, onChange }: { at: string | null; onChange: (at: string | null) => void }) {
  const [value, setValue] = useState(at ? localInputValue(at) : '');
  return (
    <form
      aria-label="View as of"
      onSubmit={(event) => {
        event.preventDefault();
        const moment = new Date(value);
        if (!Number.isNaN(moment.getTime())) onChange(moment.toISOString());
      }}
    >
      <Group align="flex-end" gap="sm">
        <TextInput
          type="datetime-local"
          label="View as of"
          description="The promise as it stood at that moment"
          value={value}
          onChange={(event) => setValue(event.currentTarget.value)}
        />
        <Button type="submit" variant="light" leftSection={<IconHistory size={16} aria-hidden="true" />}>
          Show
        </Button>
        {at && (
          <Button variant="subtle" onClick={() => onChange(null)}>
            Back to now
          </Button>
        )}
      </Group>
    </form>
  );
}

/** Says the page shows the past, and how to come back. */
export function AsOfNotice({ at, promiseId }: { at: string; promiseId: string }) {
  return (
    <Alert color="violet" variant="light" icon={<IconHistory aria-hidden="true" />} title="A past moment">
      This is the promise as it stood on {formatInstant(at)}. Nothing can be changed here.{' '}
      <Anchor component={Link} to={`/promises/${promiseId}`}>
        See it as it stands now
      </Anchor>
    </Alert>
  );
}
