import { describe, expect, it } from 'vitest';
import { MoveBody, type Terms } from '../../../contract/promises.js';
import { signups } from '../../test/key-results.js';
import { emptyCondition } from './condition-draft.js';
import { type MoveContext, type MoveValues, toMoveBody, validateMove } from './move-body.js';
import { termsDraftOf } from './terms-change.js';

const onTable: Terms = {
  title: 'Grow signups',
  description: '',
  dueDate: '2027-03-31',
  conditions: [{ id: 'cond-1', text: 'Signups reach 100', keyResult: signups }],
};

const blank: MoveValues = {
  reasonCode: null,
  reason: '',
  text: '',
  terms: termsDraftOf(onTable),
  replyBy: '',
};
const TODAY = '2027-01-04';
const decline: MoveContext = { act: 'decline', version: 3, onTable, need: 'reason' };
const counter: MoveContext = { act: 'counter', version: 3, onTable, need: 'changes' };

describe('a move, validated by MoveBody', () => {
  it('leaves an empty reason out, so the protocol says why one is needed', () => {
    expect(validateMove(decline, blank, TODAY)).toEqual({});
    expect(toMoveBody(decline, { ...blank, reasonCode: 'capacity', reason: '  ' })).toEqual({
      act: 'decline',
      version: 3,
    });
  });

  it('sends a reason with its kind when declining, and shows the contract’s limit under Why', () => {
    const values = { ...blank, reasonCode: 'capacity' as const, reason: ' No one free ' };
    expect(MoveBody.parse(toMoveBody(decline, values))).toEqual({
      act: 'decline',
      version: 3,
      reason: { code: 'capacity', text: 'No one free' },
    });
    expect(validateMove(decline, { ...values, reason: 'x'.repeat(2001) }, TODAY)).toEqual({
      reason: 'Must have at most 2000 characters',
    });
  });

  it('keeps a reason’s kind for a decline only', () => {
    const revoke: MoveContext = { ...decline, act: 'revoke' };
    expect(toMoveBody(revoke, { ...blank, reasonCode: 'scope', reason: 'Out of scope' }).reason).toEqual({
      text: 'Out of scope',
    });
  });

  it('proposes only the changed terms, with the contract’s messages for them', () => {
    const terms = { ...termsDraftOf(onTable), title: ' ', dueDate: '2027-02-30' };
    expect(toMoveBody(counter, { ...blank, terms }).changes).toEqual({ title: '', dueDate: '2027-02-30' });
    expect(validateMove(counter, { ...blank, terms }, TODAY)).toEqual({
      'changes.title': 'Cannot be empty',
      'changes.dueDate': 'Must be a date such as 2031-12-31',
    });
  });

  it('shows a new condition’s empty text and its key result’s problem once each', () => {
    const terms = {
      ...termsDraftOf(onTable),
      conditions: [{ ...emptyCondition(), measure: 'metric' as const, start: '10', target: '5' }],
    };
    expect(validateMove(counter, { ...blank, terms }, TODAY)).toEqual({
      'changes.conditions.0.text': 'Cannot be empty',
      'changes.conditions.0.target':
        'To increase, the target must be at or above the start; did you mean decrease?',
    });
  });

  it('sends a note or a comment only when there is one', () => {
    const comment: MoveContext = { act: 'comment', version: 3, onTable, need: 'text' };
    expect(toMoveBody(comment, blank)).toEqual({ act: 'comment', version: 3 });
    expect(MoveBody.parse(toMoveBody(comment, { ...blank, text: ' Looks good ' })).text).toBe('Looks good');
    expect(validateMove(comment, { ...blank, text: 'x'.repeat(5001) }, TODAY)).toEqual({
      text: 'Must have at most 5000 characters',
    });
  });

  it('asks for an answer by a day only with a move that opens a conversation, and never a day gone by', () => {
    const request: MoveContext = { act: 'request', version: 1, onTable, need: null };
    expect(toMoveBody(request, { ...blank, replyBy: '2027-01-08' })).toEqual({
      act: 'request',
      version: 1,
      replyBy: '2027-01-08',
    });
    expect(toMoveBody(counter, { ...blank, replyBy: '' }).replyBy).toBeUndefined();
    expect(toMoveBody(decline, { ...blank, replyBy: '2027-01-08' }).replyBy).toBeUndefined();
    expect(validateMove(request, { ...blank, replyBy: '2027-01-03' }, TODAY)).toEqual({
      replyBy: 'The reply-by date 2027-01-03 has passed: choose today (2027-01-04) or a later day',
    });
    expect(validateMove(request, { ...blank, replyBy: '2027-01-04' }, TODAY)).toEqual({});
  });
});
