import { z } from 'zod';

/**
 * The IANA time zones an organization may be on: the runtime's own list (ICU's canonical names),
 * plus UTC, which every organization starts on and which that list leaves out.
 */
export function timeZoneNames(): string[] {
  return ['UTC', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC')];
}

let known: Set<string> | undefined;

export function isTimeZoneName(zone: string): boolean {
  known ??= new Set(timeZoneNames());
  return known.has(zone);
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
