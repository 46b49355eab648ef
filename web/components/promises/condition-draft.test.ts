import { describe, expect, it } from 'vitest';
import type { Condition } from '../../../contract/promises.js';
import { conversion, latency, signups } from '../../test/key-results.js';
import {
  type ConditionDraft,
  conditionErrors,
  draftOf,
  emptyCondition,
  keyResultOf,
  toConditionInput,
} from './condition-draft.js';

const draft = (fields: Partial<ConditionDraft>): ConditionDraft => ({ ...emptyCondition(), ...fields });

describe('a new condition in the editor', () => {
  it('starts plain and empty, each with its own key', () => {
    const first = emptyCondition();
    expect(first).toMatchObject({ text: '', measure: 'none', unitKind: 'number', direction: 'increase' });
    expect(emptyCondition().key).not.toBe(first.key);
  });

  it('is sent as trimmed text without a key result while plain', () => {
    expect(toConditionInput(draft({ text: '  Pricing page live  ' }))).toEqual({
      text: 'Pricing page live',
      keyResult: null,
    });
  });

  it('keeps what was typed when switching how it is measured', () => {
    const metric = draft({ measure: 'metric', start: '0', target: '100', unit: 'signups' });
    const switchedAway = { ...metric, measure: 'milestone' as const };
    expect(keyResultOf(switchedAway)).toEqual({ kind: 'milestone' });
    expect(keyResultOf({ ...switchedAway, measure: 'metric' })).toEqual(signups);
  });

  it('sends a band for a stay-within metric, and a weight only when one was given', () => {
    expect(
      keyResultOf(
        draft({
          measure: 'metric',
          direction: 'stay-within',
          start: ' 100 ',
          low: '90',
          high: '110',
          weight: 2,
        }),
      ),
    ).toEqual({
      kind: 'metric',
      unitKind: 'number',
      unit: '',
      start: '100',
      direction: 'stay-within',
      band: { low: '90', high: '110' },
      weight: 2,
    });
    expect(keyResultOf(draft({ measure: 'milestone', weight: '' }))).toEqual({ kind: 'milestone' });
  });
});

describe('a condition already on the table, edited', () => {
  const onTable: Condition = {
    id: 'cond-1',
    text: 'Conversion reaches 40%',
    keyResult: { ...conversion, weight: 3 },
  };

  it('comes back unchanged when nothing is touched, with its id, so the proposal says “changed” not “replaced”', () => {
    const edited = draftOf(onTable);
    expect(edited).toMatchObject({
      id: 'cond-1',
      measure: 'metric',
      unitKind: 'percent',
      start: '22',
      target: '40',
    });
    expect(toConditionInput(edited)).toEqual(onTable);
  });

  it('round-trips a band and a milestone', () => {
    const band: Condition = { id: 'cond-2', text: 'Latency stays low', keyResult: latency };
    const milestone: Condition = {
      id: 'cond-3',
      text: 'Launch',
      keyResult: { kind: 'milestone', weight: 2 },
    };
    expect(toConditionInput(draftOf(band))).toEqual(band);
    expect(toConditionInput(draftOf(milestone))).toEqual(milestone);
    expect(toConditionInput(draftOf({ id: 'cond-4', text: 'Plain', keyResult: null }))).toEqual({
      id: 'cond-4',
      text: 'Plain',
      keyResult: null,
    });
  });
});

describe('problems shown before anything is sent', () => {
  it('are keyed like the server’s validation issues, one per field', () => {
    const errors = conditionErrors(
      [
        draft({ text: '   ' }),
        draft({ text: 'Signups', measure: 'metric', start: '10', target: '5' }),
        draft({ text: 'Budget', measure: 'metric', unitKind: 'currency', start: '1', target: '2' }),
        draft({
          text: 'Latency',
          measure: 'metric',
          direction: 'stay-within',
          start: '1',
          low: '9',
          high: '3',
        }),
      ],
      'conditions.',
    );
    expect(errors).toEqual({
      'conditions.0.text': 'Cannot be empty',
      'conditions.1.target': 'To increase, the target must be at or above the start; did you mean decrease?',
      'conditions.2.unit': 'Say which currency the amounts are in, such as EUR',
      'conditions.3.high': 'The low end of the band must not be above its high end',
    });
  });

  it('point at the start when it is not a number', () => {
    const errors = conditionErrors(
      [draft({ text: 'Signups', measure: 'metric', start: 'ten', target: '5' })],
      'changes.conditions.',
    );
    expect(Object.keys(errors)).toEqual(['changes.conditions.0.start']);
    expect(errors['changes.conditions.0.start']).toMatch(/^Start value: /);
  });

  it('are none for conditions that are fine', () => {
    expect(conditionErrors([draft({ text: 'Launch', measure: 'milestone' })], 'conditions.')).toEqual({});
  });
});
