import { describe, expect, it } from 'vitest';
import type { CreatedCalendarFeed } from '../contract/calendar.js';
import { signUpOwner } from '../server/test/factories.js';
import { testEngines } from '../server/test/harness.js';
import { cliServer } from './test/server.js';
import { loggedInTerminal } from './test/terminal.js';

describe.each(testEngines())('accord calendar against a server on %s', (engine) => {
  const server = cliServer(engine);

  it('makes, shows and revokes the calendar address, and the address serves iCalendar', async () => {
    const owner = await signUpOwner(server.app);
    const { accord } = await loggedInTerminal(server.url, owner);

    expect((await accord('calendar', 'show')).stdout).toContain('You have no calendar address');

    const made = await accord('calendar', 'new', '--json');
    expect(made.code).toBe(0);
    const created: CreatedCalendarFeed = JSON.parse(made.stdout);
    expect(created.feed.active).toBe(true);
    const feed = await fetch(`${server.url}${new URL(created.url).pathname}`);
    expect(feed.status).toBe(200);
    expect(await feed.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);

    const shown = await accord('calendar', 'show');
    expect(shown.stdout).toMatch(/Calendar address +active/);
    expect(shown.stdout).toMatch(/Last read +20\d\d-/);

    const revoked = await accord('calendar', 'revoke');
    expect(revoked).toMatchObject({ code: 0, stdout: 'Revoked your calendar address.\n' });
    expect((await fetch(`${server.url}${new URL(created.url).pathname}`)).status).toBe(404);

    const again = await accord('calendar', 'revoke');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('Your calendar address was not found');
  });
});
