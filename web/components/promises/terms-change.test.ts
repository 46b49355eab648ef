import { describe, expect, it } from 'vitest';
import type { Terms } from '../../../contract/promises.js';
import { signups } from '../../test/key-results.js';
import { emptyCondition } from './condition-draft.js';
import { changesFrom, termsDraftOf } from './terms-change.js';

const onTable: Terms = {
  title: 'Grow signups',
  description: 'More people try the product.',
  dueDate: '2027-03-31',
  conditions: [
    {
      id: 'cond-1',
      text: 'Signups reach 100',
      keyResult: signups,
    },
    { id: 'cond-2', text: 'Pricing page live', keyResult: { kind: 'milestone' } },
  ],
};

describe('a counter or renegotiation, as proposed', () => {
  it('proposes nothing when the terms are left as they are', () => {
    expect(changesFrom(onTable, termsDraftOf(onTable))).toEqual({});
  });

  it('proposes only what changed: a new due date, kept exactly as chosen', () => {
    const draft = { ...termsDraftOf(onTable), dueDate: '2027-02-28' };
    expect(changesFrom(onTable, draft)).toEqual({ dueDate: '2027-02-28' });
  });

  it('ignores spaces around the title, and sends a new one trimmed', () => {
    expect(changesFrom(onTable, { ...termsDraftOf(onTable), title: ' Grow signups ' })).toEqual({});
    expect(changesFrom(onTable, { ...termsDraftOf(onTable), title: ' Double signups ' })).toEqual({
      title: 'Double signups',
    });
  });

  it('sends the whole new list of conditions, the kept ones with their ids', () => {
    const draft = termsDraftOf(onTable);
    const [signupsDraft, pricing] = draft.conditions;
    if (!signupsDraft || !pricing) throw new Error('two conditions expected');
    const changes = changesFrom(onTable, {
      ...draft,
      conditions: [
        { ...signupsDraft, target: '150' },
        pricing,
        { ...emptyCondition(), text: 'Docs updated' },
      ],
    });
    expect(changes).toEqual({
      conditions: [
        {
          id: 'cond-1',
          text: 'Signups reach 100',
          keyResult: { ...signups, target: '150' },
        },
        { id: 'cond-2', text: 'Pricing page live', keyResult: { kind: 'milestone' } },
        { text: 'Docs updated', keyResult: null },
      ],
    });
  });

  it('sees a removed condition as a change of the list', () => {
    const draft = termsDraftOf(onTable);
    expect(changesFrom(onTable, { ...draft, conditions: draft.conditions.slice(1) }).conditions).toEqual([
      { id: 'cond-2', text: 'Pricing page live', keyResult: { kind: 'milestone' } },
    ]);
  });
});
