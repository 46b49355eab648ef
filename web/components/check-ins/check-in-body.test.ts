import { describe, expect, it } from 'vitest';
import type { KeyResultView } from '../../../contract/key-results.js';
import { launch, signups } from '../../test/key-results.js';
import { type CheckInValues, toCheckInBody, validateCheckIn } from './check-in-body.js';

const view = (conditionId: string, definition: KeyResultView['definition']): KeyResultView => ({
  conditionId,
  text: conditionId,
  definition,
  current: null,
  progress: 0,
  series: [],
});

const keyResults = [view('signups-id', signups), view('launch-id', launch)];

const values = (fields: Partial<CheckInValues>): CheckInValues => ({
  values: { 'signups-id': '', 'launch-id': false },
  confidence: 5,
  status: 'on-track',
  note: '',
  blockers: '',
  ...fields,
});

describe('the check-in form, validated by CreateCheckInBody', () => {
  it('takes the confidence’s rule and message from the contract', () => {
    expect(validateCheckIn(keyResults, values({ confidence: 11 }))).toEqual({
      confidence: 'Must be a whole number from 0 to 10',
    });
    expect(validateCheckIn(keyResults, values({ confidence: '' }))).toEqual({ confidence: 'Is required' });
  });

  it('shows a refused value under its key result’s input, not by its place in the request', () => {
    const errors = validateCheckIn(
      keyResults,
      values({ values: { 'signups-id': '1e3', 'launch-id': true } }),
    );
    expect(errors).toEqual({
      'values.signups-id': 'Must be a plain decimal such as "12.5" (no exponent, no thousands separator)',
    });
  });

  it('sends only what the performer touched', () => {
    const checkIn = values({ values: { 'signups-id': ' 40 ', 'launch-id': true }, note: 'Ads started' });
    expect(validateCheckIn(keyResults, checkIn)).toEqual({});
    expect(toCheckInBody(keyResults, checkIn)).toEqual({
      values: [
        { conditionId: 'signups-id', value: '40' },
        { conditionId: 'launch-id', done: true },
      ],
      confidence: 5,
      status: 'on-track',
      note: 'Ads started',
      blockers: '',
    });
    expect(toCheckInBody(keyResults, values({})).values).toEqual([]);
  });
});
