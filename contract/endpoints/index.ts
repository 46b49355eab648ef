import * as accountability from './accountability.js';
import * as alignment from './alignment.js';
import * as assessments from './assessments.js';
import * as auth from './auth.js';
import * as calendar from './calendar.js';
import * as capacity from './capacity.js';
import * as checkInLinks from './check-in-links.js';
import * as checkIns from './check-ins.js';
import * as cycleReview from './cycle-review.js';
import * as cycles from './cycles.js';
import * as dashboard from './dashboard.js';
import * as digest from './digest.js';
import * as direction from './direction.js';
import * as draftReviews from './draft-reviews.js';
import * as email from './email.js';
import type { AnyEndpoint } from './endpoint.js';
import * as events from './events.js';
import * as organizationExports from './exports.js';
import * as findings from './findings.js';
import * as imports from './imports.js';
import * as inbox from './inbox.js';
import * as invitations from './invitations.js';
import * as me from './me.js';
import * as myAccount from './my-account.js';
import * as notifications from './notifications.js';
import * as organizationSettings from './organization-settings.js';
import * as outbox from './outbox.js';
import * as people from './people.js';
import * as planningBoard from './planning-board.js';
import * as promises from './promises.js';
import * as scim from './scim.js';
import * as search from './search.js';
import * as sessions from './sessions.js';
import * as setup from './setup.js';
import * as sso from './sso.js';
import * as teams from './teams.js';
import * as tokens from './tokens.js';
import * as webhooks from './webhooks.js';

/** Every endpoint of the API, by noun; the server registers each of them and no other route. */
export const endpointsByNoun = {
  setup,
  auth,
  sso,
  me,
  organizationSettings,
  myAccount,
  sessions,
  tokens,
  scim,
  calendar,
  organizationExports,
  people,
  invitations,
  teams,
  cycles,
  promises,
  alignment,
  inbox,
  accountability,
  checkIns,
  checkInLinks,
  assessments,
  dashboard,
  cycleReview,
  direction,
  draftReviews,
  capacity,
  planningBoard,
  findings,
  search,
  notifications,
  email,
  digest,
  events,
  webhooks,
  outbox,
  imports,
} satisfies Record<string, Record<string, AnyEndpoint>>;

export const endpoints: AnyEndpoint[] = Object.values(endpointsByNoun).flatMap((noun) => Object.values(noun));
