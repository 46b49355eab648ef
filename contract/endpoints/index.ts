import * as accountability from './accountability.js';
import * as alignment from './alignment.js';
import * as assessments from './assessments.js';
import * as auth from './auth.js';
import * as checkIns from './check-ins.js';
import type { AnyEndpoint } from './endpoint.js';
import * as inbox from './inbox.js';
import * as me from './me.js';
import * as notifications from './notifications.js';
import * as promises from './promises.js';
import * as setup from './setup.js';
import * as tokens from './tokens.js';

/** Every endpoint of the API, by noun; the server registers each of them and no other route. */
export const endpointsByNoun = {
  setup,
  auth,
  me,
  tokens,
  promises,
  checkIns,
  assessments,
  alignment,
  inbox,
  accountability,
  notifications,
} satisfies Record<string, Record<string, AnyEndpoint>>;

export const endpoints: AnyEndpoint[] = Object.values(endpointsByNoun).flatMap((noun) => Object.values(noun));
