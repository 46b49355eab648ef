import { describe, expect, it } from 'vitest';
import { CreateContributionBody, CreateDependencyBody } from '../../../contract/alignment.js';
import {
  toContributionBody,
  toDependencyBody,
  validateContribution,
  validateDependency,
} from './alignment-bodies.js';

describe('a contribution, validated by CreateContributionBody', () => {
  it('asks for the other promise and takes the weight’s bounds from the contract', () => {
    expect(validateContribution('mine', { direction: 'to', otherId: null, weight: 1 })).toEqual({
      otherId: 'Is required',
    });
    expect(validateContribution('mine', { direction: 'from', otherId: 'theirs', weight: 0 })).toEqual({
      weight: 'Must be more than 0',
    });
    expect(validateContribution('mine', { direction: 'to', otherId: 'theirs', weight: 1001 })).toEqual({
      weight: 'Must be at most 1000',
    });
  });

  it('goes from this promise or to it, with the default weight when it is emptied', () => {
    expect(
      CreateContributionBody.parse(
        toContributionBody('mine', { direction: 'to', otherId: 'theirs', weight: '' }),
      ),
    ).toEqual({
      fromPromiseId: 'mine',
      toPromiseId: 'theirs',
      weight: 1,
    });
    expect(toContributionBody('mine', { direction: 'from', otherId: 'theirs', weight: 2.5 })).toEqual({
      fromPromiseId: 'theirs',
      toPromiseId: 'mine',
      weight: 2.5,
    });
  });
});

const TODAY = '2027-01-04';

describe('a dependency, validated by CreateDependencyBody', () => {
  it('shows the contract’s rule that one supplier is named under the supplier', () => {
    expect(
      validateDependency('mine', { kind: 'team', supplierId: null, note: '', replyBy: '' }, TODAY),
    ).toEqual({
      supplierId: 'Name one supplier, a promise or a team',
    });
    expect(
      validateDependency(
        'mine',
        { kind: 'promise', supplierId: 'p', note: 'x'.repeat(2001), replyBy: '' },
        TODAY,
      ),
    ).toEqual({
      note: 'Must have at most 2000 characters',
    });
  });

  it('names the supplier by its kind and sends the note trimmed', () => {
    expect(
      CreateDependencyBody.parse(
        toDependencyBody('mine', { kind: 'team', supplierId: 't', note: ' Mail ', replyBy: '' }),
      ),
    ).toEqual({
      promiseId: 'mine',
      supplierTeamId: 't',
      note: 'Mail',
    });
  });

  it('asks the supplier to answer by a day, never a day gone by', () => {
    const values = { kind: 'promise' as const, supplierId: 'p', note: '', replyBy: '2027-01-08' };
    expect(CreateDependencyBody.parse(toDependencyBody('mine', values)).replyBy).toBe('2027-01-08');
    expect(validateDependency('mine', values, TODAY)).toEqual({});
    expect(validateDependency('mine', { ...values, replyBy: '2027-01-03' }, TODAY)).toEqual({
      replyBy: 'The reply-by date 2027-01-03 has passed: choose today (2027-01-04) or a later day',
    });
  });
});
