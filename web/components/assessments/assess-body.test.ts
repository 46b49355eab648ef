import { describe, expect, it } from 'vitest';
import { MoveBody } from '../../../contract/promises.js';
import { toAssessMoveBody, validateAssessment } from './assess-body.js';

describe('an assessment, validated by MoveBody', () => {
  it('may be satisfied without a note', () => {
    expect(validateAssessment(4, { satisfied: true, note: ' ' })).toEqual({});
    expect(toAssessMoveBody(4, { satisfied: true, note: ' ' })).toEqual({
      act: 'declare-satisfied',
      version: 4,
    });
  });

  it('needs a reason to be dissatisfied, and says so under the note', () => {
    expect(validateAssessment(4, { satisfied: false, note: '  ' })).toEqual({ note: 'Cannot be empty' });
    expect(MoveBody.parse(toAssessMoveBody(4, { satisfied: false, note: ' Activation is at 30% ' }))).toEqual(
      {
        act: 'declare-dissatisfied',
        version: 4,
        reason: { text: 'Activation is at 30%' },
      },
    );
  });

  it('takes the note’s and the reason’s limits from the contract', () => {
    expect(validateAssessment(4, { satisfied: true, note: 'x'.repeat(5001) })).toEqual({
      note: 'Must have at most 5000 characters',
    });
    expect(validateAssessment(4, { satisfied: false, note: 'x'.repeat(2001) })).toEqual({
      note: 'Must have at most 2000 characters',
    });
  });
});
