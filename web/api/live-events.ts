import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { urlOf } from '../../contract/endpoints/endpoint.js';
import { streamEvents } from '../../contract/endpoints/events.js';
import { LiveEvent } from '../../contract/live-events.js';
import { progressKey } from './check-ins.js';
import { findingsKey } from './findings.js';
import { inboxKey } from './inbox.js';
import { notificationsKey } from './notifications.js';
import { promisesKey } from './promises.js';

/** What each event makes stale: the inbox, the bell and the open promise page refetch at once. */
function refresh(queryClient: QueryClient, event: LiveEvent): void {
  const invalidate = (queryKey: readonly unknown[]) => void queryClient.invalidateQueries({ queryKey });
  switch (event.kind) {
    case 'promise-moved':
    case 'check-in-written':
      invalidate(inboxKey);
      invalidate([...promisesKey, 'one', event.promiseId]);
      invalidate(progressKey(event.promiseId));
      return;
    case 'notifications-created':
      invalidate(notificationsKey);
      invalidate(inboxKey);
      return;
    case 'findings-changed':
      invalidate(findingsKey);
      invalidate(inboxKey);
      return;
    case 'resync':
      void queryClient.invalidateQueries();
  }
}

/**
 * While the signed-in app is open, listens to the server's live events and refreshes what they
 * concern, so another person's move shows without a reload. The browser's EventSource reconnects
 * by itself (after the `retry` the server names) when the connection drops; polling stays as the
 * fallback where a proxy does not pass the stream.
 */
export function useLiveEvents(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const source = new EventSource(urlOf(streamEvents));
    // What changed before the stream was listening (while the page loaded, or while it reconnected)
    // came with no event: each time it opens, the live parts are read again once.
    source.onopen = () => {
      for (const queryKey of [inboxKey, notificationsKey, [...promisesKey, 'one']]) {
        void queryClient.invalidateQueries({ queryKey });
      }
    };
    source.onmessage = (message: MessageEvent<string>) => {
      let data: unknown;
      try {
        data = JSON.parse(message.data);
      } catch {
        return;
      }
      const event = LiveEvent.safeParse(data);
      if (event.success) refresh(queryClient, event.data);
    };
    return () => source.close();
  }, [queryClient]);
}
