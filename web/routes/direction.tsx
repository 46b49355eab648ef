import { Anchor, Breadcrumbs, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { ApiError } from '../api/client.js';
import { useCycles } from '../api/cycles.js';
import { useDirection } from '../api/direction.js';
import { useCurrentOrganization } from '../api/me.js';
import { DirectionEditor } from '../components/direction/direction-editor.js';
import { PublishedDirection } from '../components/direction/published-direction.js';
import { PageHeader } from '../components/page-header.js';
import { LoadError, PageLoader } from '../components/query-state.js';

/** A cycle's direction document: leadership writes and publishes it; everyone reads and comments. */
export function DirectionRoute() {
  const { cycleId = '' } = useParams();
  const organization = useCurrentOrganization();
  const direction = useDirection(cycleId);
  const cycleName = useCycles().data?.find((cycle) => cycle.id === cycleId)?.name;
  const title = cycleName ? `Direction for ${cycleName}` : 'Direction';

  const breadcrumbs = (
    <Breadcrumbs mb="sm" aria-label="Breadcrumb">
      <Anchor component={Link} to={`/planning?cycle=${encodeURIComponent(cycleId)}`} size="sm">
        Planning{cycleName ? ` of ${cycleName}` : ''}
      </Anchor>
      <Text size="sm" aria-current="page">
        Direction
      </Text>
    </Breadcrumbs>
  );

  if (direction.isPending) return <PageLoader label="Loading the direction" />;
  if (direction.error) {
    const isMissing = direction.error instanceof ApiError && direction.error.status === 404;
    return (
      <>
        {breadcrumbs}
        <PageHeader title={isMissing ? 'Cycle not found' : title} />
        {isMissing ? (
          <Text>
            This cycle does not exist in your organization.{' '}
            <Anchor component={Link} to="/planning">
              Back to planning
            </Anchor>
          </Text>
        ) : (
          <LoadError error={direction.error} onRetry={() => direction.refetch()} />
        )}
      </>
    );
  }
  const document = direction.data;
  return (
    <>
      {breadcrumbs}
      <PageHeader
        title={title}
        description="Leadership's direction for the cycle: where teams' drafts start, and a starting point for discussion, not a given."
      />
      <Stack gap="xl">
        {document.can.edit && (
          <section aria-labelledby="draft-heading">
            <Title order={2} size="h3" mb="sm" id="draft-heading">
              Draft
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              Only leadership sees the draft. Publishing keeps every earlier version.
            </Text>
            <DirectionEditor cycleId={cycleId} document={document} />
          </section>
        )}
        <section aria-labelledby="published-heading">
          <Title order={2} size="h3" mb="sm" id="published-heading">
            Published
          </Title>
          <PublishedDirection
            key={document.versions[0]?.id ?? 'none'}
            cycleId={cycleId}
            document={document}
            canDraftPromise={organization.can.createPromise}
          />
        </section>
      </Stack>
    </>
  );
}
