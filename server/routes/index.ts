import type { FastifyInstance } from 'fastify';
import type { ServiceContext } from '../services/context.js';
import { accountabilityRoutes } from './accountability.js';
import { alignmentRoutes } from './alignment.js';
import { assessmentRoutes } from './assessments.js';
import { authRoutes } from './auth.js';
import { calendarRoutes } from './calendar.js';
import { capacityRoutes } from './capacity.js';
import { checkInLinkRoutes } from './check-in-links.js';
import { checkInRoutes } from './check-ins.js';
import { cycleReviewRoutes } from './cycle-review.js';
import { cycleRoutes } from './cycles.js';
import { dashboardRoutes } from './dashboard.js';
import { digestRoutes } from './digest.js';
import { directionRoutes } from './direction.js';
import { draftReviewRoutes } from './draft-reviews.js';
import { emailRoutes } from './email.js';
import { eventRoutes } from './events.js';
import { exportRoutes } from './exports.js';
import { findingRoutes } from './findings.js';
import { importRoutes } from './imports.js';
import { inboxRoutes } from './inbox.js';
import { invitationRoutes } from './invitations.js';
import { meRoutes } from './me.js';
import { myAccountRoutes } from './my-account.js';
import { notificationRoutes } from './notifications.js';
import { organizationSettingsRoutes } from './organization-settings.js';
import { outboxRoutes } from './outbox.js';
import { peopleRoutes } from './people.js';
import { planningBoardRoutes } from './planning-board.js';
import { promiseRoutes } from './promises.js';
import { SCIM_PREFIX, scimProtocolRoutes, scimTokenRoutes } from './scim.js';
import { searchRoutes } from './search.js';
import { sessionRoutes } from './sessions.js';
import { setupRoutes } from './setup.js';
import { ssoRoutes } from './sso.js';
import { teamRoutes } from './teams.js';
import { tokenRoutes } from './tokens.js';
import { webhookRoutes } from './webhooks.js';

export function registerRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  // Every route is made by the registrar (server/routes/route.ts) from the contract's endpoint
  // definitions, in the order the OpenAPI document lists them.
  for (const routes of [
    setupRoutes,
    authRoutes,
    ssoRoutes,
    meRoutes,
    myAccountRoutes,
    sessionRoutes,
    tokenRoutes,
    scimTokenRoutes,
    calendarRoutes,
    exportRoutes,
    peopleRoutes,
    invitationRoutes,
    teamRoutes,
    cycleRoutes,
    promiseRoutes,
    alignmentRoutes,
    inboxRoutes,
    accountabilityRoutes,
    checkInRoutes,
    checkInLinkRoutes,
    assessmentRoutes,
    dashboardRoutes,
    cycleReviewRoutes,
    directionRoutes,
    draftReviewRoutes,
    capacityRoutes,
    planningBoardRoutes,
    findingRoutes,
    searchRoutes,
    notificationRoutes,
    emailRoutes,
    digestRoutes,
    organizationSettingsRoutes,
    eventRoutes,
    webhookRoutes,
    outboxRoutes,
    importRoutes,
  ]) {
    routes(app, ctx);
  }
  // SCIM speaks its own media type, tokens and error shape: a plugin of its own (server/routes/scim.ts).
  app.register(scimProtocolRoutes(ctx), { prefix: SCIM_PREFIX });
}
