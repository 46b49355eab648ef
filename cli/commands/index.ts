import { CommandRegistry } from '../registry.js';
import { account } from './account.js';
import { ask } from './ask.js';
import { assess } from './assess.js';
import { calendar } from './calendar.js';
import { capacity } from './capacity.js';
import { checkin } from './checkin.js';
import { cycle } from './cycle.js';
import { depend } from './depend.js';
import { exportCommand, restoreCommand } from './export.js';
import { findings } from './findings.js';
import { importFile } from './import.js';
import { inbox } from './inbox.js';
import { invitations } from './invitations.js';
import { kr } from './kr.js';
import { login } from './login.js';
import { logout } from './logout.js';
import { move } from './move.js';
import { offer, request } from './open-promise.js';
import { org } from './org.js';
import { outbox } from './outbox.js';
import { people } from './people.js';
import { promise } from './promise.js';
import { promises } from './promises.js';
import { review } from './review.js';
import { search } from './search.js';
import { teams } from './teams.js';
import { webhooks } from './webhooks.js';
import { whoami } from './whoami.js';

/** Every command, in the order `accord help` lists them. A new command group is one file and one line here. */
export const registry = new CommandRegistry([
  login,
  logout,
  whoami,
  account,
  inbox,
  search,
  promises,
  promise,
  request,
  offer,
  ask,
  move,
  depend,
  review,
  checkin,
  kr,
  assess,
  cycle,
  capacity,
  findings,
  people,
  invitations,
  teams,
  calendar,
  webhooks,
  outbox,
  org,
  exportCommand,
  restoreCommand,
  importFile,
]);
