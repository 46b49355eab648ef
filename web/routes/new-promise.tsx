import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useCurrentOrganization } from '../api/me.js';
import { PageHeader } from '../components/page-header.js';
import { NewPromiseForm } from '../components/promises/new-promise-form.js';

export function NewPromiseRoute() {
  const organization = useCurrentOrganization();
  const [searchParams] = useSearchParams();
  const directionVersionId = searchParams.get('directionVersionId');
  const cycleId = searchParams.get('cycleId');

  return (
    <>
      <Breadcrumbs mb="sm" aria-label="Breadcrumb">
        <Anchor component={Link} to="/promises" size="sm">
          Promises
        </Anchor>
        <Text size="sm" aria-current="page">
          New promise
        </Text>
      </Breadcrumbs>
      <PageHeader
        title="New promise"
        description="A promise is a customer's concern, the conditions that will satisfy it, and a performer who commits to them by a date."
      />
      {organization.can.createPromise ? (
        <>
          {directionVersionId && cycleId && (
            <Text size="sm" mb="md">
              It will cite{' '}
              <Anchor component={Link} to={`/planning/${encodeURIComponent(cycleId)}/direction`} size="sm">
                the direction
              </Anchor>{' '}
              you drafted it from.
            </Text>
          )}
          <NewPromiseForm initialCycleId={cycleId} directionVersionId={directionVersionId} />
        </>
      ) : (
        <Text>Viewers read promises; a member of {organization.name} makes them.</Text>
      )}
    </>
  );
}
