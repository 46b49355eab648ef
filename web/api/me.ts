import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CreateOrganizationBody,
  LoginBody,
  Me,
  OrganizationSummary,
  SignupBody,
} from '../../contract/auth.js';
import { confirmSignUp, logIn, logOut, signUp } from '../../contract/endpoints/auth.js';
import { createOrganization, getMe, switchOrganization } from '../../contract/endpoints/me.js';
import { call, isUnauthenticated } from './client.js';

export const meKey = ['me'] as const;

/** Who is signed in; null when nobody is (the API answers 401). */
export function useMe() {
  return useQuery({
    queryKey: meKey,
    queryFn: async (): Promise<Me | null> => {
      try {
        return await call(getMe);
      } catch (error) {
        if (isUnauthenticated(error)) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

/** The signed-in person, for components rendered only inside the signed-in app. */
export function useSignedInMe(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useSignedInMe is used outside the signed-in app');
  return data;
}

/** The organization the signed-in person acts in; the route guard renders the app only when there is one. */
export function useCurrentOrganization(): OrganizationSummary {
  const { organization } = useSignedInMe();
  if (!organization) throw new Error('useCurrentOrganization is used outside an organization');
  return organization;
}

/** Cached answers that belong to no organization: who is signed in, and an invitation being answered. */
function isSessionIndependent(queryKey: readonly unknown[]): boolean {
  return queryKey[0] === meKey[0] || (queryKey[0] === 'invitations' && queryKey[1] === 'preview');
}

/**
 * Data of one organization must never show in another: after signing in or out, joining, or
 * switching, everything else cached is dropped, and what is on screen is fetched afresh.
 */
export function useStartFresh() {
  const queryClient = useQueryClient();
  return (me: Me | null) => {
    queryClient.setQueryData(meKey, me);
    const predicate = ({ queryKey }: { queryKey: readonly unknown[] }) => !isSessionIndependent(queryKey);
    if (me) void queryClient.resetQueries({ predicate });
    else queryClient.removeQueries({ predicate });
  };
}

export function useSignIn() {
  const startFresh = useStartFresh();
  return useMutation({
    mutationFn: (body: LoginBody) => call(logIn, { body }),
    onSuccess: startFresh,
  });
}

export function useSignUp() {
  const startFresh = useStartFresh();
  return useMutation({
    mutationFn: (body: SignupBody) => call(signUp, { body }),
    // Where sign-up is confirmed by email, nobody is signed in yet: the form says to check it.
    onSuccess: (answer) => {
      if (!('pending' in answer)) startFresh(answer);
    },
  });
}

/** Finishes a sign-up from its emailed link: the account is made and signed in. */
export function useConfirmSignUp() {
  const startFresh = useStartFresh();
  return useMutation({
    mutationFn: (token: string) => call(confirmSignUp, { body: { token } }),
    onSuccess: startFresh,
  });
}

export function useSignOut() {
  const startFresh = useStartFresh();
  return useMutation({
    mutationFn: () => call(logOut),
    onSuccess: () => startFresh(null),
  });
}

export function useSwitchOrganization() {
  const startFresh = useStartFresh();
  return useMutation({
    mutationFn: (organizationId: string) => call(switchOrganization, { body: { organizationId } }),
    onSuccess: startFresh,
  });
}

export function useCreateOrganization() {
  const startFresh = useStartFresh();
  return useMutation({
    mutationFn: async (body: z.input<typeof CreateOrganizationBody>) => {
      const organization = await call(createOrganization, { body });
      // The server switched this session to the new organization; read who we are there.
      startFresh(await call(getMe));
      return organization;
    },
  });
}
