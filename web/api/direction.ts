import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DirectionDocument } from '../../contract/direction.js';
import { api } from './client.js';
import { cyclePath, planningKey, timelineKey, useDerivedChanged } from './planning-keys.js';

const directionKey = (cycleId: string) => [...planningKey, 'direction', cycleId] as const;

export function useDirection(cycleId: string) {
  return useQuery({
    queryKey: directionKey(cycleId),
    queryFn: ({ signal }) => api.get<DirectionDocument>(`${cyclePath(cycleId)}/direction`, { signal }),
  });
}

/** Every direction write answers with the whole document, which replaces the cached one. */
function useDirectionWrite<T>(cycleId: string, write: (input: T) => Promise<DirectionDocument>) {
  const queryClient = useQueryClient();
  const derivedChanged = useDerivedChanged();
  return useMutation({
    mutationFn: write,
    onSuccess: (document) => {
      queryClient.setQueryData(directionKey(cycleId), document);
      void queryClient.invalidateQueries({ queryKey: timelineKey(cycleId) });
      return derivedChanged();
    },
  });
}

export function useSaveDirectionDraft(cycleId: string) {
  return useDirectionWrite(cycleId, (markdown: string) =>
    api.put<DirectionDocument>(`${cyclePath(cycleId)}/direction`, { markdown }),
  );
}

export function usePublishDirection(cycleId: string) {
  return useDirectionWrite<void>(cycleId, () =>
    api.post<DirectionDocument>(`${cyclePath(cycleId)}/direction/publish`),
  );
}

export function useCommentOnDirection(cycleId: string) {
  return useDirectionWrite(cycleId, (body: { text: string; versionId?: string }) =>
    api.post<DirectionDocument>(`${cyclePath(cycleId)}/direction/comments`, body),
  );
}
