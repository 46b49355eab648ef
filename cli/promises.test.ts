import { describe, expect, it } from 'vitest';
import type { Inbox } from '../contract/inbox.js';
import type { PromiseDetail, PromiseList } from '../contract/promises.js';
import {
  addMember,
  createCalendar,
  createTeam,
  type SignedIn,
  signUpOwner,
} from '../server/test/factories.js';
import { testEngines } from '../server/test/harness.js';
import { cliServer } from './test/server.js';
import { printedId, rowWith, type Terminal } from './test/terminal.js';

describe.each(testEngines())('promises from the command line, against a server on %s', (engine) => {
  const server = cliServer(engine);

  /** An organization with a quarter, a customer (its owner) and a performer, each at a terminal. */
  async function twoPeople() {
    const customer = await signUpOwner(server.app, 'customer');
    const performer = await addMember(server.app, customer, 'member', 'performer');
    await createCalendar(customer);
    return {
      customer: await server.atTerminal(customer),
      performer: await server.atTerminal(performer),
    };
  }

  /** The customer asks the performer for the onboarding flow at their terminal, naming the cycle as typed. */
  function requestOnboarding(customer: Terminal, performer: SignedIn, cycle = 'FY2027-Q1') {
    return customer.accord(
      'request',
      '--to',
      performer.email,
      '--cycle',
      cycle,
      '--title',
      'Ship the onboarding flow',
      '--condition',
      'Activation above 40%',
      '--condition',
      'Time to first value under a day',
      '--due',
      '2027-03-15',
      '--tag',
      'Growth',
    );
  }

  /** The onboarding flow, requested; its id. */
  async function requestedOnboarding(customer: Terminal, performer: SignedIn): Promise<string> {
    const requested = await requestOnboarding(customer, performer);
    expect(requested.stderr).toBe('');
    expect(requested.code).toBe(0);
    return printedId(requested.stdout);
  }

  it('carries a request through counter and acceptance, and shows the whole history', async () => {
    const { customer, performer } = await twoPeople();

    // The cycle's name is matched whatever its case.
    const requested = await requestOnboarding(customer, performer, 'fy2027-q1');
    expect(requested.code).toBe(0);
    expect(requested.stdout).toContain("You asked performer person for 'Ship the onboarding flow'.");
    expect(requested.stdout).toMatch(/Status +requested, awaiting the performer: performer person/);
    const id = printedId(requested.stdout);

    const inbox = await performer.accord('inbox');
    expect(inbox.code).toBe(0);
    const [awaiting, waiting] = inbox.stdout.split('Waiting on others');
    expect(awaiting).toContain('Awaiting your move');
    expect(rowWith(awaiting ?? '', id)).toEqual([
      'request',
      'Ship the onboarding flow',
      'customer person',
      expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d UTC$/),
      'promise, counter, decline',
      id,
    ]);
    expect(waiting).toContain('You are not waiting on anyone.');

    const mine = await performer.accord('promises', 'list', '--mine');
    expect(mine.code).toBe(0);
    expect(mine.stdout.split('\n')[0]).toMatch(
      /^ID +TITLE +CUSTOMER → PERFORMERS +PHASE +STATUS +AWAITING +DUE$/,
    );
    expect(rowWith(mine.stdout, id)).toEqual([
      id,
      'Ship the onboarding flow',
      'customer person → performer person',
      'negotiate',
      'requested',
      'performer',
      '2027-03-15',
    ]);

    const countered = await performer.accord(
      'move',
      id,
      'counter',
      '--due',
      '2027-03-31',
      '--condition',
      'Activation above 35%',
      '--condition',
      'Time to first value under a day',
      '--text',
      'Design needs two more weeks',
      '--reply-by',
      '2027-01-15',
    );
    expect(countered.stderr).toBe('');
    expect(countered.code).toBe(0);
    expect(countered.stdout).toContain("You countered 'Ship the onboarding flow'.");
    expect(countered.stdout).toMatch(/Status +countered, awaiting the customer: customer person/);
    expect(countered.stdout).toContain('A counter-proposal by the performer is pending; it would change:');
    expect(countered.stdout).toMatch(/Due +2027-03-15 → 2027-03-31/);
    expect(countered.stdout).toMatch(
      /Condition +- Activation above 40%\n +Condition +\+ Activation above 35%/,
    );
    // The unchanged condition kept its identity, so the proposal does not list it.
    expect(countered.stdout).not.toContain('under a day');
    const asked = await customer.accord('promises', 'show', id, '--json');
    expect(JSON.parse(asked.stdout)).toMatchObject({ replyBy: '2027-01-15' });

    const customerInbox = await customer.accord('inbox');
    expect(rowWith(customerInbox.stdout, id).slice(0, 3)).toEqual([
      'counter',
      'Ship the onboarding flow',
      'performer person',
    ]);
    const performerInbox = await performer.accord('inbox');
    expect(performerInbox.stdout).toContain('Nothing awaits your move.');
    expect(rowWith(performerInbox.stdout.split('Waiting on others')[1] ?? '', id).slice(0, 3)).toEqual([
      'counter',
      'Ship the onboarding flow',
      'customer person',
    ]);

    const accepted = await customer.accord('move', id, 'accept-offer');
    expect(accepted.code).toBe(0);
    expect(accepted.stdout).toContain("You accepted 'Ship the onboarding flow'.");
    expect(accepted.stdout).toMatch(/Status +promised, awaiting the performer: performer person/);
    expect(accepted.stdout).toMatch(/Phase +execute \(Q3\)/);
    expect(accepted.stdout).toMatch(/Due +2027-03-31/);

    const shown = await performer.accord('promises', 'show', id);
    expect(shown.code).toBe(0);
    expect(shown.stdout.split('\n')[0]).toBe('Ship the onboarding flow');
    expect(shown.stdout).toMatch(/Customer +customer person/);
    expect(shown.stdout).toMatch(/Performer +performer person/);
    expect(shown.stdout).toMatch(/Cycle +FY2027-Q1 \(Quarter horizon\)/i);
    expect(shown.stdout).toContain('The promise is promised, waiting for the performer.');
    expect(shown.stdout).toContain(
      'Conditions of satisfaction\n  1. Activation above 35%\n  2. Time to first value under a day',
    );
    expect(shown.stdout).toMatch(/Your moves +.*report-complete/);
    const history = shown.stdout.slice(shown.stdout.indexOf('History\n')).trimEnd();
    const timeline = history.split('\n').slice(2);
    expect(timeline.map((line) => line.trim().split(/ {2,}/).slice(1, 3))).toEqual([
      ['customer person (customer)', 'request'],
      ['performer person (performer)', 'counter'],
      ['customer person (customer)', 'accept-offer'],
    ]);
    expect(timeline[1]).toContain(
      'proposes due 2027-03-31; conditions: "Activation above 35%", "Time to first value under a day"; "Design needs two more weeks"',
    );
  });

  it('refuses a decline without a reason, clearly and with exit 1, and records one with it', async () => {
    const { customer, performer } = await twoPeople();
    const id = await requestedOnboarding(customer, performer);

    const bare = await performer.accord('move', id, 'decline');
    expect(bare.code).toBe(1);
    expect(bare.stdout).toBe('');
    expect(bare.stderr).toContain('accord: Cannot decline without a reason');
    expect(bare.stderr).toContain('Say why with --reason TEXT');
    expect((await performer.accord('promises', 'show', id)).stdout).toMatch(/Status +requested/);

    const declined = await performer.accord(
      'move',
      id,
      'decline',
      '--reason',
      'We are full this quarter',
      '--reason-code',
      'capacity',
    );
    expect(declined.code).toBe(0);
    expect(declined.stdout).toMatch(/Status +declined/);
    const shown = await customer.accord('promises', 'show', id);
    expect(shown.stdout).toContain('reason (capacity): We are full this quarter');
  });

  it('explains a move that is not yours to make, and one the server cannot take', async () => {
    const { customer, performer } = await twoPeople();
    const id = await requestedOnboarding(customer, performer);

    const notMine = await customer.accord('move', id, 'promise');
    expect(notMine.code).toBe(1);
    expect(notMine.stderr).toContain("it is not the customer's move to make");
    expect(notMine.stderr).toContain('Your moves now: withdraw, comment.');

    const unchanged = await performer.accord('move', id, 'counter', '--due', '2027-03-15');
    expect(unchanged.code).toBe(1);
    expect(unchanged.stderr).toContain('Cannot counter without a change');
    expect(unchanged.stderr).toContain('--due DATE, --title TEXT or --condition TEXT');

    const outside = await performer.accord('move', id, 'counter', '--due', '2027-06-30');
    expect(outside.code).toBe(1);
    expect(outside.stderr).toContain('outside FY2027-Q1');

    const unknown = await performer.accord('promises', 'show', 'no-such-promise');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("accord: no promise has the id 'no-such-promise'");

    for (const argv of [
      ['move', id, 'shake-hands'],
      ['move', id, 'promise', '--due', '2027-03-20'],
      ['move', id, 'decline', '--reason-code', 'capacity'],
      ['move', id, 'counter', '--due', '31/03/2027'],
      ['move', id, 'counter', '--due', '2027-03-20', '--reply-by', 'next week'],
    ]) {
      const wrong = await performer.accord(...argv);
      expect(wrong.code, argv.join(' ')).toBe(2);
    }
    expect((await performer.accord('promises', 'show', id)).stdout).toMatch(/Version +2$/m);
  });

  it('offers for a team its lead leads, to a customer named by email, defaulting to the cycle end', async () => {
    const { customer, performer } = await twoPeople();
    const platform = await createTeam(customer, 'Platform');
    await customer.client.put(`/api/v1/teams/${platform.id}/members/${performer.personId}`, { isLead: true });

    const offered = await performer.accord(
      'offer',
      '--to',
      customer.email,
      '--from',
      'team:platform',
      '--cycle',
      'FY2027-Q1',
      '--title',
      'Zero-downtime deploys',
      '--json',
    );
    expect(offered.code).toBe(0);
    const promise: PromiseDetail = JSON.parse(offered.stdout);
    expect(promise).toMatchObject({
      status: 'offered',
      awaiting: 'customer',
      dueDate: '2027-03-31',
      customer: { type: 'person', name: 'customer person' },
      performers: [{ type: 'team', id: platform.id, name: 'Platform' }],
    });

    const accepted: PromiseDetail = JSON.parse(
      (await customer.accord('move', promise.id, 'accept-offer', '--json')).stdout,
    );
    expect(accepted).toMatchObject({ status: 'promised', version: promise.version + 1 });
    const asPerformer: PromiseList = JSON.parse(
      (await performer.accord('promises', 'list', '--as', 'performer', '--json')).stdout,
    );
    expect(asPerformer.promises.map((p) => p.id)).toEqual([promise.id]);
    const asCustomer: PromiseList = JSON.parse(
      (await performer.accord('promises', 'list', '--as', 'customer', '--json')).stdout,
    );
    expect(asCustomer.promises).toEqual([]);
  });

  it('prints JSON that parses, for lists, a promise, the inbox and a past moment', async () => {
    const { customer, performer } = await twoPeople();
    const id = await requestedOnboarding(customer, performer);
    const requested: PromiseDetail = JSON.parse(
      (await customer.accord('promises', 'show', id, '--json')).stdout,
    );
    const requestedAt = requested.history[0]!.at;
    // The next move must land strictly later than the request for --at to tell them apart.
    while (Date.now() <= Date.parse(requestedAt)) await new Promise((resolve) => setImmediate(resolve));
    await performer.accord('move', id, 'promise');

    const list: PromiseList = JSON.parse(
      (await customer.accord('promises', 'list', '--cycle', 'FY2027-Q1', '--tag', 'growth', '--json')).stdout,
    );
    expect(list).toMatchObject({ total: 1, promises: [{ id, status: 'promised', tags: ['growth'] }] });
    const none: PromiseList = JSON.parse(
      (await customer.accord('promises', 'list', '--status', 'declined', '--json')).stdout,
    );
    expect(none.promises).toEqual([]);

    const shown: PromiseDetail = JSON.parse((await customer.accord('promises', 'show', id, '--json')).stdout);
    expect(shown.history.map((move) => move.act)).toEqual(['request', 'promise']);

    const then = await customer.accord('promises', 'show', id, '--at', requestedAt);
    expect(then.stdout).toContain(`As it stood at ${requestedAt.slice(0, 10)}`);
    expect(then.stdout).toMatch(/Status +requested/);
    expect(then.stdout).toContain('Your moves  none: this is how it stood in the past');
    const listedThen: PromiseList = JSON.parse(
      (await customer.accord('promises', 'list', '--at', requestedAt, '--json')).stdout,
    );
    expect(listedThen.promises).toMatchObject([{ id, status: 'requested' }]);
    const refused = await customer.accord('promises', 'list', '--at', requestedAt, '--status', 'promised');
    expect(refused.stderr).toContain('status cannot be filtered as of a past moment');

    const inbox: Inbox = JSON.parse((await customer.accord('inbox', '--json')).stdout);
    expect(inbox).toMatchObject({ awaitingMe: [], waitingOnOthers: [], milestones: [] });
    const empty = await customer.accord('inbox');
    expect(empty.stdout).toContain('Nothing awaits your move.');
  });

  it('names the party or cycle it cannot find, or cannot tell apart', async () => {
    const { customer } = await twoPeople();
    await addMember(server.app, customer, 'member', 'grace');
    await addMember(server.app, customer, 'member', 'grace');
    const base = ['--cycle', 'FY2027-Q1', '--title', 'Anything'];

    const nobody = await customer.accord('request', '--to', 'nobody@example.com', ...base);
    expect(nobody.code).toBe(1);
    expect(nobody.stderr).toContain("accord: no person is called 'nobody@example.com'");

    const twins = await customer.accord('request', '--to', 'person:grace person', ...base);
    expect(twins.code).toBe(1);
    expect(twins.stderr).toContain("'grace person' could be any of 2 people:");
    expect(twins.stderr).toContain('Name one of them by its id.');

    const noTeam = await customer.accord('request', '--to', 'team:Nowhere', ...base);
    expect(noTeam.stderr).toContain("no team is called 'Nowhere'");

    const cycle = await customer.accord(
      'request',
      '--to',
      customer.email,
      '--cycle',
      'FY2031',
      '--title',
      'x',
    );
    expect(cycle.code).toBe(1);
    expect(cycle.stderr).toContain("no cycle is called 'FY2031'");
    expect(cycle.stderr).toContain('The cycles are: FY2027, FY2027-Q1.');

    const notAParty = await customer.accord('request', '--to', 'grace', ...base);
    expect(notAParty.code).toBe(2);
    expect(notAParty.stderr).toContain("--to 'grace' is not a party");

    const total = JSON.parse((await customer.accord('promises', 'list', '--json')).stdout).total;
    expect(total).toBe(0);
  });

  it('discards a draft of its side, which then leaves the list, and refuses to discard it twice', async () => {
    const owner = await signUpOwner(server.app, 'customer');
    const drafterPerson = await addMember(server.app, owner, 'member', 'drafter');
    const calendar = await createCalendar(owner);
    const drafter = await server.atTerminal(drafterPerson);
    const created = await drafterPerson.client.post<PromiseDetail>('/api/v1/promises', {
      cycleId: calendar.quarter.id,
      customer: { type: 'person', id: owner.personId },
      performers: [{ type: 'person', id: drafterPerson.personId }],
      title: 'A plan we will drop',
      dueDate: calendar.quarter.endDate,
      open: 'draft',
      draftedBy: 'performer',
    });
    expect(created.status).toBe(201);
    const id = created.body.id;

    const discarded = await drafter.accord('promises', 'discard', id);
    expect(discarded.stderr).toBe('');
    expect(discarded.code).toBe(0);
    expect(discarded.stdout).toContain("You discarded the draft 'A plan we will drop'.");
    const listed = await drafter.accord('promises', 'list', '--mine', '--json');
    expect((JSON.parse(listed.stdout) as PromiseList).promises.map((p) => p.id)).not.toContain(id);
    const shown = await drafter.accord('promises', 'show', id, '--json');
    expect((JSON.parse(shown.stdout) as PromiseDetail).status).toBe('discarded');

    const again = await drafter.accord('promises', 'discard', id);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('final');
  });

  it('shows which of two performers has promised, and makes the promise when the second does', async () => {
    const owner = await signUpOwner(server.app, 'customer');
    const firstPerson = await addMember(server.app, owner, 'member', 'first');
    const secondPerson = await addMember(server.app, owner, 'member', 'second');
    const calendar = await createCalendar(owner);
    const created = await owner.client.post<PromiseDetail>('/api/v1/promises', {
      cycleId: calendar.quarter.id,
      customer: { type: 'person', id: owner.personId },
      performers: [
        { type: 'person', id: firstPerson.personId },
        { type: 'person', id: secondPerson.personId },
      ],
      title: 'Payments on both stacks',
      dueDate: calendar.quarter.endDate,
      open: 'request',
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    const first = await server.atTerminal(firstPerson);
    const second = await server.atTerminal(secondPerson);

    expect((await first.accord('move', id, 'promise')).code).toBe(0);
    const shown = await second.accord('promises', 'show', id);
    expect(shown.code).toBe(0);
    const promises = shown.stdout.split('Promises\n')[1]?.split('\n\n')[0] ?? '';
    expect(promises).toMatch(/first person +promised \(first person\)/);
    expect(promises).toMatch(/second person +awaited/);
    expect(shown.stdout).toMatch(/Status +requested/);

    const made = await second.accord('move', id, 'promise');
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(/Status +promised/);
  });
});
