import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CreateTeamBody } from '../../../contract/teams.js';
import { contractValidator, fieldErrors } from './contract-validator.js';

describe('contractValidator', () => {
  it('shows the contract’s message under the field, capitalized', () => {
    const validate = contractValidator(CreateTeamBody);
    expect(validate({ name: '  ', description: '' })).toEqual({ name: 'Cannot be empty' });
    expect(validate({ name: 'x'.repeat(121), description: '' })).toEqual({
      name: 'Must have at most 120 characters',
    });
  });

  it('has no errors for values the contract accepts', () => {
    expect(contractValidator(CreateTeamBody)({ name: 'Platform', description: '' })).toEqual({});
  });

  it('validates the request the values make, and shows each issue where the form says', () => {
    const schema = z.object({ amount: z.number({ error: 'is required' }).min(0, 'must be 0 or more') });
    const validate = contractValidator(
      schema,
      (values: { amount: number | string }) => ({
        amount: typeof values.amount === 'number' ? values.amount : undefined,
      }),
      (path) => (path === 'amount' ? 'capacity' : null),
    );
    expect(validate({ amount: '' })).toEqual({ capacity: 'Is required' });
    expect(validate({ amount: -1 })).toEqual({ capacity: 'Must be 0 or more' });
    expect(validate({ amount: 3 })).toEqual({});
  });
});

describe('fieldErrors', () => {
  it('keeps the first message of each field, joins paths with dots and drops what maps to null', () => {
    const issues = [
      { path: ['conditions', 0, 'text'], message: 'cannot be empty' },
      { path: ['conditions', 0, 'text'], message: 'must have at most 500 characters' },
      { path: ['conditions', 0, 'keyResult'], message: 'Invalid input' },
    ];
    expect(fieldErrors(issues, (path) => (path.includes('keyResult') ? null : path))).toEqual({
      'conditions.0.text': 'Cannot be empty',
    });
  });
});
