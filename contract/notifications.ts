import { z } from 'zod';
import { Id, Timestamp } from './common.js';

export const Notification = z
  .object({
    id: Id,
    kind: z.enum([
      'ask-received',
      'review-requested',
      'question-raised',
      'question-answered',
      'milestone-near',
      'milestone-missed',
      'dependency-declined',
      'promise-ended',
    ]),
    title: z.string(),
    promiseId: Id.nullable(),
    cycleId: Id.nullable(),
    at: Timestamp,
    readAt: Timestamp.nullable(),
  })
  .meta({ id: 'Notification' });
export type Notification = z.infer<typeof Notification>;

export const NotificationList = z.object({ notifications: z.array(Notification), unread: z.number().int() });
export type NotificationList = z.infer<typeof NotificationList>;
