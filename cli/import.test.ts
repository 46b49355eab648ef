import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { signUpOwner } from '../server/test/factories.js';
import { testEngines } from '../server/test/harness.js';
import { cliServer } from './test/server.js';
import { loggedInTerminal } from './test/terminal.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-import-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const folder = fs.mkdtempSync(path.join(dir, 'file-'));
  const file = path.join(folder, name);
  fs.writeFileSync(file, text);
  return file;
}

describe.each(testEngines())('accord import against a server on %s', (engine) => {
  const server = cliServer(engine);

  it('previews with --dry-run, imports, and says what it did', async () => {
    const owner = await signUpOwner(server.app);
    const { accord } = await loggedInTerminal(server.url, owner);
    const sheet = write(
      'goals.csv',
      `Goal,Owner,Due\nShip it,${owner.email},2027-03-31\nShip more,${owner.email},2027-06-30\n`,
    );
    const mapping = write(
      'mapping.json',
      JSON.stringify({ title: 'Goal', ownerEmail: 'Owner', dueDate: 'Due' }),
    );

    const dry = await accord('import', sheet, '--source', 'csv', '--mapping', mapping, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/^promises +2 +0$/m);
    expect(dry.stdout).toContain('Ship it');

    const done = await accord('import', sheet, '--source', 'csv', '--mapping', mapping);
    expect(done.code).toBe(0);
    expect(done.stdout).toContain('Imported: 2 new, 0 updated, 0 unchanged.');
    const again = await accord('import', sheet, '--source', 'csv', '--mapping', mapping);
    expect(again.stdout).toContain('Imported: 0 new, 0 updated, 2 unchanged.');
  });

  it('shows the columns it found and the required fields it could not map', async () => {
    const owner = await signUpOwner(server.app);
    const { accord } = await loggedInTerminal(server.url, owner);
    const sheet = write('mine.csv', `Objective,Lead,Deadline\nShip it,${owner.email},2027-03-31\n`);

    const guessed = await accord('import', sheet, '--source', 'csv', '--dry-run');
    expect(guessed.code).toBe(1);
    expect(guessed.stdout).toContain('Columns: Objective, Lead, Deadline');
    expect(guessed.stdout).toContain('title ← Objective');
    expect(guessed.stdout).toContain('dueDate ← Deadline');
    expect(guessed.stdout).toContain('Required and not mapped: ownerEmail');
    expect(guessed.stdout).toContain('Choose the column that holds Owner email: it is required');
    expect(guessed.stderr).toContain('Nothing was imported');
  });

  it('writes nothing when the file has errors, unless told to skip them', async () => {
    const owner = await signUpOwner(server.app);
    const { accord } = await loggedInTerminal(server.url, owner);
    const okrs = write(
      'okrs.csv',
      `Row ID,Title,Parent,Owner Email,Time Period\n1,Fine,,${owner.email},Q1 2027\n2,Orphan,9,${owner.email},Q1 2027\n`,
    );
    const refused = await accord('import', okrs, '--source', 'ally');
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('error: okrs.csv, row 3, Parent: Parent 9 does not exist');
    expect(refused.stderr).toContain('Nothing was imported');

    const skipped = await accord('import', okrs, '--source', 'ally', '--skip-invalid');
    expect(skipped.code).toBe(0);
    expect(skipped.stdout).toContain('Imported: 1 new, 0 updated, 0 unchanged, 1 row(s) left out.');
    expect((await accord('import', okrs, '--source', 'nope')).code).toBe(2);
  });
});
