import { describe, expect, it } from 'vitest';
import { TestClock } from './clock.js';

describe('the test clock', () => {
  it('follows the wall clock until it is set', () => {
    const clock = new TestClock();
    const before = Date.now();
    const reading = clock.now().getTime();
    expect(reading).toBeGreaterThanOrEqual(before);
    expect(reading).toBeLessThanOrEqual(Date.now());
  });

  it('stands at the time it is set to, each reading a millisecond after the last', () => {
    const clock = new TestClock();
    clock.set('2027-01-10T09:00:00Z');
    expect(clock.now().toISOString()).toBe('2027-01-10T09:00:00.000Z');
    expect(clock.now().toISOString()).toBe('2027-01-10T09:00:00.001Z');
  });

  it('moves forward by days, hours and minutes, and back to the wall clock on reset', () => {
    const clock = new TestClock();
    clock.set('2027-01-10T09:00:00Z');
    expect(clock.advance({ days: 7, hours: 2, minutes: 30 }).toISOString()).toBe('2027-01-17T11:30:00.000Z');
    expect(clock.now().toISOString()).toBe('2027-01-17T11:30:00.000Z');
    clock.reset();
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(1000);
  });

  it('refuses what is not a timestamp', () => {
    expect(() => new TestClock().set('next Tuesday')).toThrow(/Not a timestamp/);
  });
});
