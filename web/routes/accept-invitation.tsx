import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import type { InvitationPreview } from '../../contract/invitations.js';
import { errorMessage } from '../api/client.js';
import { useAcceptInvitation, useInvitationPreview } from '../api/invitations.js';
import { useMe, useSignOut } from '../api/me.js';
import { JoinAsNewcomerForm } from '../components/join-as-newcomer-form.js';
import { PublicLayout } from '../components/layout/public-layout.js';
import { notifySuccess } from '../components/notify.js';
import { FormError, PageLoader } from '../components/query-state.js';
import { roleWithArticle } from '../components/roles.js';

/** /invite/:token — whoever got an invitation link joins the organization it names. */
export function AcceptInvitationRoute() {
  const { token = '' } = useParams();
  const preview = useInvitationPreview(token);
  const me = useMe();

  if (preview.isPending || me.isPending) return <PageLoader label="Opening the invitation" />;
  if (preview.error) {
    return (
      <PublicLayout title="This invitation cannot be used">
        <Alert color="red" role="alert">
          {errorMessage(preview.error)}
        </Alert>
        <Text size="sm">
          Ask the person who invited you for a new link, or{' '}
          <Anchor component={Link} to="/sign-in">
            sign in
          </Anchor>
          .
        </Text>
      </PublicLayout>
    );
  }
  const invitation = preview.data;
  return (
    <PublicLayout
      title={`Join ${invitation.organization.name}`}
      description={
        <>
          You are invited to join {invitation.organization.name} as{' '}
          <strong>{roleWithArticle[invitation.role]}</strong>, with the email {invitation.email}.
        </>
      }
    >
      <InvitationAnswer token={token} invitation={invitation} signedInEmail={me.data?.person.email ?? null} />
    </PublicLayout>
  );
}

function InvitationAnswer({
  token,
  invitation,
  signedInEmail,
}: {
  token: string;
  invitation: InvitationPreview;
  signedInEmail: string | null;
}) {
  const navigate = useNavigate();
  const accept = useAcceptInvitation();
  const signOut = useSignOut();
  const joined = () => {
    notifySuccess(`Welcome to ${invitation.organization.name}`);
    navigate('/', { replace: true });
  };

  if (signedInEmail === invitation.email) {
    return (
      <Stack>
        <FormError message={accept.error ? errorMessage(accept.error) : null} />
        <Button loading={accept.isPending} onClick={() => accept.mutate({ token }, { onSuccess: joined })}>
          Accept invitation
        </Button>
      </Stack>
    );
  }
  if (signedInEmail !== null) {
    return (
      <Stack>
        <Alert color="yellow" title="Signed in as someone else">
          You are signed in as {signedInEmail}. Sign out, then open this link again to join as{' '}
          {invitation.email}.
        </Alert>
        <Button variant="default" loading={signOut.isPending} onClick={() => signOut.mutate()}>
          Sign out
        </Button>
      </Stack>
    );
  }
  if (invitation.hasAccount) {
    return (
      <Stack>
        <Text>You already have an Accord account. Sign in as {invitation.email} to accept.</Text>
        <Button
          component={Link}
          to={`/sign-in?email=${encodeURIComponent(invitation.email)}`}
          state={{ from: `/invite/${token}` }}
        >
          Sign in to accept
        </Button>
      </Stack>
    );
  }
  return (
    <JoinAsNewcomerForm token={token} organizationName={invitation.organization.name} onJoined={joined} />
  );
}
