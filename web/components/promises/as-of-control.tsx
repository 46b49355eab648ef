import { Alert, Anchor, Button, Group, Stack, TextInput } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { formatInstant } from '../format.js';

/** "2027-01-05T10:30" in the person's time zone, for a datetime-local input. */
function localInputValue(iso: string): string {
  const date = new Date(iso);
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/**
 * The moment a page shows the plan as of, kept in the URL as `?at=` (an ISO instant) so that it can
 * be shared and survives a reload; null for now. Changing it keeps the page's other parameters but
 * its page number (another moment, another list).
 */
export function useAsOf(): [string | null, (at: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get('at');
  const at = raw !== null && !Number.isNaN(Date.parse(raw)) ? raw : null;
  const setAt = (next: string | null) =>
    setParams((current) => {
      const result = new URLSearchParams(current);
      if (next) result.set('at', next);
      else result.delete('at');
      result.delete('page');
      return result;
    });
  return [at, setAt];
}

/** Picks a past moment to see the page as the plan stood then (`?at=`), or comes back to now. */
export function AsOfControl({
  at,
  onChange,
  description = 'See the plan as it stood at that moment',
}: {
  at: string | null;
  onChange: (at: string | null) => void;
  description?: string;
}) {
  const [value, setValue] = useState(at ? localInputValue(at) : '');
  return (
    <form
      aria-label="As of"
      onSubmit={(event) => {
        event.preventDefault();
        const moment = new Date(value);
        if (!Number.isNaN(moment.getTime())) onChange(moment.toISOString());
      }}
    >
      <Group align="flex-end" gap="sm">
        <TextInput
          type="datetime-local"
          label="As of"
          description={description}
          value={value}
          onChange={(event) => setValue(event.currentTarget.value)}
        />
        <Button type="submit" variant="light" leftSection={<IconHistory size={16} aria-hidden="true" />}>
          Show
        </Button>
        {at && (
          <Button
            variant="subtle"
            onClick={() => {
              setValue('');
              onChange(null);
            }}
          >
            Now
          </Button>
        )}
      </Group>
    </form>
  );
}

/**
 * The control and, for a past moment, the banner, as a page of the plan carries them: the moment in
 * the URL (`useAsOf`), the page reading it from there.
 */
export function PlanAsOf({ description }: { description: string }) {
  const [at, setAt] = useAsOf();
  return (
    <Stack gap="sm">
      {at && <AsOfNotice at={at} />}
      <AsOfControl key={at ?? 'now'} at={at} onChange={setAt} description={description} />
    </Stack>
  );
}

/** Says the page shows the plan as it stood in the past, that nothing changes here, and how to come back. */
export function AsOfNotice({ at }: { at: string }) {
  const location = useLocation();
  const now = new URLSearchParams(location.search);
  now.delete('at');
  now.delete('page');
  const search = now.toString();
  return (
    <Alert color="violet" variant="light" icon={<IconHistory aria-hidden="true" />} title="A past moment">
      This page shows the plan as of {formatInstant(at)}. Nothing can be changed here.{' '}
      {/* In the banner's own colour, underlined: the link colour on violet is too faint to read. */}
      <Anchor
        component={Link}
        to={`${location.pathname}${search ? `?${search}` : ''}`}
        c="inherit"
        underline="always"
        fw={600}
      >
        See it as it stands now
      </Anchor>
    </Alert>
  );
}
