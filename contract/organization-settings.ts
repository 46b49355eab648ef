import { z } from 'zod';

/**
 * The IANA time zones an organization may be on: the runtime's own list (ICU's canonical names),
 * plus UTC, which every organization starts on and which that list leaves out.
 */
export function timeZoneNames(): string[] {
  return ['UTC', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC')];
}

let known: Set<string> | undefined;

/** Spelt as IANA spells its names: Europe/Paris, America/Argentina/Buenos_Aires, UTC, not utc. */
const IANA_SPELLING = /^[A-Z][A-Za-z0-9_+-]*(\/[A-Z0-9][A-Za-z0-9_+-]*)*$/;

/**
 * A zone of the list, or an IANA alias of one: the list holds ICU's canonical names, which lag
 * behind IANA's (Asia/Calcutta for Asia/Kolkata, Europe/Kiev for Europe/Kyiv), and people write the
 * newer ones. Aliases are kept as written; Intl resolves them wherever they are used.
 */
export function isTimeZoneName(zone: string): boolean {
  known ??= new Set(timeZoneNames());
  if (known.has(zone)) return true;
  if (!IANA_SPELLING.test(zone)) return false;
  try {
    return known.has(new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone);
  } catch {
    return false;
  }
}

export const TimeZoneName = z
  .string({ error: 'is required' })
  .max(64, 'must have at most 64 characters')
  .refine(isTimeZoneName, 'must be an IANA time zone such as Europe/Paris or UTC')
  .describe('An IANA time zone name, e.g. Europe/Paris; UTC by default')
  .meta({ id: 'TimeZoneName' });

/** The organization's own settings; its planning timeline has its own (PlanningSettings). */
export const OrganizationSettings = z
  .object({
    timeZone: TimeZoneName.describe(
      "The organization's local time: the daily summary goes at 08:00 and the weekly digest on Monday at 09:00 there, and their dates are its dates",
    ),
  })
  .meta({ id: 'OrganizationSettings' });
export type OrganizationSettings = z.infer<typeof OrganizationSettings>;

export const UpdateOrganizationSettingsBody = z
  .object({ timeZone: TimeZoneName.optional() })
  .meta({ id: 'UpdateOrganizationSettingsBody' });
export type UpdateOrganizationSettingsBody = z.infer<typeof UpdateOrganizationSettingsBody>;
