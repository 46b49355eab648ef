import { Anchor, DataList, Divider, Stack, Text, Title } from '@mantine/core';
import { useCurrentOrganization, useSignedInMe } from '../api/me.js';
import { ApiTokens } from '../components/account/api-tokens.js';
import { CalendarFeedSection } from '../components/account/calendar-feed.js';
import { LeaveOrDelete } from '../components/account/leave-or-delete.js';
import { NotificationPreferencesSection } from '../components/account/notification-preferences.js';
import { EmailForm, NameForm, PasswordForm } from '../components/account/profile-forms.js';
import { Sessions } from '../components/account/sessions.js';
import { PageHeader } from '../components/page-header.js';
import { roleLabels } from '../components/roles.js';

export function AccountRoute() {
  const me = useSignedInMe();
  const organization = useCurrentOrganization();
  return (
    <>
      <PageHeader
        title="Account"
        description="Who you are in Accord and how you sign in, where you are signed in, your calendar, the tokens scripts use to act as you, and leaving."
      />
      <Stack gap="xl" maw={880}>
        <section aria-labelledby="profile-heading">
          <Title order={2} size="h3" mb="sm" id="profile-heading">
            Profile
          </Title>
          <Stack gap="lg">
            <DataList>
              <DataList.Item>
                <DataList.ItemLabel>Role</DataList.ItemLabel>
                <DataList.ItemValue>
                  {roleLabels[organization.role]} of {organization.name}
                </DataList.ItemValue>
              </DataList.Item>
            </DataList>
            <NameForm me={me} />
            <Divider />
            <EmailForm me={me} />
            <Divider />
            <PasswordForm />
          </Stack>
        </section>
        <Sessions />
        <NotificationPreferencesSection />
        <CalendarFeedSection />
        <ApiTokens organizationName={organization.name} />
        <LeaveOrDelete me={me} />
        <section aria-labelledby="api-heading">
          <Title order={2} size="h3" mb="sm" id="api-heading">
            API
          </Title>
          <Text>
            Everything in Accord can be done through its HTTP API. Read the{' '}
            <Anchor href="/api/docs">API reference</Anchor> to see every request and response; send a token as{' '}
            <code>Authorization: Bearer &lt;secret&gt;</code>.
          </Text>
        </section>
      </Stack>
    </>
  );
}
