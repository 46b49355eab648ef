import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ArchiveBody } from '../contract/exports.js';
import { createCalendar, createOrganization, signUpOwner } from '../server/test/factories.js';
import { testEngines } from '../server/test/harness.js';
import { cliServer } from './test/server.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-cli-export-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.each(testEngines())('export and restore from the command line, against a server on %s', (engine) => {
  const server = cliServer(engine);

  it('exports the archive to a file and restores it into an empty organization', async () => {
    const { owner } = await createOrganization(server.app, {
      people: { analyst: 'member' },
      teams: { Research: { leads: ['analyst'] } },
    });
    await createCalendar(owner, 2031);
    const terminal = await server.atTerminal(owner);
    const file = path.join(dir, `${engine}-archive.json`);
    const exported = await terminal.accord('export', '-o', file);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/^Wrote .+archive\.json \(\d+ bytes\)\./);
    const archive: ArchiveBody = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(archive.tables.teams?.map((team) => team.name)).toEqual(['Research']);

    const people = await terminal.accord('export', '--format', 'csv', '--kind', 'people');
    expect(people.code).toBe(0);
    expect(people.stdout.split('\r\n')[0]).toBe('person_id,name,email,role,title,joined_at,removed_at');
    expect((await terminal.accord('export', '--format', 'md')).code).toBe(2);
    expect((await terminal.accord('export', '--format', 'csv')).stderr).toMatch(/-o FILE/);
    const zip = path.join(dir, `${engine}.zip`);
    expect((await terminal.accord('export', '--format', 'csv', '-o', zip)).code).toBe(0);
    expect(fs.readFileSync(zip).subarray(0, 2).toString()).toBe('PK');
    const report = await terminal.accord('export', '--format', 'md', '--cycle', 'FY2031');
    expect(report.stdout).toMatch(/^# FY2031/);

    const restorer = await server.atTerminal(await signUpOwner(server.app, 'restorer'));
    const restored = await restorer.accord('restore', file);
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/^Restored \d+ rows into this organization: 0 new accounts/);
    const teams = await restorer.accord('teams', 'list');
    expect(teams.stdout).toContain('Research');

    const again = await restorer.accord('restore', file);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/empty organization/);
    fs.writeFileSync(path.join(dir, 'not-an-archive.json'), '{"format":"something else"}');
    const wrong = await restorer.accord('restore', path.join(dir, 'not-an-archive.json'));
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/is not an Accord archive: format/);
  });
});
