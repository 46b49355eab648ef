import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { Me } from '../contract/auth.js';
import type { Person } from '../contract/people.js';
import type { Team } from '../contract/teams.js';
import type { TokenList } from '../contract/tokens.js';
import { addMember, signUpOwner } from '../server/test/factories.js';
import { testEngines } from '../server/test/harness.js';
import { cliServer } from './test/server.js';
import { createToken, loggedInTerminal, terminal } from './test/terminal.js';

describe.each(testEngines())('accord against a server on %s', (engine) => {
  const server = cliServer(engine);

  /** A new organization whose owner has logged in the CLI with a fresh token. */
  async function loggedInOwner() {
    const owner = await signUpOwner(server.app);
    return { owner, ...(await loggedInTerminal(server.url, owner)) };
  }

  it('logs in: checks the token, stores it readable only by the user, and says who and where', async () => {
    const owner = await signUpOwner(server.app);
    const { secret } = await createToken(owner);
    const { accord, configFile } = terminal();

    const { code, stdout, stderr } = await accord('login', '--url', `${server.url}/`, '--token', secret);

    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain(`Logged in to ${server.url} as owner person <${owner.email}>`);
    expect(stdout).toContain(`in ${owner.me.organization!.name} (owner)`);
    expect(JSON.parse(fs.readFileSync(configFile, 'utf8'))).toEqual({ url: server.url, token: secret });
    if (process.platform !== 'win32') {
      expect(fs.statSync(configFile).mode & 0o777).toBe(0o600);
      expect(fs.statSync(path.dirname(configFile)).mode & 0o777).toBe(0o700);
    }
  });

  it('prints the API JSON with --json, on login and whoami', async () => {
    const owner = await signUpOwner(server.app);
    const { secret } = await createToken(owner);
    const { accord } = terminal();

    const login = await accord('login', '--json', '--url', server.url, '--token', secret);
    const whoami = await accord('--json', 'whoami');

    for (const result of [login, whoami]) {
      expect(result.code).toBe(0);
      const me: Me = JSON.parse(result.stdout);
      expect(me.person.email).toBe(owner.email);
      expect(me.organization?.id).toBe(owner.organizationId);
      expect(me.authenticatedBy).toBe('token');
    }
  });

  it('shows who is signed in to which organization', async () => {
    const { owner, accord } = await loggedInOwner();
    const { code, stdout } = await accord('whoami');
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`Email +${owner.email}`));
    expect(stdout).toMatch(new RegExp(`Organization +${owner.me.organization!.name}`));
    expect(stdout).toMatch(/Role +owner/);
    expect(stdout).toMatch(new RegExp(`Server +${server.url}`));
  });

  it('creates a team and lists it, as a table and as JSON', async () => {
    const { owner, accord } = await loggedInOwner();

    const created = await accord('teams', 'create', 'Platform', '--description', 'Keeps the lights on');
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/^Created team Platform \(.+\)\.\n$/);
    const asJson = await accord('teams', 'create', 'Growth', '--json');
    const growth: Team = JSON.parse(asJson.stdout);
    expect(growth).toMatchObject({ name: 'Growth', description: '', archivedAt: null });

    const table = await accord('teams', 'list');
    expect(table.code).toBe(0);
    const lines = table.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^NAME +MEMBERS +LEADS +ID$/);
    expect(lines.slice(1).map((line) => line.split(/ {2,}/)[0])).toEqual(['Growth', 'Platform']);
    expect(table.stdout).toContain(growth.id);

    const list: { teams: Team[] } = JSON.parse((await accord('teams', 'list', '--json')).stdout);
    expect(list.teams.map((team) => team.name).sort()).toEqual(['Growth', 'Platform']);
    expect(list.teams.find((team) => team.name === 'Platform')?.description).toBe('Keeps the lights on');

    await owner.client.delete(`/api/v1/teams/${growth.id}`);
    expect((await accord('teams', 'list')).stdout).not.toContain('Growth');
    const archived = await accord('teams', 'list', '--archived');
    expect(archived.stdout).toMatch(/^NAME +MEMBERS +LEADS +ARCHIVED +ID$/m);
    expect(archived.stdout).toContain('Growth');
    expect(archived.stdout).not.toContain('Platform');
  });

  it('lists people, and finds them by name or email', async () => {
    const { owner, accord } = await loggedInOwner();
    const member = await addMember(server.app, owner, 'member', 'grace');

    const all = await accord('people', 'list');
    expect(all.code).toBe(0);
    expect(all.stdout).toMatch(/^NAME +EMAIL +ROLE +TEAMS$/m);
    expect(all.stdout).toMatch(new RegExp(`owner person +${owner.email} +owner`));
    expect(all.stdout).toMatch(new RegExp(`grace person +${member.email} +member`));

    const found: { people: Person[] } = JSON.parse(
      (await accord('people', 'list', '--search', 'grace', '--json')).stdout,
    );
    expect(found.people.map((person) => person.email)).toEqual([member.email]);

    const none = await accord('people', 'list', '-s', 'nobody-by-this-name');
    expect(none.stdout).toBe('No one matches "nobody-by-this-name".\n');
  });

  it('lists a page at a time with --limit and --offset, and says how to see the next', async () => {
    const { owner, accord } = await loggedInOwner();
    await addMember(server.app, owner, 'member', 'ada');
    await addMember(server.app, owner, 'member', 'bo');

    const first = await accord('people', 'list', '--limit', '2');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^ada person /m);
    expect(first.stdout).toMatch(/^bo person /m);
    expect(first.stdout).not.toMatch(/^owner person /m);
    expect(first.stdout).toContain('1–2 of 3 people. Run again with --offset 2 for the next ones.');

    const next: { people: Person[]; total: number; offset: number } = JSON.parse(
      (await accord('people', 'list', '--limit', '2', '--offset', '2', '--json')).stdout,
    );
    expect(next).toMatchObject({ total: 3, offset: 2 });
    expect(next.people.map((person) => person.email)).toEqual([owner.email]);

    for (const bad of [
      ['--limit', '0'],
      ['--limit', '201'],
      ['--offset', '1.5'],
      ['--limit', 'ten'],
    ]) {
      const refused = await accord('people', 'list', ...bad);
      expect(refused.code, bad.join(' ')).toBe(2);
      expect(refused.stderr, bad.join(' ')).toContain(`${bad[0]} must be a whole number`);
    }
  });

  it('shows the API message when the server refuses, and exits 1', async () => {
    const { owner } = await loggedInOwner();
    const member = await addMember(server.app, owner, 'member');
    const { accord } = terminal({ ACCORD_URL: server.url, ACCORD_TOKEN: (await createToken(member)).secret });

    const forbidden = await accord('teams', 'create', 'Skunkworks');
    expect(forbidden.code).toBe(1);
    expect(forbidden.stderr).toBe('accord: Only owners and admins can do this\n');

    const invalid = await accord('teams', 'create', '   ');
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('cannot be empty');
  });

  it('refuses a wrong token at login and stores nothing', async () => {
    const { accord, configFile } = terminal();
    const { code, stderr } = await accord('login', '--url', server.url, '--token', 'accord_not-a-real-token');
    expect(code).toBe(1);
    expect(stderr).toContain('invalid or revoked');
    expect(fs.existsSync(configFile)).toBe(false);
  });

  it('tells the user to log in again once the token is revoked', async () => {
    const { owner, secret, accord } = await loggedInOwner();
    const tokens = await owner.client.get<z.infer<typeof TokenList>>('/api/v1/tokens');
    const token = tokens.body.tokens.find((candidate) => secret.startsWith(candidate.prefix))!;
    expect((await owner.client.delete(`/api/v1/tokens/${token.id}`)).status).toBe(204);

    const { code, stderr } = await accord('whoami');
    expect(code).toBe(1);
    expect(stderr).toBe('accord: the token is invalid or revoked; run accord login\n');
  });

  it('works from ACCORD_URL and ACCORD_TOKEN alone, without logging in', async () => {
    const owner = await signUpOwner(server.app);
    const { accord, configFile } = terminal({
      ACCORD_URL: server.url,
      ACCORD_TOKEN: (await createToken(owner)).secret,
    });
    const { code, stdout } = await accord('whoami');
    expect(code).toBe(0);
    expect(stdout).toContain(owner.email);
    expect(fs.existsSync(configFile)).toBe(false);
  });

  it('logs out: the credentials are gone and commands ask to log in', async () => {
    const { accord, configFile } = await loggedInOwner();
    const logout = await accord('logout');
    expect(logout.code).toBe(0);
    expect(logout.stdout).toContain('Logged out');
    expect(fs.existsSync(configFile)).toBe(false);

    const whoami = await accord('whoami');
    expect(whoami.code).toBe(1);
    expect(whoami.stderr).toContain('you are not logged in');
  });
});
