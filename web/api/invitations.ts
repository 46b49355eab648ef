import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Me } from '../../contract/auth.js';
import type { Role } from '../../contract/common.js';
import type {
  AcceptInvitationBody as AcceptInvitationBodySchema,
  CreatedInvitation as CreatedInvitationSchema,
  Invitation,
  InvitationPreview as InvitationPreviewSchema,
} from '../../contract/invitations.js';
import { api } from './client.js';
import { useStartFresh } from './me.js';

export type CreatedInvitation = z.infer<typeof CreatedInvitationSchema>;
export type InvitationPreview = z.infer<typeof InvitationPreviewSchema>;
export type AcceptInvitationBody = z.input<typeof AcceptInvitationBodySchema>;

const invitationsKey = ['invitations'] as const;

export function useInvitations(enabled: boolean) {
  return useQuery({
    queryKey: invitationsKey,
    queryFn: () => api.get<{ invitations: Invitation[] }>('/api/v1/invitations'),
    select: (data) => data.invitations,
    enabled,
  });
}

export function useInvite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; role: Role }) =>
      api.post<CreatedInvitation>('/api/v1/invitations', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationsKey }),
  });
}

export function useRevokeInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/v1/invitations/${encodeURIComponent(id)}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: invitationsKey }),
  });
}

export function useInvitationPreview(token: string) {
  return useQuery({
    queryKey: [...invitationsKey, 'preview', token],
    queryFn: () => api.get<InvitationPreview>(`/api/v1/invitations/preview/${encodeURIComponent(token)}`),
    retry: false,
  });
}

export function useAcceptInvitation() {
  const startFresh = useStartFresh();
  return useMutation({
    mutationFn: async (body: AcceptInvitationBody) => {
      const result = await api.post<{ organizationId: string }>('/api/v1/invitations/accept', body);
      // Accepting signs a newcomer in, or switches a signed-in person to the organization.
      startFresh(await api.get<Me>('/api/v1/me'));
      return result;
    },
  });
}
