import { describe, expect, it } from 'vitest';
import type { Progress } from '../contract/check-ins.js';
import type { KeyResultView } from '../contract/key-results.js';
import { CliError } from './errors.js';
import { checkInValues, findKeyResult, parseKeyResultEntry } from './key-result-values.js';

const signups: KeyResultView = {
  conditionId: 'c-signups',
  text: 'Signups from the new page',
  definition: {
    kind: 'metric',
    unitKind: 'number',
    unit: 'signups',
    start: '0',
    direction: 'increase',
    target: '100',
  },
  current: null,
  progress: 0,
  series: [],
};
const signupsEurope: KeyResultView = { ...signups, conditionId: 'c-europe', text: 'Signups in Europe' };
const launch: KeyResultView = {
  conditionId: 'c-launch',
  text: 'Launch the referral page',
  definition: { kind: 'milestone' },
  current: null,
  progress: 0,
  series: [],
};

function progressOf(...keyResults: KeyResultView[]): Progress {
  return {
    promiseId: 'p-1',
    score: 0,
    rolledUpScore: 0,
    startDate: '2027-01-01',
    dueDate: '2027-03-31',
    timeUsed: null,
    keyResults,
    confidence: [],
    lastCheckInAt: null,
    nextCheckInDue: null,
    isStale: false,
  };
}

/** What a person would read: the message (and hint) of the error `call` throws, and its exit status. */
function refusal(call: () => unknown): { message: string; hint: string | undefined; exitCode: number } {
  try {
    call();
  } catch (error) {
    if (error instanceof CliError)
      return { message: error.message, hint: error.hint, exitCode: error.exitCode };
    throw error;
  }
  throw new Error('expected a refusal');
}

const values = (progress: Progress, ...texts: string[]) =>
  checkInValues(progress, texts.map(parseKeyResultEntry));

describe('naming key results on the command line', () => {
  const progress = progressOf(signups, signupsEurope, launch);

  it('finds a key result by its condition id, its number, its whole text or a unique prefix', () => {
    expect(findKeyResult(progress, 'c-launch')).toBe(launch);
    expect(findKeyResult(progress, '2')).toBe(signupsEurope);
    expect(findKeyResult(progress, 'LAUNCH')).toBe(launch);
    expect(findKeyResult(progress, 'signups in europe')).toBe(signupsEurope);
    expect(findKeyResult(progressOf(signups, launch), 'signups')).toBe(signups);
  });

  it('lists the candidates when a prefix fits several, and says how many there are for a number', () => {
    const ambiguous = refusal(() => findKeyResult(progress, 'signups'));
    expect(ambiguous.message).toBe(
      "'signups' could be any of 2 key results:\n  1. Signups from the new page\n  2. Signups in Europe",
    );
    expect(ambiguous.exitCode).toBe(1);

    expect(refusal(() => findKeyResult(progress, '4')).message).toBe(
      'there is no key result 4: the promise has 3',
    );
    const unknown = refusal(() => findKeyResult(progress, 'revenue'));
    expect(unknown.message).toBe("no key result starts with 'revenue'");
    expect(unknown.hint).toBe("Run 'accord kr list p-1' to see them, numbered.");
    expect(refusal(() => findKeyResult(progressOf(), '1')).message).toContain('has no key results');
  });
});

describe('check-in values', () => {
  const progress = progressOf(signups, launch);

  it('sends a metric as decimal text and a milestone as done', () => {
    expect(values(progress, '1=40', 'launch=done')).toEqual([
      { conditionId: 'c-signups', value: '40' },
      { conditionId: 'c-launch', done: true },
    ]);
    expect(values(progress, 'c-signups= 12.50 ', '2=Not Done')).toEqual([
      { conditionId: 'c-signups', value: '12.50' },
      { conditionId: 'c-launch', done: false },
    ]);
    for (const [word, done] of [
      ['yes', true],
      ['true', true],
      ['no', false],
      ['false', false],
    ] as const) {
      expect(values(progress, `2=${word}`)).toEqual([{ conditionId: 'c-launch', done }]);
    }
    // The text is split at the last '=', so a key result whose text has one can be named.
    expect(values(progressOf({ ...signups, text: 'a=b ratio' }), 'a=b=0.5')).toEqual([
      { conditionId: 'c-signups', value: '0.5' },
    ]);
  });

  it('refuses, as a usage error, a value that does not fit the kind of key result', () => {
    const word = refusal(() => values(progress, '1=abc'));
    expect(word.exitCode).toBe(2);
    expect(word.message).toContain('--kr 1=abc: "abc" is not a plain number');
    expect(word.hint).toBe('"Signups from the new page" is measured as: increase 0 → 100 signups.');

    expect(refusal(() => values(progress, '1=done')).message).toContain('"done" is not a plain number');
    expect(refusal(() => values(progress, '1=1,000')).message).toContain('is not a plain number');
    const number = refusal(() => values(progress, '2=40'));
    expect(number.message).toBe("--kr 2=40: a milestone is done or not-done, not '40'");
    expect(number.exitCode).toBe(2);
  });

  it('refuses a malformed --kr and a key result given twice', () => {
    for (const text of ['40', '=40', '1=', 'done']) {
      const malformed = refusal(() => parseKeyResultEntry(text));
      expect(malformed.message, text).toBe(`--kr '${text}' is not KR=VALUE`);
      expect(malformed.exitCode).toBe(2);
    }
    expect(refusal(() => values(progress, '1=40', 'signups=41')).message).toBe(
      '--kr 1=40 and --kr signups=41 are both for "Signups from the new page"; give it once',
    );
  });
});
