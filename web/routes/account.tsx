import { Anchor, DataList, Stack, Text, Title } from '@mantine/core';
import { useCurrentOrganization, useSignedInMe } from '../api/me.js';
import { ApiTokens } from '../components/account/api-tokens.js';
import { CalendarFeedSection } from '../components/account/calendar-feed.js';
import { NotificationPreferencesSection } from '../components/account/notification-preferences.js';
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
        description="Who you are in Accord, where you are signed in, your calendar, and the tokens scripts use to act as you."
      />
      <Stack gap="xl" maw={880}>
        <section aria-labelledby="profile-heading">
          <Title order={2} size="h3" mb="sm" id="profile-heading">
            Profile
          </Title>
          <DataList>
            <DataList.Item>
              <DataList.ItemLabel>Name</DataList.ItemLabel>
              <DataList.ItemValue>{me.person.name}</DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>Email</DataList.ItemLabel>
              <DataList.ItemValue>{me.person.email}</DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>Role</DataList.ItemLabel>
              <DataList.ItemValue>
                {roleLabels[organization.role]} of {organization.name}
              </DataList.ItemValue>
            </DataList.Item>
          </DataList>
        </section>
        <Sessions />
        <NotificationPreferencesSection />
        <CalendarFeedSection />
        <ApiTokens organizationName={organization.name} />
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
