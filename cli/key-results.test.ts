import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { Assessment } from '../contract/assessments.js';
import type { CheckIn, CheckInList, Progress } from '../contract/check-ins.js';
import {
  addMember,
  createCalendar,
  promiseIn,
  type SignedIn,
  signUpOwner,
} from '../server/test/factories.js';
import { testEngines } from '../server/test/harness.js';
import { cliServer } from './test/server.js';
import { rowWith } from './test/terminal.js';

const SIGNUPS = 'Signups from the new page';
const LAUNCH = 'Launch the referral page';

describe.each(testEngines())('key results from the command line, against a server on %s', (engine) => {
  const server = cliServer(engine);

  /**
   * A promise with a metric, a milestone and a plain condition, requested by the customer and
   * promised by the performer through the API; both sit at their own terminal.
   */
  async function promisedWithKeyResults() {
    const customer = await signUpOwner(server.app, 'customer');
    const performer = await addMember(server.app, customer, 'member', 'performer');
    const calendar = await createCalendar(customer);
    const { id, terms } = await promiseIn('promised', {
      customer,
      performer,
      cycle: calendar.quarter,
      body: {
        title: 'Grow signups',
        conditions: [
          {
            text: SIGNUPS,
            keyResult: {
              kind: 'metric',
              unitKind: 'number',
              unit: 'signups',
              start: '0',
              direction: 'increase',
              target: '100',
            },
          },
          { text: LAUNCH, keyResult: { kind: 'milestone' } },
          { text: 'Support can explain it in a sentence' },
        ],
        dueDate: '2027-03-15',
      },
    });
    const [signupsId, launchId] = terms.conditions.map((condition) => condition.id);
    return {
      id,
      signupsId: signupsId!,
      launchId: launchId!,
      customer: await server.atTerminal(customer),
      performer: await server.atTerminal(performer),
    };
  }

  /** The check-ins as the API holds them: what a refused command must not have added to. */
  const checkInsOf = async (person: SignedIn, id: string) =>
    (await person.client.get<z.output<typeof CheckInList>>(`/api/v1/promises/${id}/check-ins`)).body.checkIns;

  it('checks in by number, prefix and id, and kr list shows each value, its progress and the score', async () => {
    const { id, signupsId, launchId, customer, performer } = await promisedWithKeyResults();

    const checkedIn = await performer.accord(
      'checkin',
      id,
      '--kr',
      '1=40',
      '--kr',
      '2=done',
      '--confidence',
      '7',
    );
    expect(checkedIn.stderr).toBe('');
    expect(checkedIn.code).toBe(0);
    expect(checkedIn.stdout).toMatch(/^Checked in at \d{4}-\d\d-\d\d \d\d:\d\d UTC\.$/m);
    expect(checkedIn.stdout).toMatch(/^Confidence +7\/10$/m);
    expect(checkedIn.stdout).toMatch(/^Status +on track$/m);
    expect(checkedIn.stdout).toMatch(/^Score +70%$/m);
    expect(rowWith(checkedIn.stdout, SIGNUPS)).toEqual([
      '1',
      SIGNUPS,
      'increase 0 → 100 signups',
      '40',
      '40%',
    ]);

    const listed = await customer.accord('kr', 'list', id);
    expect(listed.stderr).toBe('');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^Score +70%$/m);
    expect(listed.stdout).toMatch(
      /^Last check-in +\d{4}-\d\d-\d\d \d\d:\d\d UTC: confidence 7\/10, on track$/m,
    );
    expect(listed.stdout).toMatch(/^Next check-in due +\d{4}-\d\d-\d\d \d\d:\d\d UTC$/m);
    expect(listed.stdout).toMatch(/^# +KEY RESULT +KIND +CURRENT +PROGRESS$/m);
    expect(rowWith(listed.stdout, SIGNUPS)).toEqual(['1', SIGNUPS, 'increase 0 → 100 signups', '40', '40%']);
    expect(rowWith(listed.stdout, LAUNCH)).toEqual(['2', LAUNCH, 'milestone', 'done', '100%']);
    // A plain condition is part of the promise but not measured, so it is no key result.
    expect(listed.stdout).not.toContain('Support can explain it');

    // Left out, the confidence stays where the last check-in put it.
    const again = await performer.accord(
      'checkin',
      id,
      '--kr',
      'SIGNUPS=55.5',
      '--kr',
      `${launchId}=not-done`,
      '--status',
      'at-risk',
      '--blockers',
      'Legal is reviewing the page',
      '--json',
    );
    expect(again.code).toBe(0);
    const checkIn: CheckIn = JSON.parse(again.stdout);
    expect(checkIn).toMatchObject({
      confidence: 7,
      status: 'at-risk',
      blockers: 'Legal is reviewing the page',
      values: [
        { conditionId: signupsId, value: '55.5', done: null },
        { conditionId: launchId, value: null, done: false },
      ],
    });
    const progress: Progress = JSON.parse((await performer.accord('kr', 'list', id, '--json')).stdout);
    expect(progress.score).toBeCloseTo(0.2775);
    expect(progress.keyResults.map((keyResult) => keyResult.current)).toEqual(['55.5', false]);
    expect(progress.confidence.map((point) => point.status)).toEqual(['on-track', 'at-risk']);
    expect((await checkInsOf(customer, id)).length).toBe(2);
  });

  it('refuses a value that does not fit, with a clear message, and records nothing', async () => {
    const { id, customer, performer } = await promisedWithKeyResults();

    const word = await performer.accord(
      'checkin',
      id,
      '--kr',
      '1=abc',
      '--kr',
      '2=done',
      '--confidence',
      '7',
    );
    expect(word.code).toBe(2);
    expect(word.stdout).toBe('');
    expect(word.stderr).toContain('accord: --kr 1=abc: "abc" is not a plain number');
    expect(word.stderr).toContain(`"${SIGNUPS}" is measured as: increase 0 → 100 signups.`);

    const number = await performer.accord('checkin', id, '--kr', 'launch=40');
    expect(number.code).toBe(2);
    expect(number.stderr).toContain("accord: --kr launch=40: a milestone is done or not-done, not '40'");

    const third = await performer.accord('checkin', id, '--kr', '3=1');
    expect(third.code).toBe(1);
    expect(third.stderr).toContain('accord: there is no key result 3: the promise has 2');
    expect(third.stderr).toContain(`Run 'accord kr list ${id}' to see them, numbered.`);

    const sure = await performer.accord('checkin', id, '--kr', '1=40', '--confidence', '11');
    expect(sure.code).toBe(2);
    expect(sure.stderr).toContain('--confidence must be a whole number from 0 to 10');

    const unknown = await performer.accord('checkin', 'no-such-promise', '--kr', '1=40');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("accord: no promise has the id 'no-such-promise'");

    expect(await checkInsOf(customer, id)).toEqual([]);
    const listed = await customer.accord('kr', 'list', id);
    expect(rowWith(listed.stdout, SIGNUPS)).toEqual(['1', SIGNUPS, 'increase 0 → 100 signups', '—', '0%']);
    expect(listed.stdout).not.toContain('Last check-in');
  });

  it("passes on the server's refusal of a check-in by the customer, or after the work is reported", async () => {
    const { id, customer, performer } = await promisedWithKeyResults();

    const byCustomer = await customer.accord('checkin', id, '--kr', '1=40', '--confidence', '7');
    expect(byCustomer.code).toBe(1);
    expect(byCustomer.stdout).toBe('');
    expect(byCustomer.stderr).toContain('accord: Only the performer of a promise checks in on it');

    expect((await performer.accord('move', id, 'report-complete')).code).toBe(0);
    const late = await performer.accord('checkin', id, '--kr', '1=40');
    expect(late.code).toBe(1);
    expect(late.stderr).toContain('accord: A check-in is for a promise being kept');

    expect(await checkInsOf(customer, id)).toEqual([]);
  });

  it('assesses: dissatisfied sends the promise back, satisfied keeps the final scores and a retrospective', async () => {
    const { id, customer, performer } = await promisedWithKeyResults();

    const bare = await customer.accord('assess', id, '--dissatisfied');
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('accord: --dissatisfied needs --note TEXT');

    const early = await customer.accord('assess', id, '--satisfied');
    expect(early.code).toBe(1);
    expect(early.stderr).toMatch(/^accord: .+/);
    expect(early.stderr).toContain('Your moves now:');

    await performer.accord('checkin', id, '--kr', '1=40', '--kr', '2=done', '--confidence', '6');
    await performer.accord('move', id, 'report-complete');
    const dissatisfied = await customer.accord(
      'assess',
      id,
      '--dissatisfied',
      '--note',
      'Signups are short of 100',
    );
    expect(dissatisfied.stderr).toBe('');
    expect(dissatisfied.code).toBe(0);
    expect(dissatisfied.stdout).toContain("You declared yourself dissatisfied with 'Grow signups'.");
    expect(dissatisfied.stdout).toMatch(/^Status +promised, awaiting the performer: performer person$/m);
    expect(dissatisfied.stdout).toMatch(/^Assessment +dissatisfied, declared by customer person at /m);
    expect(dissatisfied.stdout).toMatch(/^Note +Signups are short of 100$/m);
    expect(dissatisfied.stdout).toMatch(/^Final score +70%$/m);

    await performer.accord('checkin', id, '--kr', '1=100', '--confidence', '9');
    await performer.accord('move', id, 'report-complete');
    const satisfied = await customer.accord(
      'assess',
      id,
      '--satisfied',
      '--note',
      'Great',
      '--went-well',
      'Weekly demos kept us honest',
      '--to-change',
      'Measure from day one',
    );
    expect(satisfied.stderr).toBe('');
    expect(satisfied.code).toBe(0);
    expect(satisfied.stdout).toContain("You declared yourself satisfied with 'Grow signups'.");
    expect(satisfied.stdout).toMatch(/^Status +satisfied$/m);
    expect(satisfied.stdout).toMatch(/^Declarations +2; this is the latest$/m);
    expect(satisfied.stdout).toMatch(/^Note +Great$/m);
    expect(satisfied.stdout).toMatch(/^Final score +100%$/m);
    expect(satisfied.stdout).toMatch(/^# +KEY RESULT +FINAL +SCORE$/m);
    expect(rowWith(satisfied.stdout, SIGNUPS)).toEqual(['1', SIGNUPS, '100', '100%']);
    expect(rowWith(satisfied.stdout, LAUNCH)).toEqual(['2', LAUNCH, 'done', '100%']);
    const retrospectives = satisfied.stdout.slice(satisfied.stdout.indexOf('Retrospectives\n'));
    expect(retrospectives).toMatch(/^ {2}customer person \(customer\) at \d{4}-/m);
    expect(retrospectives).toMatch(/^ {4}Went well +Weekly demos kept us honest$/m);
    expect(retrospectives).toMatch(/^ {4}To change +Measure from day one$/m);

    const stored = await customer.client.get<Assessment>(`/api/v1/promises/${id}/assessment`);
    expect(stored.body).toMatchObject({
      satisfaction: { satisfied: true, note: 'Great', score: 1 },
      declarations: 2,
      retrospectives: [{ side: 'customer', wentWell: 'Weekly demos kept us honest' }],
    });
  });
});
