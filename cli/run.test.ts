import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { configDirectory } from './config.js';
import { formatTable } from './output.js';
import { run } from './run.js';

const configDirs: string[] = [];
afterEach(() => {
  for (const dir of configDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function freshConfigDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-cli-'));
  configDirs.push(dir);
  return dir;
}

async function accord(argv: string[], env: Record<string, string> = {}, fetch?: typeof globalThis.fetch) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: { ACCORD_CONFIG_DIR: freshConfigDir(), ...env },
    ...(fetch ? { fetch } : {}),
  });
  return { code, stdout, stderr };
}

/** A port nothing listens on: bound once, then released. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return address.port;
}

describe('the command line', () => {
  it('lists every command in its help', async () => {
    for (const argv of [[], ['--help'], ['help'], ['-h']]) {
      const { code, stdout } = await accord(argv);
      expect(code).toBe(0);
      for (const name of [
        'login',
        'logout',
        'whoami',
        'inbox',
        'promises list',
        'promises show',
        'request',
        'offer',
        'move',
        'people list',
        'teams list',
        'teams create',
        'checkin',
        'kr list',
        'assess',
        'ask',
        'review request',
        'review show',
        'cycle show',
        'cycle move',
        'capacity',
        'depend',
      ]) {
        expect(stdout).toContain(name);
      }
    }
  });

  it('explains one command with --help, help COMMAND, or its group', async () => {
    const viaFlag = await accord(['teams', 'create', '--help']);
    const viaHelp = await accord(['help', 'teams', 'create']);
    expect(viaFlag.code).toBe(0);
    expect(viaFlag.stdout).toContain('accord teams create NAME [options]');
    expect(viaFlag.stdout).toContain('--description TEXT');
    expect(viaHelp.stdout).toBe(viaFlag.stdout);

    const group = await accord(['teams']);
    expect(group.code).toBe(0);
    expect(group.stdout).toContain('teams list');
    expect(group.stdout).toContain('teams create');
  });

  it('refuses an unknown command with exit 2 and a suggestion', async () => {
    const unknown = await accord(['promize']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'promize'");
    expect(unknown.stdout).toBe('');

    const typo = await accord(['teams', 'lst']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("Did you mean 'accord teams list'?");

    expect((await accord(['help', 'nothing'])).code).toBe(2);
  });

  it('refuses unknown options, missing and extra arguments with exit 2 and a pointer to help', async () => {
    const option = await accord(['teams', 'list', '--colour']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("unknown option '--colour'");
    expect(option.stderr).toContain("Run 'accord teams list --help' for usage.");

    const missing = await accord(['teams', 'create']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('missing NAME');

    const extra = await accord(['teams', 'create', 'Platform', 'Team']);
    expect(extra.code).toBe(2);
    expect(extra.stderr).toContain("unexpected argument 'Team'");

    const value = await accord(['people', 'list', '--search']);
    expect(value.code).toBe(2);
    expect(value.stderr).toContain("--search <value>' argument missing");

    expect((await accord(['--bogus'])).code).toBe(2);
    expect((await accord(['login', '--url', 'ftp://example.com', '--token', 'x'])).code).toBe(2);
    expect((await accord(['login'])).stderr).toContain('needs --url URL and --token TOKEN');
  });

  it("checks the promise and planning commands' arguments before asking any server", async () => {
    const cases: Array<[string[], string]> = [
      [['promises', 'show'], 'missing ID'],
      [['promises', 'list', '--status', 'pending'], '--status must be one of draft, requested'],
      [['promises', 'list', '--as', 'boss'], '--as must be one of customer, performer'],
      [['promises', 'list', '--limit', '0'], '--limit must be a whole number from 1 to 200'],
      [['promises', 'show', 'x', '--at', 'yesterday'], '--at must be a moment'],
      [['move', 'x'], 'missing ACT'],
      [['move', 'x', 'shake-hands'], 'ACT must be one of request, offer, promise'],
      [['move', 'x', 'promise', '--due', '2027-03-31'], 'go with counter or renegotiate, not promise'],
      [
        ['move', 'x', 'counter', '--due', '2027-02-30'],
        "--due must be a date such as 2027-03-31, not '2027-02-30'",
      ],
      [['move', 'x', 'decline', '--reason-code', 'capacity'], '--reason-code goes with --reason TEXT'],
      [['depend', 'x'], 'accord depend needs one supplier: --on PROMISE or --on-team TEAM'],
      [['depend', 'x', '--on', 'y', '--on-team', 'Platform'], 'needs one supplier'],
      [
        ['depend', 'x', '--on', 'y', '--reply-by', 'soon'],
        "--reply-by must be a date such as 2027-03-31, not 'soon'",
      ],
      [['move', 'x', 'decline', '--reason', 'r', '--reason-code', 'bored'], '--reason-code must be one of'],
      [['request', '--cycle', 'Q1', '--title', 't'], 'accord request needs --to PARTY'],
      [['request', '--to', 'a@example.com', '--title', 't'], 'accord request needs --cycle CYCLE'],
      [['offer', '--to', 'a@example.com', '--cycle', 'Q1'], 'accord offer needs --title TEXT'],
      [['offer', '--to', 'a@example.com', '--to', 'b@example.com'], 'accord offer needs --cycle CYCLE'],
      [['checkin', 'x', '--kr', '40'], "--kr '40' is not KR=VALUE"],
      [['checkin', 'x', '--confidence', 'high'], '--confidence must be a whole number from 0 to 10'],
      [['checkin', 'x', '--confidence=-1'], '--confidence must be a whole number from 0 to 10'],
      [['checkin', 'x', '--status', 'fine'], '--status must be one of on-track, at-risk, off-track'],
      [['kr', 'list'], 'missing ID'],
      [['assess', 'x'], 'accord assess needs --satisfied or --dissatisfied'],
      [['assess', 'x', '--satisfied', '--dissatisfied'], 'use either --satisfied or --dissatisfied'],
      [['assess', 'x', '--dissatisfied'], '--dissatisfied needs --note TEXT'],
      [['assess', 'x', '--satisfied', '--note', ' '], '--note cannot be empty'],
      [
        ['assess', 'x', '--dissatisfied', '--note', 'Short', '--went-well', 'Demos'],
        '--went-well and --to-change go with --satisfied',
      ],
      [['ask'], 'missing TEAM'],
      [['ask', 'Platform', '--title', 't'], 'accord ask needs --cycle CYCLE'],
      [['ask', 'Platform', '--cycle', 'Q1'], 'accord ask needs --title TEXT'],
      [['ask', 'Platform', '--cycle', 'Q1', '--title', 't', '--due', 'soon'], '--due must be a date'],
      [['capacity', 'Platform', '3'], 'accord capacity needs --cycle CYCLE'],
      [['capacity', 'Platform', '--cycle', 'Q1', '--points'], '--points goes with an AMOUNT to set'],
      [['capacity', 'Platform', '--cycle', 'Q1', '1.5'], 'AMOUNT must be a whole number from 0 to 100000'],
      [['capacity', 'Platform', '--cycle', 'Q1', 'lots', '--points'], 'AMOUNT must be a number from 0'],
      [['capacity', 'Platform', '--cycle', 'Q1', '-3'], "'-3' is not an option, and a number here cannot"],
      [['review', 'request', 'x'], 'accord review request needs --team TEAM or --person EMAIL'],
      [
        ['review', 'request', 'x', '--team', 'A', '--person', 'b@example.com'],
        'use either --team or --person',
      ],
      [['review', 'request', 'x', '--team', 'A', '--role', 'boss'], '--role must be one of peer, supplier'],
      [['review', 'show'], 'missing ID'],
      [['cycle', 'show'], 'missing CYCLE'],
      [['cycle', 'move', 'Q1'], 'accord cycle move needs --to active|reviewing|closed'],
      [['cycle', 'move', 'Q1', '--to', 'planning'], '--to must be one of active, reviewing, closed'],
    ];
    for (const [argv, message] of cases) {
      const { code, stderr } = await accord(argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(stderr, argv.join(' ')).toContain(message);
    }
  });

  it('tells someone who is not logged in to run accord login', async () => {
    for (const argv of [['whoami'], ['teams', 'list', '--json'], ['people', 'list'], ['inbox']]) {
      const { code, stderr } = await accord(argv);
      expect(code).toBe(1);
      expect(stderr).toContain('you are not logged in');
      expect(stderr).toContain('accord login');
    }
  });

  it('names the address it could not reach', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const login = await accord(['login', '--url', url, '--token', 'accord_whatever']);
    expect(login.code).toBe(1);
    expect(login.stderr).toContain(`could not reach Accord at ${url}`);

    const whoami = await accord(['whoami'], { ACCORD_URL: url, ACCORD_TOKEN: 'accord_whatever' });
    expect(whoami.code).toBe(1);
    expect(whoami.stderr).toContain(`could not reach Accord at ${url}: connection refused`);
  });

  it('says when an address answers but is not Accord', async () => {
    const page = async () =>
      new Response('<html>Not here</html>', { status: 404, headers: { 'content-type': 'text/html' } });
    const { code, stderr } = await accord(
      ['whoami'],
      { ACCORD_URL: 'https://example.com', ACCORD_TOKEN: 't' },
      page,
    );
    expect(code).toBe(1);
    expect(stderr).toContain('https://example.com did not answer like an Accord server (HTTP 404)');
  });

  it('logs out when never logged in without complaint', async () => {
    const { code, stdout } = await accord(['logout']);
    expect(code).toBe(0);
    expect(stdout).toContain('You were not logged in.');
  });
});

describe('the config directory', () => {
  const linux = { platform: 'linux', home: '/home/ada' } as const;
  const windows = { platform: 'win32', home: 'C:\\Users\\ada' } as const;

  it('is ACCORD_CONFIG_DIR, else XDG_CONFIG_HOME/accord, else ~/.config/accord', () => {
    expect(configDirectory({ ACCORD_CONFIG_DIR: '/etc/accord', XDG_CONFIG_HOME: '/x' }, linux)).toBe(
      '/etc/accord',
    );
    expect(configDirectory({ XDG_CONFIG_HOME: '/home/ada/.xdg' }, linux)).toBe('/home/ada/.xdg/accord');
    expect(configDirectory({ XDG_CONFIG_HOME: '' }, linux)).toBe('/home/ada/.config/accord');
  });

  it('is %APPDATA%\\accord on Windows', () => {
    expect(configDirectory({ APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' }, windows)).toBe(
      'C:\\Users\\ada\\AppData\\Roaming\\accord',
    );
  });
});

describe('tables', () => {
  it('align columns and keep control characters off the terminal', () => {
    const rows = [
      { name: 'Platform', members: '3' },
      { name: 'Growth\u001b[31m', members: '12' },
    ];
    const columns = [
      { header: 'name', value: (row: (typeof rows)[number]) => row.name },
      { header: 'members', value: (row: (typeof rows)[number]) => row.members },
    ];
    expect(formatTable(rows, columns).split('\n')).toEqual([
      'NAME         MEMBERS',
      'Platform     3',
      'Growth [31m  12',
    ]);
  });
});

describe('accord inbox', () => {
  it('lists the planning milestones you owe above your moves', async () => {
    const answer = {
      awaitingMe: [],
      myTeam: [],
      waitingOnOthers: [],
      findings: [],
      totals: { awaitingMe: 0, myTeam: 0, waitingOnOthers: 0, findings: 0 },
      limit: 50,
      milestones: [
        {
          cycle: { id: 'c1', name: 'FY2031-Q1' },
          key: 'drafts',
          due: '2030-12-18',
          status: 'missed',
          team: { id: 't1', name: 'Platform' },
        },
      ],
    };
    const fetch: typeof globalThis.fetch = async () =>
      new Response(JSON.stringify(answer), { status: 200, headers: { 'content-type': 'application/json' } });
    const { code, stdout } = await accord(
      ['inbox'],
      { ACCORD_URL: 'http://accord.invalid', ACCORD_TOKEN: 'accord_x' },
      fetch,
    );
    expect(code).toBe(0);
    expect(stdout).toContain('Planning milestones you owe');
    expect(stdout).toMatch(/FY2031-Q1\s+drafts\s+Platform\s+2030-12-18\s+MISSED/);
  });
});
