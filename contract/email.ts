import { z } from 'zod';
import { Notification } from './notifications.js';

/**
 * What a person chooses a channel for: every kind of notification, and the weekly digest of the
 * organization's progress (an email, never in the bell).
 */
export const NotificationKind = z.enum([...Notification.shape.kind.options, 'weekly-digest']);
export type NotificationKind = z.infer<typeof NotificationKind>;

/**
 * Where a kind of notification goes: the bell only, the bell and an email at once, the bell and
 * the next daily summary email, or nowhere.
 */
export const NotificationChannel = z.enum(['app', 'email', 'daily', 'off']);
export type NotificationChannel = z.infer<typeof NotificationChannel>;

/** The weekly digest is an email or nothing: it is not a notification of the bell. */
export const DIGEST_CHANNELS: readonly NotificationChannel[] = ['email', 'off'];

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
    .refine((list) => new Set(list.map((p) => p.kind)).size === list.length, 'names a kind twice')
    .refine(
      (list) => list.every((p) => p.kind !== 'weekly-digest' || DIGEST_CHANNELS.includes(p.channel)),
      'the weekly digest goes by email or not at all',
    ),
});
export type UpdateNotificationPreferencesBody = z.infer<typeof UpdateNotificationPreferencesBody>;

export const UnsubscribeParams = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'is not an unsubscribe link'),
});

export const Unsubscribed = z.object({
  kind: z
    .enum([...NotificationKind.options, 'daily-summary'])
    .describe('The kind of email stopped; the daily summary stops every kind that went into it'),
  organizationName: z.string(),
  channel: NotificationChannel.describe('Where this kind goes now: the bell only (the digest: off)'),
});
export type Unsubscribed = z.infer<typeof Unsubscribed>;
