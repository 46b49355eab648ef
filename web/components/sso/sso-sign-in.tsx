import { Button, Divider, Stack, Text, TextInput } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../api/client.js';
import { ssoSignInHref, useSsoProvider } from '../../api/sso.js';

/**
 * "Sign in with <provider>": for the organization the link names (`/sign-in?organization=acme`), or
 * the one the person types. The button is a plain link: the server sends the browser to the provider.
 */
export function SsoSignIn() {
  const [searchParams] = useSearchParams();
  const named = searchParams.get('organization')?.trim().toLowerCase() ?? '';
  const [typed, setTyped] = useState('');
  const [asked, setAsked] = useState(named);
  const provider = useSsoProvider(asked);

  const failed = searchParams.get('ssoError');

  return (
    <Stack gap="sm">
      <Divider label="or" labelPosition="center" />
      {failed && (
        <Text size="sm" c="red.8" role="alert">
          Single sign-on did not sign you in: {failed}
        </Text>
      )}
      {provider.data ? (
        <Button
          component="a"
          href={ssoSignInHref(provider.data.organization.slug)}
          variant="default"
          leftSection={<IconKey size={18} aria-hidden="true" />}
        >
          Sign in with {provider.data.name}
        </Button>
      ) : (
        <form
          aria-label="Sign in with single sign-on"
          onSubmit={(event) => {
            event.preventDefault();
            setAsked(typed.trim().toLowerCase());
          }}
        >
          <Stack gap="xs">
            <TextInput
              label="Organization"
              description="The name in your organization's sign-in link, such as acme-rockets"
              value={typed}
              onChange={(event) => setTyped(event.currentTarget.value)}
            />
            {provider.error && (
              <Text size="sm" c="red.8" role="alert">
                {provider.error instanceof ApiError && provider.error.status === 404
                  ? `No organization called ${asked} signs in with single sign-on`
                  : provider.error.message}
              </Text>
            )}
            <Button type="submit" variant="default" loading={provider.isFetching} disabled={!typed.trim()}>
              Continue with single sign-on
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
