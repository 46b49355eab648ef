import { describe, expect, it } from 'vitest';
import type { OrganizationSettings } from '../contract/organization-settings.js';
import { addMember, signUpOwner } from '../server/test/factories.js';
import { testEngines } from '../server/test/harness.js';
import { cliServer } from './test/server.js';
import { loggedInTerminal } from './test/terminal.js';

describe.each(testEngines())('accord org against a server on %s', (engine) => {
  const server = cliServer(engine);

  it('shows and sets the time zone, and refuses an unknown one', async () => {
    const owner = await signUpOwner(server.app);
    const { accord } = await loggedInTerminal(server.url, owner);
    expect((await accord('org', 'show')).stdout).toMatch(/^Time zone +UTC$/m);

    const set = await accord('org', 'set', '--time-zone', 'Europe/Paris');
    expect(set.code).toBe(0);
    expect(set.stdout).toBe('The organization is now on Europe/Paris time.\n');
    const json: OrganizationSettings = JSON.parse((await accord('org', 'show', '--json')).stdout);
    expect(json).toEqual({ timeZone: 'Europe/Paris' });

    const unknown = await accord('org', 'set', '--time-zone', 'Europe/Atlantis');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('timeZone');
    expect((await accord('org', 'set')).code).toBe(2);
    expect((await accord('org', 'show')).stdout).toMatch(/^Time zone +Europe\/Paris$/m);
  });

  it('is refused to a member, with the API message', async () => {
    const owner = await signUpOwner(server.app);
    const member = await addMember(server.app, owner, 'member');
    const { accord } = await loggedInTerminal(server.url, member);
    const refused = await accord('org', 'set', '--time-zone', 'Europe/Paris');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Only owners and admins');
  });
});
