import { describe, expect, it } from 'vitest';
import { partyOfValue, partyOptions, partyValue } from './party-options.js';

describe('a party in a select', () => {
  it('is a person or a team, and comes back as the same party', () => {
    expect(partyValue({ type: 'person', id: 'p-1' })).toBe('person:p-1');
    expect(partyOfValue('team:t-9')).toEqual({ type: 'team', id: 't-9' });
    expect(partyOfValue(partyValue({ type: 'person', id: 'a:b' }))).toEqual({ type: 'person', id: 'a:b' });
  });

  it('is nothing when the value names neither', () => {
    expect(partyOfValue('robot:r-1')).toBeNull();
    expect(partyOfValue('team:')).toBeNull();
    expect(partyOfValue('')).toBeNull();
  });

  it('is offered among the people, then the teams, by name', () => {
    expect(
      partyOptions(
        [
          { id: 'p-1', name: 'Grace Hopper' },
          { id: 'p-2', name: 'Alan Turing' },
        ],
        [{ id: 't-1', name: 'Platform' }],
      ),
    ).toEqual([
      {
        group: 'People',
        items: [
          { value: 'person:p-1', label: 'Grace Hopper' },
          { value: 'person:p-2', label: 'Alan Turing' },
        ],
      },
      { group: 'Teams', items: [{ value: 'team:t-1', label: 'Platform' }] },
    ]);
  });
});
