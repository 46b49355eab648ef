import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  acceptInvitation,
  invitePerson,
  listInvitations,
  previewInvitation,
  resendInvitation,
  revokeInvitation,
} from '../../contract/endpoints/invitations.js';
import { getMe } from '../../contract/endpoints/me.js';
import type { AcceptInvitationBody, CreateInvitationBody } from '../../contract/invitations.js';
import { call } from './client.js';
import { useStartFresh } from './me.js';
import { nextOffset } from './pages.js';

const invitationsKey = ['invitations'] as const;

/**
 * The organization's invitations neither accepted nor revoked (pending, or expired and so to resend),
 * newest first, a page at a time ("Show more" fetches the next).
 */
export function useInvitations(enabled: boolean) {
  return useInfiniteQuery({
    queryKey: invitationsKey,
    queryFn: ({ signal, pageParam }) =>
      call(listInvitations, { query: { unanswered: 'true', offset: pageParam }, signal }),
    initialPageParam: 0,
    getNextPageParam: nextOffset,
    select: (data) => ({
      invitations: data.pages.flatMap((page) => page.invitations),
      total: data.pages.at(-1)?.total ?? 0,
    }),
    enabled,
  });
}

export function useInvite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof CreateInvitationBody>) => call(invitePerson, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationsKey }),
  });
}

export function useRevokeInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(revokeInvitation, { params: { id } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: invitationsKey }),
  });
}

/** A new link with a new lifetime, emailed when email is on; the old link stops working. */
export function useResendInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(resendInvitation, { body: { id } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: invitationsKey }),
  });
}

export function useInvitationPreview(token: string) {
  return useQuery({
    queryKey: [...invitationsKey, 'preview', token],
    queryFn: ({ signal }) => call(previewInvitation, { params: { token }, signal }),
    retry: false,
  });
}

export function useAcceptInvitation() {
  const startFresh = useStartFresh();
  return useMutation({
    mutationFn: async (body: z.input<typeof AcceptInvitationBody>) => {
      const result = await call(acceptInvitation, { body });
      // Accepting signs a newcomer in, or switches a signed-in person to the organization.
      startFresh(await call(getMe));
      return result;
    },
  });
}
