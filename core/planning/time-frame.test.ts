import { describe, expect, it } from 'vitest';
import { cyclesOverlap, dueDateWithin, frameContains, frameLengthInDays } from './time-frame.js';

const q1 = { start: '2027-01-01', end: '2027-03-31' };
const q2 = { start: '2027-04-01', end: '2027-06-30' };
const fy = { start: '2027-01-01', end: '2027-12-31' };

describe('time frames', () => {
  it('lets a quarter promise contribute to the year it falls in', () => {
    expect(cyclesOverlap(q1, fy)).toBe(true);
    expect(cyclesOverlap(fy, q2)).toBe(true);
  });

  it('refuses contributions between back-to-back quarters: they share no day', () => {
    expect(cyclesOverlap(q1, q2)).toBe(false);
    expect(cyclesOverlap(q2, q1)).toBe(false);
  });

  it('counts a single shared day as overlap', () => {
    expect(cyclesOverlap(q1, { start: '2027-03-31', end: '2027-04-30' })).toBe(true);
  });

  it('accepts due dates on the first and last day of a cycle, not outside it', () => {
    expect(dueDateWithin(q1, '2027-01-01')).toBe(true);
    expect(dueDateWithin(q1, '2027-03-31')).toBe(true);
    expect(dueDateWithin(q1, '2027-04-01')).toBe(false);
    expect(dueDateWithin(q1, '2026-12-31')).toBe(false);
  });

  it('measures frames in days, both ends included', () => {
    expect(frameLengthInDays(q1)).toBe(90);
    expect(frameLengthInDays({ start: '2028-01-01', end: '2028-03-31' })).toBe(91);
    expect(frameLengthInDays({ start: '2027-05-05', end: '2027-05-05' })).toBe(1);
    expect(frameContains(fy, q2)).toBe(true);
    expect(frameContains(q2, fy)).toBe(false);
  });
});
