import { z } from 'zod';
import { Notification } from './notifications.js';

export const NotificationKind = Notification.shape.kind;
export type NotificationKind = z.infer<typeof NotificationKind>;

/** Where a kind of notification goes: the bell only, the bell and an email at once, or nowhere. */
export const NotificationChannel = z.enum(['app', 'email', 'off']);
export type NotificationChannel = z.infer<typeof NotificationChannel>;

export const NotificationPreference = z.object({
  kind: NotificationKind,
  channel: NotificationChannel,
  isDefault: z.boolean().describe('Whether this is the default, not a choice the person made'),
});
export type NotificationPreference = z.infer<typeof NotificationPreference>;

export const NotificationPreferences = z
  .object({
    emailEnabled: z.boolean().describe('Whether this instance sends email (ACCORD_SMTP_URL is set)'),
    preferences: z.array(NotificationPreference),
  })
  .meta({ id: 'NotificationPreferences' });
export type NotificationPreferences = z.infer<typeof NotificationPreferences>;

export const UpdateNotificationPreferencesBody = z.object({
  preferences: z
    .array(z.object({ kind: NotificationKind, channel: NotificationChannel }))
    .min(1, 'name at least one kind')
    .max(NotificationKind.options.length)
    .refine((list) => new Set(list.map((p) => p.kind)).size === list.length, 'names a kind twice'),
});
export type UpdateNotificationPreferencesBody = z.infer<typeof UpdateNotificationPreferencesBody>;

export const UnsubscribeParams = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'is not an unsubscribe link'),
});

export const Unsubscribed = z.object({
  kind: NotificationKind,
  organizationName: z.string(),
  channel: NotificationChannel.describe('Where this kind goes now: the bell only'),
});
export type Unsubscribed = z.infer<typeof Unsubscribed>;
