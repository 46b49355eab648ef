import type {
  OrganizationSettings,
  UpdateOrganizationSettingsBody,
} from '../../contract/organization-settings.js';
import { notFound } from '../errors.js';
import * as organizationStore from '../store/organizations.js';
import type { MemberActor } from './authorization.js';
import type { ServiceContext } from './context.js';
import { enforce } from './policies.js';

export async function getOrganizationSettings(
  ctx: ServiceContext,
  organizationId: string,
): Promise<OrganizationSettings> {
  const organization = await organizationStore.findOrganization(ctx.db, organizationId);
  if (!organization) throw notFound('The organization');
  return { timeZone: organization.time_zone };
}

/** Owners and admins change the settings sent; the body's schema has already checked each value. */
export async function updateOrganizationSettings(
  ctx: ServiceContext,
  actor: MemberActor,
  body: UpdateOrganizationSettingsBody,
): Promise<OrganizationSettings> {
  enforce('organization', 'editSettings', { role: actor.role });
  if (body.timeZone !== undefined) {
    await organizationStore.setTimeZone(ctx.db, actor.organizationId, body.timeZone);
  }
  return getOrganizationSettings(ctx, actor.organizationId);
}
