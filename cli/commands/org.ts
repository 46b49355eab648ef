import * as endpoints from '../../contract/endpoints/organization-settings.js';
import type { OrganizationSettings } from '../../contract/organization-settings.js';
import { defineCommand } from '../command.js';
import { usageError } from '../errors.js';
import { formatPairs } from '../output.js';
import { defineGroup } from '../registry.js';

const settingsText = (settings: OrganizationSettings) => formatPairs([['Time zone', settings.timeZone]]);

const showOrganization = defineCommand({
  path: ['org', 'show'],
  summary: "Show the organization's settings: its time zone",
  examples: ['accord org show'],
  async run({ connect, out }) {
    const client = await connect();
    const settings = await client.call(endpoints.getOrganizationSettings);
    out.print(settings, () => settingsText(settings));
  },
});

const setOrganization = defineCommand({
  path: ['org', 'set'],
  summary: "Change the organization's settings (owners and admins)",
  description: [
    'The time zone is an IANA name (Europe/Paris, America/Los_Angeles, UTC): the daily summary goes',
    'at 08:00 and the weekly digest on Monday at 09:00 there, and their dates are its dates.',
  ].join('\n'),
  options: {
    'time-zone': { type: 'string', valueName: 'ZONE', description: 'The IANA time zone, e.g. Europe/Paris' },
  },
  examples: ['accord org set --time-zone Europe/Paris'],
  async run({ options, connect, out }) {
    const timeZone = options['time-zone'];
    if (timeZone === undefined)
      throw usageError('accord org set needs a setting to change: --time-zone ZONE');
    const client = await connect();
    const settings = await client.call(endpoints.updateOrganizationSettings, { body: { timeZone } });
    out.print(settings, () => `The organization is now on ${settings.timeZone} time.`);
  },
});

export const org = defineGroup('org', "The organization's settings", [showOrganization, setOrganization]);
