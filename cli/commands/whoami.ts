import { getMe } from '../../contract/endpoints/me.js';
import { defineCommand } from '../command.js';
import { formatPairs } from '../output.js';

export const whoami = defineCommand({
  path: ['whoami'],
  summary: 'Show who you are signed in as, in which organization and on which server',
  async run({ connect, out }) {
    const client = await connect();
    const me = await client.call(getMe);
    out.print(me, () =>
      formatPairs([
        ['Name', me.person.name],
        ['Email', me.person.email],
        ['Organization', me.organization ? me.organization.name : '(none)'],
        ['Role', me.organization?.role ?? '(none)'],
        ['Server', client.url],
      ]),
    );
  },
});
