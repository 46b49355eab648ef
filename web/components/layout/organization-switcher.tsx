import { Button, Modal, Select, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { useSignedInMe, useSwitchOrganization } from '../../api/me.js';
import { CreateOrganizationForm } from '../create-organization-form.js';
import { notifyFailure, notifySuccess } from '../notify.js';
import { roleLabels } from '../roles.js';

/** Which organization the session acts in; switching starts over on its home page. */
export function OrganizationSwitcher({ onSwitched }: { onSwitched: () => void }) {
  const me = useSignedInMe();
  const switchOrganization = useSwitchOrganization();
  const navigate = useNavigate();
  const [isCreating, creating] = useDisclosure(false);
  const current = me.organization;

  const choose = (organizationId: string | null) => {
    if (!organizationId || organizationId === current?.id) return;
    switchOrganization.mutate(organizationId, {
      onSuccess: (next) => {
        notifySuccess(`Switched to ${next.organization?.name ?? 'the organization'}`);
        navigate('/');
        onSwitched();
      },
      onError: (error) => notifyFailure('Could not switch organization', error),
    });
  };

  return (
    <Stack gap="xs">
      <Select
        label="Organization"
        description={current ? `Your role: ${roleLabels[current.role]}` : undefined}
        data={me.organizations.map((organization) => ({ value: organization.id, label: organization.name }))}
        value={current?.id ?? null}
        onChange={choose}
        allowDeselect={false}
        disabled={switchOrganization.isPending}
        checkIconPosition="right"
        comboboxProps={{ withinPortal: true }}
      />
      <Button
        variant="subtle"
        size="compact-sm"
        leftSection={<IconPlus size={14} aria-hidden="true" />}
        onClick={creating.open}
        style={{ alignSelf: 'flex-start' }}
      >
        Create organization
      </Button>
      <Modal opened={isCreating} onClose={creating.close} title="Create an organization">
        <CreateOrganizationForm
          onCancel={creating.close}
          onCreated={() => {
            creating.close();
            navigate('/');
            onSwitched();
          }}
        />
      </Modal>
    </Stack>
  );
}
