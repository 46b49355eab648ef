import { Button, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { pageCount } from '../../contract/pages.js';
import { useCurrentOrganization, useSignedInMe } from '../api/me.js';
import { usePeople } from '../api/people.js';
import { PageHeader } from '../components/page-header.js';
import { PagePicker } from '../components/page-picker.js';
import { InviteDialog } from '../components/people/invite-dialog.js';
import { PendingInvitations } from '../components/people/pending-invitations.js';
import { PeopleTable } from '../components/people/people-table.js';
import { LoadError, PageLoader } from '../components/query-state.js';
import { ScimProvisioning } from '../components/scim/provisioning.js';

const PAGE_SIZE = 25;

export function PeopleRoute() {
  const me = useSignedInMe();
  const organization = useCurrentOrganization();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 250);
  const [page, setPage] = useState(1);
  const people = usePeople(debouncedSearch, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const [isInviting, inviting] = useDisclosure(false);

  return (
    <>
      <PageHeader
        title="People"
        description={`Members of ${organization.name}, their roles and teams.`}
        actions={
          organization.can.invite && (
            <Button leftSection={<IconUserPlus size={18} aria-hidden="true" />} onClick={inviting.open}>
              Invite person
            </Button>
          )
        }
      />
      <Stack gap="xl">
        <Stack gap="md">
          <TextInput
            label="Search people"
            placeholder="Name or email"
            type="search"
            leftSection={<IconSearch size={16} aria-hidden="true" />}
            value={search}
            onChange={(event) => {
              setSearch(event.currentTarget.value);
              setPage(1);
            }}
            maw={360}
          />
          {people.isPending ? (
            <PageLoader label="Loading people" />
          ) : people.error ? (
            <LoadError error={people.error} onRetry={() => people.refetch()} />
          ) : (
            <>
              <PeopleTable
                people={people.data.people}
                total={people.data.total}
                page={{ page, pages: pageCount(people.data) }}
                search={debouncedSearch}
                actorId={me.person.id}
                organizationName={organization.name}
              />
              <PagePicker pages={pageCount(people.data)} page={page} onChange={setPage} />
            </>
          )}
        </Stack>
        {organization.can.seeInvitations && <PendingInvitations />}
        {organization.can.manageIntegrations && <ScimProvisioning organizationName={organization.name} />}
      </Stack>
      {organization.can.invite && (
        <InviteDialog opened={isInviting} onClose={inviting.close} roles={organization.can.inviteAs} />
      )}
    </>
  );
}
