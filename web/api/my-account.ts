import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  changeMyEmail,
  changeMyName,
  changeMyPassword,
  confirmEmail,
  deleteMyAccount,
  forgotPassword,
  leaveOrganization,
  resetPassword,
} from '../../contract/endpoints/my-account.js';
import type {
  ChangeEmailBody,
  ChangeNameBody,
  ChangePasswordBody,
  DeleteAccountBody,
  ForgotPasswordBody,
  ResetPasswordBody,
} from '../../contract/my-account.js';
import { call } from './client.js';
import { meKey, useStartFresh } from './me.js';

export function useChangeMyName() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChangeNameBody) => call(changeMyName, { body }),
    onSuccess: (me) => {
      queryClient.setQueryData(meKey, me);
      // The name shows in lists and promises already cached.
      void queryClient.invalidateQueries({ predicate: ({ queryKey }) => queryKey[0] !== meKey[0] });
    },
  });
}

export function useChangeMyPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChangePasswordBody) => call(changeMyPassword, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['sessions'] }),
  });
}

export function useChangeMyEmail() {
  return useMutation({ mutationFn: (body: ChangeEmailBody) => call(changeMyEmail, { body }) });
}

export function useConfirmEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => call(confirmEmail, { body: { token } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meKey }),
  });
}

/** Leaving the organization one acts in moves the session to another: everything is read afresh. */
export function useLeaveOrganization() {
  const queryClient = useQueryClient();
  const startFresh = useStartFresh();
  return useMutation({
    mutationFn: (organizationId: string) => call(leaveOrganization, { params: { id: organizationId } }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: meKey });
      startFresh(queryClient.getQueryData(meKey) ?? null);
    },
  });
}

export function useDeleteMyAccount() {
  const startFresh = useStartFresh();
  return useMutation({
    mutationFn: (body: DeleteAccountBody) => call(deleteMyAccount, { body }),
    onSuccess: () => startFresh(null),
  });
}

export function useForgotPassword() {
  return useMutation({ mutationFn: (body: ForgotPasswordBody) => call(forgotPassword, { body }) });
}

export function useResetPassword() {
  return useMutation({ mutationFn: (body: ResetPasswordBody) => call(resetPassword, { body }) });
}
