import { CommandRegistry } from '../registry.js';
import { login } from './login.js';
import { logout } from './logout.js';
import { people } from './people.js';
import { teams } from './teams.js';
import { whoami } from './whoami.js';

/** Every command, in the order `accord help` lists them. A new command group is one file and one line here. */
export const registry = new CommandRegistry([login, logout, whoami, people, teams]);
