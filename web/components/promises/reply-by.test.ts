import { describe, expect, it } from 'vitest';
import { replyByStanding } from '../format.js';
import { replyByProblem } from './reply-by.js';

describe('reply-by dates in forms and lists', () => {
  it('accepts no date, today or a later day, and refuses a day gone by as the API does', () => {
    expect(replyByProblem('', '2027-01-04')).toBeNull();
    expect(replyByProblem('2027-01-04', '2027-01-04')).toBeNull();
    expect(replyByProblem('2027-02-01', '2027-01-04')).toBeNull();
    expect(replyByProblem('2027-01-03', '2027-01-04')).toMatch(/2027-01-03 has passed/);
  });

  it('is overdue from the day after the date, like the unanswered-ask finding', () => {
    expect(replyByStanding('2027-01-08', new Date('2027-01-08T23:59:00Z'))).toEqual({
      label: 'Reply by Jan 8, 2027',
      isOverdue: false,
    });
    expect(replyByStanding('2027-01-08', new Date('2027-01-09T00:01:00Z')).isOverdue).toBe(true);
  });
});
