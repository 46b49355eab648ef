import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { SsoDefaultRole, SsoSettings } from '../../../contract/sso.js';
import { showRequestErrors } from '../../api/form-errors.js';
import { useRemoveSsoSettings, useSaveSsoSettings, useSsoSettings } from '../../api/sso.js';
import { ConfirmDialog, useConfirmedAction } from '../confirm-dialog.js';
import { CopyField } from '../copy-field.js';
import { notifySuccess } from '../notify.js';
import { FormError, LoadError, PageLoader } from '../query-state.js';

const FIELDS = ['name', 'issuer', 'clientId', 'clientSecret', 'allowedDomains', 'defaultRole', 'requireSso'];

/** Owners and admins set the organization's OpenID Connect provider: who may sign in with it, and as what. */
export function SsoSettingsSection() {
  const settings = useSsoSettings();
  return (
    <section aria-labelledby="sso-heading">
      <Title order={2} size="h3" mb="sm" id="sso-heading">
        Single sign-on
      </Title>
      {settings.isPending ? (
        <PageLoader />
      ) : settings.error ? (
        <LoadError error={settings.error} />
      ) : (
        <SsoSettingsForm key={settings.data.source} settings={settings.data} />
      )}
    </section>
  );
}

function SsoSettingsForm({ settings }: { settings: SsoSettings }) {
  const save = useSaveSsoSettings();
  const [error, setError] = useState<string | null>(null);
  const remove = useConfirmedAction(useRemoveSsoSettings(), {
    variables: (_: boolean) => undefined,
    onDone: () => notifySuccess('Single sign-on with this provider is off'),
  });
  const isOwn = settings.source === 'organization';
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: {
      name: isOwn ? settings.name : '',
      issuer: isOwn ? settings.issuer : '',
      clientId: isOwn ? settings.clientId : '',
      clientSecret: '',
      allowedDomains: isOwn ? settings.allowedDomains.join(', ') : '',
      defaultRole: settings.defaultRole as SsoDefaultRole,
      requireSso: isOwn && settings.requireSso,
    },
  });
  const submit = form.onSubmit((values) => {
    setError(null);
    const { clientSecret, allowedDomains, ...rest } = values;
    save.mutate(
      {
        ...rest,
        ...(clientSecret.trim() ? { clientSecret } : {}),
        allowedDomains: allowedDomains
          .split(/[\s,]+/)
          .map((domain) => domain.trim())
          .filter(Boolean),
      },
      {
        onSuccess: () => {
          form.setFieldValue('clientSecret', '');
          notifySuccess('Single sign-on is saved');
        },
        onError: (failure) => setError(showRequestErrors(form, failure, FIELDS)),
      },
    );
  });
  const signInLink = settings.signInPath ? `${window.location.origin}${settings.signInPath}` : null;

  return (
    <Stack gap="md" maw={640}>
      <Text size="sm">
        People sign in with your company's identity provider over OpenID Connect. Register Accord there as a
        web application with the redirect URI below, then fill in what the provider gives you.
      </Text>
      {settings.source === 'instance' && (
        <Alert variant="light" color="blue">
          This instance signs people in with {settings.name} for every organization that has no provider of
          its own. Set one below to use your own.
        </Alert>
      )}
      <CopyField label="Redirect URI" value={settings.callbackUrl} copyLabel="Copy redirect URI" />
      {signInLink && (
        <CopyField label="Sign-in link for your people" value={signInLink} copyLabel="Copy sign-in link" />
      )}
      <form onSubmit={submit} noValidate aria-label="Identity provider">
        <Stack gap="sm">
          <TextInput
            label="Provider name"
            description='Shown on the sign-in page: "Sign in with …"'
            placeholder="Acme ID"
            required
            key={form.key('name')}
            {...form.getInputProps('name')}
          />
          <TextInput
            label="Issuer URL"
            placeholder="https://login.example.com"
            required
            key={form.key('issuer')}
            {...form.getInputProps('issuer')}
          />
          <TextInput
            label="Client ID"
            required
            key={form.key('clientId')}
            {...form.getInputProps('clientId')}
          />
          <PasswordInput
            label="Client secret"
            description={
              isOwn && settings.hasClientSecret
                ? 'Saved, and never shown again; leave empty to keep it'
                : 'Kept on the server, never shown again'
            }
            required={!(isOwn && settings.hasClientSecret)}
            autoComplete="off"
            key={form.key('clientSecret')}
            {...form.getInputProps('clientSecret')}
          />
          <TextInput
            label="Allowed email domains"
            description="Only people with an address at these domains may sign in, separated by commas"
            placeholder="example.com"
            required
            key={form.key('allowedDomains')}
            {...form.getInputProps('allowedDomains')}
          />
          <NativeSelect
            label="Role of people signing in for the first time"
            data={[
              { value: 'member', label: 'Member' },
              { value: 'viewer', label: 'Viewer' },
              { value: 'admin', label: 'Admin' },
            ]}
            key={form.key('defaultRole')}
            {...form.getInputProps('defaultRole')}
          />
          <Checkbox
            label="Require single sign-on: members may not sign in with a password"
            key={form.key('requireSso')}
            {...form.getInputProps('requireSso', { type: 'checkbox' })}
          />
          <FormError message={error} />
          <Group>
            <Button type="submit" loading={save.isPending}>
              Save single sign-on
            </Button>
            {isOwn && (
              <Button variant="default" color="red" onClick={() => remove.ask(true)}>
                Turn off
              </Button>
            )}
          </Group>
        </Stack>
      </form>
      <ConfirmDialog {...remove.dialog} title="Turn off single sign-on?" confirmLabel="Turn off">
        People of this organization will sign in with their passwords again.
      </ConfirmDialog>
    </Stack>
  );
}
