import { useQueryClient } from '@tanstack/react-query';
import { inboxKey } from './inbox.js';
import { notificationsKey } from './notifications.js';

/** The planning round trip: timeline, board, direction, reviews and capacity. */
export const planningKey = ['planning'] as const;
export const timelineKey = (cycleId: string) => [...planningKey, 'timeline', cycleId] as const;
export const boardKey = [...planningKey, 'board'] as const;
export const capacityKey = [...planningKey, 'capacity'] as const;

/**
 * What a planning change may show elsewhere: the board and the capacities (derived from
 * everything), the inbox (milestones owed, reviews asked) and the bell.
 */
export function useDerivedChanged() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: boardKey }),
      queryClient.invalidateQueries({ queryKey: capacityKey }),
      queryClient.invalidateQueries({ queryKey: inboxKey }),
      queryClient.invalidateQueries({ queryKey: notificationsKey }),
    ]);
}
