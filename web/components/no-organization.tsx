import { Button, Stack, Text } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useSignedInMe, useSignOut } from '../api/me.js';
import { CreateOrganizationForm } from './create-organization-form.js';
import { PublicLayout } from './layout/public-layout.js';

/** A signed-in person who belongs to no organization (they were removed from all of theirs). */
export function NoOrganization() {
  const me = useSignedInMe();
  const signOut = useSignOut();
  const navigate = useNavigate();
  return (
    <PublicLayout
      title="You are not in an organization"
      description={`${me.person.email} is not a member of any organization. Create one, or ask a colleague to invite you to theirs.`}
    >
      <CreateOrganizationForm onCreated={() => navigate('/', { replace: true })} />
      <Stack gap="xs" align="center">
        <Text size="sm" c="dimmed">
          Or sign in as someone else
        </Text>
        <Button
          variant="default"
          loading={signOut.isPending}
          onClick={() => signOut.mutate(undefined, { onSuccess: () => window.location.assign('/sign-in') })}
        >
          Sign out
        </Button>
      </Stack>
    </PublicLayout>
  );
}
