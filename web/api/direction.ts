import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CommentDirectionBody, DirectionDocument } from '../../contract/direction.js';
import {
  commentOnDirection,
  getDirection,
  publishDirection,
  saveDirectionDraft,
} from '../../contract/endpoints/direction.js';
import { call } from './client.js';
import { planningKey, timelineKey, useDerivedChanged } from './planning-keys.js';

const directionKey = (cycleId: string) => [...planningKey, 'direction', cycleId] as const;

export function useDirection(cycleId: string) {
  return useQuery({
    queryKey: directionKey(cycleId),
    queryFn: ({ signal }) => call(getDirection, { params: { id: cycleId }, signal }),
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
    call(saveDirectionDraft, { params: { id: cycleId }, body: { markdown } }),
  );
}

export function usePublishDirection(cycleId: string) {
  return useDirectionWrite<void>(cycleId, () => call(publishDirection, { params: { id: cycleId } }));
}

export function useCommentOnDirection(cycleId: string) {
  return useDirectionWrite(cycleId, (body: z.input<typeof CommentDirectionBody>) =>
    call(commentOnDirection, { params: { id: cycleId }, body }),
  );
}
