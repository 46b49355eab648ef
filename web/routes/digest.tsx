import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDigestPreview } from '../api/digest.js';
import { useCurrentOrganization } from '../api/me.js';
import { formatInstant } from '../components/format.js';
import { OrganizationTimeZoneForm } from '../components/organization/time-zone-form.js';
import { PageHeader } from '../components/page-header.js';
import { LoadError, PageLoader } from '../components/query-state.js';

/** Owners and admins read this week's digest before it goes out, Monday at 09:00, and set the organization's time zone. */
export function DigestRoute() {
  const organization = useCurrentOrganization();
  if (!organization.can.manageIntegrations) {
    return (
      <>
        <PageHeader title="Weekly digest" />
        <Text>Only owners and admins of {organization.name} preview its weekly digest.</Text>
      </>
    );
  }
  return <DigestPreviewPage />;
}

function DigestPreviewPage() {
  const preview = useDigestPreview();
  return (
    <>
      <PageHeader
        title="Weekly digest"
        description="The email every member gets on Monday at 09:00 in the organization's time zone, unless they turned it off: progress, risks, completions, missing check-ins, new findings and changes in score."
        actions={
          <Button variant="default" loading={preview.isFetching} onClick={() => void preview.refetch()}>
            Refresh
          </Button>
        }
      />
      <section aria-labelledby="time-zone-heading">
        <Title order={2} size="h3" mb="sm" id="time-zone-heading">
          Organization time zone
        </Title>
        <OrganizationTimeZoneForm />
      </section>
      <Title order={2} size="h3" mt="xl" mb="sm">
        This week's digest
      </Title>
      {preview.isPending ? (
        <PageLoader label="Loading the digest" />
      ) : preview.error ? (
        <LoadError error={preview.error} onRetry={() => preview.refetch()} />
      ) : (
        <Stack gap="md">
          <Group gap="xs">
            <Text>
              Covers <time dateTime={preview.data.since}>{formatInstant(preview.data.since)}</time> to{' '}
              <time dateTime={preview.data.until}>{formatInstant(preview.data.until)}</time>.
            </Text>
          </Group>
          {preview.data.isEmpty && (
            <Alert color="gray" variant="light" title="Nothing to tell this week">
              With nothing at risk, completed, missing or new, no digest goes out.
            </Alert>
          )}
          <Title order={3} size="h4">
            Subject: {preview.data.subject}
          </Title>
          <Paper withBorder radius="sm" style={{ overflow: 'hidden' }}>
            {/* The email's own HTML, sandboxed: no script runs and its links open outside the app. */}
            <iframe
              title="The weekly digest email"
              srcDoc={preview.data.html}
              sandbox="allow-popups allow-popups-to-escape-sandbox"
              style={{ width: '100%', height: 720, border: 0, display: 'block', background: '#fff' }}
            />
          </Paper>
        </Stack>
      )}
    </>
  );
}
