import { describe, expect, it } from 'vitest';
import type { Cycle } from '../contract/cycles.js';
import type { PromiseDetail } from '../contract/promises.js';
import { addMember, createCalendar, promiseIn, signUpOwner } from '../server/test/factories.js';
import { testEngines } from '../server/test/harness.js';
import { cliServer } from './test/server.js';
import { printedId } from './test/terminal.js';

describe.each(testEngines())('carrying over from the command line, against a server on %s', (engine) => {
  const server = cliServer(engine);

  it('carries one promise of a closed quarter into the next and ends another', async () => {
    const customer = await signUpOwner(server.app, 'cli-carry-customer');
    const performer = await addMember(server.app, customer, 'member', 'cli-carry-performer');
    const calendar = await createCalendar(customer, 2036);
    const setup = { customer, performer, cycle: calendar.quarter };
    const toCarry = await promiseIn('promised', { ...setup, body: { title: 'Faster onboarding' } });
    const toEnd = await promiseIn('promised', { ...setup, body: { title: 'Old billing' } });
    for (const to of ['active', 'reviewing', 'closed']) {
      await customer.client.post(`/api/v1/cycles/${calendar.quarter.id}/transitions`, { to });
    }
    const terminal = await server.atTerminal(performer);
    const inbox = await terminal.accord('inbox');
    const row = inbox.stdout.split('\n').find((line) => line.includes('Faster onboarding'));
    expect(row).toMatch(/^ *carry-over .*carry-over, end, leave/);

    const early = await terminal.accord('promise', 'carry-over', toCarry.id);
    expect(early.code).not.toBe(0);
    expect(early.stderr).toMatch(/no cycle after FY2036-Q1.*create/);

    const next = await customer.client.post<Cycle>('/api/v1/cycles', {
      name: 'FY2036-Q2',
      horizonId: calendar.horizons.quarter,
      parentId: calendar.year.id,
      startDate: '2036-04-01',
      endDate: '2036-06-30',
    });
    expect(next.status).toBe(201);
    const carried = await terminal.accord('promise', 'carry-over', toCarry.id);
    expect(carried.stderr).toBe('');
    expect(carried.code).toBe(0);
    expect(carried.stdout.split('\n')[0]).toBe("You carried 'Faster onboarding' into FY2036-Q2.");
    const newId = printedId(carried.stdout);
    const fresh = (await customer.client.get<PromiseDetail>(`/api/v1/promises/${newId}`)).body;
    expect(fresh).toMatchObject({ cycle: { name: 'FY2036-Q2' }, carriedFrom: { id: toCarry.id } });

    const ended = await terminal.accord('promise', 'end', toEnd.id, '--text', 'Replaced by the new billing');
    expect(ended.stderr).toBe('');
    expect(ended.stdout.split('\n')[0]).toBe("You ended 'Old billing'.");
    const after = (await customer.client.get<PromiseDetail>(`/api/v1/promises/${toEnd.id}`)).body;
    expect(after.status).toBe('ended');
    expect(after.history.at(-1)).toMatchObject({ act: 'end', text: 'Replaced by the new billing' });
  });
});
