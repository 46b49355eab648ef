import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { urlOf } from '../../contract/endpoints/endpoint.js';
import {
  findSsoProvider,
  getSsoSettings,
  removeSsoSettings,
  saveSsoSettings,
  startSsoSignIn,
} from '../../contract/endpoints/sso.js';
import type { SaveSsoSettingsBody } from '../../contract/sso.js';
import { call } from './client.js';

const settingsKey = ['sso-settings'] as const;

/** The organization's identity provider, as its admins see it (never the client secret). */
export function useSsoSettings() {
  return useQuery({ queryKey: settingsKey, queryFn: ({ signal }) => call(getSsoSettings, { signal }) });
}

export function useSaveSsoSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveSsoSettingsBody) => call(saveSsoSettings, { body }),
    onSuccess: (saved) => queryClient.setQueryData(settingsKey, saved),
  });
}

export function useRemoveSsoSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call(removeSsoSettings),
    onSettled: () => queryClient.invalidateQueries({ queryKey: settingsKey }),
  });
}

/** Whether the organization with this slug signs in with a provider, and which; off while slug is empty. */
export function useSsoProvider(slug: string) {
  return useQuery({
    queryKey: ['sso-provider', slug],
    queryFn: ({ signal }) => call(findSsoProvider, { params: { org: slug }, signal }),
    enabled: slug !== '',
    retry: false,
  });
}

/** Where the browser goes to sign in through the organization's provider (the server redirects it on). */
export function ssoSignInHref(slug: string): string {
  return urlOf(startSsoSignIn, { params: { org: slug } });
}
