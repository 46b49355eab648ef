import { describe, expect, it } from 'vitest';
import { CreatePromiseBody } from '../../../contract/promises.js';
import { type ConditionDraft, emptyCondition } from './condition-draft.js';
import { toCreatePromiseBody, validateNewPromise } from './new-promise-body.js';
import type { NewPromiseValues } from './new-promise-values.js';

const blank: NewPromiseValues = {
  open: 'request',
  draftedBy: 'customer',
  cycleId: null,
  customer: null,
  performers: [],
  title: '',
  description: '',
  conditions: [],
  dueDate: '',
  tags: [],
  replyBy: '',
};

const filled: NewPromiseValues = {
  ...blank,
  cycleId: 'cycle-1',
  customer: 'person:grace',
  performers: ['team:platform'],
  title: '  Single sign-on  ',
  dueDate: '2031-12-31',
};

const TODAY = '2027-01-04';

const condition = (fields: Partial<ConditionDraft>): ConditionDraft => ({ ...emptyCondition(), ...fields });

describe('the new-promise form, validated by CreatePromiseBody', () => {
  it('says what is missing with the contract’s messages, under each field', () => {
    expect(validateNewPromise(blank, TODAY)).toEqual({
      cycleId: 'Is required',
      customer: 'Is required',
      performers: 'Name at least one performer',
      title: 'Cannot be empty',
      dueDate: 'Is required',
    });
  });

  it('takes a title’s bounds from the contract', () => {
    expect(validateNewPromise({ ...filled, title: 'x'.repeat(201) }, TODAY)).toEqual({
      title: 'Must have at most 200 characters',
    });
  });

  it('shows a tag’s issue on the tags input', () => {
    expect(validateNewPromise({ ...filled, tags: ['ok', '!nope'] }, TODAY)).toEqual({
      tags: 'Use letters, digits, spaces, - and _',
    });
  });

  it('shows a condition’s empty text from the contract and its key result’s problem from the scoring rules', () => {
    const errors = validateNewPromise(
      {
        ...filled,
        conditions: [
          condition({ text: ' ' }),
          condition({ text: 'Signups', measure: 'metric', start: '10', target: '5' }),
        ],
      },
      TODAY,
    );
    expect(errors).toEqual({
      'conditions.0.text': 'Cannot be empty',
      'conditions.1.target': 'To increase, the target must be at or above the start; did you mean decrease?',
    });
  });

  it('makes the request the server takes once the values are valid', () => {
    expect(validateNewPromise(filled, TODAY)).toEqual({});
    const body = CreatePromiseBody.parse(toCreatePromiseBody({ ...filled, open: 'draft' }, 'direction-1'));
    expect(body).toMatchObject({
      cycleId: 'cycle-1',
      customer: { type: 'person', id: 'grace' },
      performers: [{ type: 'team', id: 'platform' }],
      title: 'Single sign-on',
      dueDate: '2031-12-31',
      open: 'draft',
      draftedBy: 'customer',
      directionVersionId: 'direction-1',
    });
  });

  it('asks for an answer by a day with a request or an offer, never a day gone by, and not with a draft', () => {
    const asked = { ...filled, replyBy: '2027-01-08' };
    expect(CreatePromiseBody.parse(toCreatePromiseBody(asked)).replyBy).toBe('2027-01-08');
    expect(toCreatePromiseBody({ ...asked, open: 'draft' })).not.toHaveProperty('replyBy');
    expect(validateNewPromise({ ...filled, replyBy: '2027-01-03' }, TODAY)).toEqual({
      replyBy: 'The reply-by date 2027-01-03 has passed: choose today (2027-01-04) or a later day',
    });
    expect(validateNewPromise({ ...filled, open: 'draft', replyBy: '2027-01-03' }, TODAY)).toEqual({});
  });
});
