import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useCheckInByLink, useCheckInLink } from '../api/check-ins.js';
import { errorMessage } from '../api/client.js';
import { CheckInForm } from '../components/check-ins/check-in-form.js';
import { PublicLayout } from '../components/layout/public-layout.js';
import { PageLoader } from '../components/query-state.js';

/**
 * /check-in/:token — the one screen a reminder's link opens: the promise's key results with their
 * values, confidence, status and a note, sent without signing in. The link works once.
 */
export function CheckInLinkRoute() {
  const { token = '' } = useParams();
  const link = useCheckInLink(token);
  const save = useCheckInByLink(token);
  if (link.isPending) return <PageLoader label="Opening your check-in" />;
  if (link.error) {
    return (
      <PublicLayout title="This check-in link cannot be used">
        <Alert color="red" role="alert">
          {errorMessage(link.error)}
        </Alert>
        <Text size="sm">
          <Anchor component={Link} to="/sign-in">
            Sign in
          </Anchor>{' '}
          to check in from the promise's page.
        </Text>
      </PublicLayout>
    );
  }
  const { promise, person, organizationName, progress } = link.data;
  const last = progress.confidence.at(-1);
  return (
    <PublicLayout
      title={`Check in on ${promise.title}`}
      description={`As ${person.name}, in ${organizationName}. This link works once.`}
      width={720}
    >
      {save.isSuccess ? (
        <Stack>
          <Text role="status">Your check-in is recorded. Thank you.</Text>
          <Text size="sm">
            <Anchor component={Link} to={`/promises/${promise.id}`}>
              Open the promise
            </Anchor>{' '}
            (you may need to sign in).
          </Text>
        </Stack>
      ) : (
        <CheckInForm
          promiseId={promise.id}
          keyResults={progress.keyResults}
          last={last ? { confidence: last.confidence, status: last.status } : undefined}
          submitTo={save}
        />
      )}
    </PublicLayout>
  );
}
