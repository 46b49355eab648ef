import { z } from 'zod';
import { Id, Timestamp } from './common.js';
import { PageQuery, pageOf } from './pages.js';

export const Notification = z
  .object({
    id: Id,
    kind: z.enum([
      'ask-received',
      'offer-received',
      'counter-received',
      'promise-agreed',
      'promise-declined',
      'renegotiation-proposed',
      'completion-reported',
      'promise-assessed',
      'check-in-posted',
      'check-in-answered',
      'dependency-acknowledged',
      'review-requested',
      'question-raised',
      'question-answered',
      'milestone-near',
      'milestone-missed',
      'dependency-declined',
      'promise-ended',
      'webhook-disabled',
      'check-in-due',
      'mentioned',
      'reply-by-near',
      'finding-opened',
    ]),
    title: z.string(),
    promiseId: Id.nullable(),
    cycleId: Id.nullable(),
    at: Timestamp,
    readAt: Timestamp.nullable(),
  })
  .meta({ id: 'Notification' });
export type Notification = z.infer<typeof Notification>;

export const NotificationList = pageOf('notifications', Notification).extend({ unread: z.number().int() });
export const NotificationsQuery = PageQuery(20);
export type NotificationList = z.infer<typeof NotificationList>;
