import { describe, expect, it } from 'vitest';
import type { SearchResults } from '../contract/search.js';
import { createCalendar, createOrganization, openPromise } from '../server/test/factories.js';
import { testEngines } from '../server/test/harness.js';
import { cliServer } from './test/server.js';

describe.each(testEngines())('accord search, against a server on %s', (engine) => {
  const server = cliServer(engine);

  it('finds promises, people and teams by words, the last one a prefix', async () => {
    const { owner, people } = await createOrganization(server.app, {
      people: { grace: 'member' },
      teams: { Compilers: { leads: ['grace'] } },
    });
    const calendar = await createCalendar(owner, 2031);
    await openPromise(owner, {
      cycleId: calendar.quarter.id,
      customer: { type: 'person', id: owner.personId },
      performers: [{ type: 'person', id: people.grace.personId }],
      title: 'Compilers for everyone',
      conditions: [{ text: 'Ten languages compile' }],
      dueDate: calendar.quarter.endDate,
      open: 'request',
    });
    const terminal = await server.atTerminal(owner);

    const found = await terminal.accord('search', 'compil');
    expect(found.stderr).toBe('');
    expect(found.code).toBe(0);
    expect(found.stdout).toMatch(/promise +Compilers for everyone +requested/);
    expect(found.stdout).toMatch(/team +Compilers/);

    const json: SearchResults = JSON.parse(
      (await terminal.accord('search', 'grace', '--kind', 'person', '--json')).stdout,
    );
    expect(json.results.map((r) => [r.kind, r.id])).toEqual([['person', people.grace.personId]]);

    expect((await terminal.accord('search', 'nothing-like-this')).stdout).toContain('Nothing found');
    const wrongKind = await terminal.accord('search', 'x', '--kind', 'cycle');
    expect(wrongKind.code).toBe(2);
    expect(wrongKind.stderr).toContain('--kind must be one of promise, person, team');
  });
});
