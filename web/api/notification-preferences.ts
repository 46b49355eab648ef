import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UpdateNotificationPreferencesBody } from '../../contract/email.js';
import { getNotificationPreferences, updateNotificationPreferences } from '../../contract/endpoints/email.js';
import { call } from './client.js';

const preferencesKey = ['notification-preferences'] as const;

export function useNotificationPreferences() {
  return useQuery({
    queryKey: preferencesKey,
    queryFn: ({ signal }) => call(getNotificationPreferences, { signal }),
  });
}

export function useUpdateNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateNotificationPreferencesBody) => call(updateNotificationPreferences, { body }),
    onSuccess: (preferences) => queryClient.setQueryData(preferencesKey, preferences),
  });
}
