import { Divider, Stack, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { setupKey, useSetupStatus } from '../api/setup.js';
import { CreateAccountForm } from '../components/create-account-form.js';
import { PublicLayout } from '../components/layout/public-layout.js';
import { LoadError, PageLoader } from '../components/query-state.js';
import { DemoLoader } from '../components/setup/demo-loader.js';

/** First run: the instance has no organization yet. Create one, or load the demo. */
export function SetupRoute() {
  const status = useSetupStatus();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [isLoadingDemo, setIsLoadingDemo] = useState(false);

  if (status.isPending) return <PageLoader />;
  if (status.error) {
    return (
      <PublicLayout title="Set up Accord">
        <LoadError error={status.error} onRetry={() => status.refetch()} />
      </PublicLayout>
    );
  }
  // Once set up, this page has nothing to offer, except to whoever is watching the demo load.
  if (!status.data.needsSetup && !isLoadingDemo) return <Navigate to="/sign-in" replace />;

  const onCreated = () => {
    queryClient.setQueryData(setupKey, { ...status.data, needsSetup: false });
    navigate('/', { replace: true });
  };

  return (
    <PublicLayout
      title="Set up Accord"
      description="This Accord has no organization yet. Create yours and its owner account, or look around a demo company first."
      width={560}
    >
      {!isLoadingDemo && (
        <>
          <section aria-labelledby="create-organization-heading">
            <Stack gap="md">
              <Title order={2} size="h4" id="create-organization-heading">
                Create your organization
              </Title>
              <CreateAccountForm onCreated={onCreated} />
            </Stack>
          </section>
          <Divider label="or" labelPosition="center" />
        </>
      )}
      <section aria-labelledby="demo-heading">
        <Stack gap="md">
          <Title order={2} size="h4" id="demo-heading">
            Try the demo organization
          </Title>
          <DemoLoader
            onStarted={() => {
              setIsLoadingDemo(true);
              queryClient.setQueryData(setupKey, { ...status.data, needsSetup: false });
            }}
          />
        </Stack>
      </section>
    </PublicLayout>
  );
}
