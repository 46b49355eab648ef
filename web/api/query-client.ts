import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, isUnauthenticated } from './client.js';
import { meKey } from './me.js';

/**
 * When a session ends while the app is open (it expired, or was signed out elsewhere), any refused
 * request marks the person signed out, and the route guard takes them to sign in.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: signOutOn401 }),
    mutationCache: new MutationCache({ onError: signOutOn401 }),
    defaultOptions: {
      queries: {
        // A refusal (4xx) will not change by asking again; a network or server failure may.
        retry: (failures, error) =>
          !(error instanceof ApiError && error.status < 500 && error.status > 0) && failures < 2,
      },
    },
  });
  function signOutOn401(error: Error): void {
    if (isUnauthenticated(error)) client.setQueryData(meKey, null);
  }
  return client;
}
