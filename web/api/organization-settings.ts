import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  getOrganizationSettings,
  updateOrganizationSettings,
} from '../../contract/endpoints/organization-settings.js';
import type { UpdateOrganizationSettingsBody } from '../../contract/organization-settings.js';
import { call } from './client.js';

const settingsKey = ['organization-settings'] as const;

/** The organization's own settings: its time zone. */
export function useOrganizationSettings() {
  return useQuery({
    queryKey: settingsKey,
    queryFn: ({ signal }) => call(getOrganizationSettings, { signal }),
  });
}

export function useUpdateOrganizationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateOrganizationSettingsBody) => call(updateOrganizationSettings, { body }),
    onSuccess: (settings) => {
      queryClient.setQueryData(settingsKey, settings);
      // The digest's dates are the organization's.
      return queryClient.invalidateQueries({ queryKey: ['digest-preview'] });
    },
  });
}
