import { describe, expect, it } from 'vitest';
import type { Inbox } from '../contract/inbox.js';
import { addMember, createCalendar, promiseIn, signUpOwner } from '../server/test/factories.js';
import { testEngines } from '../server/test/harness.js';
import { cliServer } from './test/server.js';

describe.each(testEngines())('dependencies from the command line, against a server on %s', (engine) => {
  const server = cliServer(engine);

  it('says a promise needs another, asking its supplier to answer by a date', async () => {
    const owner = await signUpOwner(server.app, 'depend-owner');
    const supplierLead = await addMember(server.app, owner, 'member', 'depend-supplier');
    const calendar = await createCalendar(owner, 2035);
    const dependent = await promiseIn('promised', {
      customer: owner,
      performer: owner,
      cycle: calendar.quarter,
    });
    const supplier = await promiseIn('promised', {
      customer: owner,
      performer: supplierLead,
      cycle: calendar.quarter,
      body: { title: 'Ledger export' },
    });
    const terminal = await server.atTerminal(owner);

    const past = await terminal.accord(
      'depend',
      dependent.id,
      '--on',
      supplier.id,
      '--reply-by',
      '2020-01-01',
    );
    expect(past.code).not.toBe(0);
    expect(past.stderr).toContain('2020-01-01 has passed');

    const made = await terminal.accord(
      'depend',
      dependent.id,
      '--on',
      supplier.id,
      '--reply-by',
      '2035-01-20',
    );
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    expect(made.stdout).toContain("now depends on 'Ledger export'");
    expect(made.stdout).toContain('an answer is asked by 2035-01-20');

    const inbox = (await supplierLead.client.get<Inbox>('/api/v1/inbox')).body;
    expect(inbox.awaitingMe.find((item) => item.kind === 'dependency')?.replyBy).toBe('2035-01-20');

    const json = await terminal.accord('depend', supplier.id, '--on', dependent.id, '--json');
    expect(JSON.parse(json.stdout)).toMatchObject({ state: 'proposed', replyBy: null });
  });
});
