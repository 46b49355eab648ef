import { describe, expect, it } from 'vitest';
import { defaultHorizons, horizonEnd, isLongerHorizon, longestHorizon, validateHorizon } from './horizon.js';

describe('horizons', () => {
  it('gives a new organization 3 years, 1 year and a quarter', () => {
    expect(defaultHorizons).toEqual([
      { key: '3y', name: '3 years', months: 36 },
      { key: '1y', name: '1 year', months: 12 },
      { key: 'quarter', name: 'Quarter', months: 3 },
    ]);
  });

  it('compares horizons in months and in days fairly', () => {
    expect(isLongerHorizon({ months: 12 }, { months: 3 })).toBe(true);
    expect(isLongerHorizon({ months: 3 }, { months: 3 })).toBe(false);
    expect(isLongerHorizon({ months: 3 }, { days: 90 })).toBe(true);
    expect(isLongerHorizon({ days: 92 }, { months: 3 })).toBe(true);
    expect(isLongerHorizon({ days: 42 }, { months: 1 })).toBe(true);
    expect(longestHorizon([{ days: 42 }, { months: 12 }, { months: 3 }])).toEqual({ months: 12 });
    expect(longestHorizon([])).toBeNull();
  });

  it('ends a frame on the last day of its horizon', () => {
    expect(horizonEnd('2027-01-01', { months: 12 })).toBe('2027-12-31');
    expect(horizonEnd('2027-01-01', { months: 3 })).toBe('2027-03-31');
    expect(horizonEnd('2027-04-01', { months: 36 })).toBe('2030-03-31');
    expect(horizonEnd('2027-01-04', { days: 14 })).toBe('2027-01-17');
  });

  it('lets an admin add a six-week horizon', () => {
    expect(validateHorizon({ name: '6 weeks', days: 42 }, defaultHorizons)).toEqual([]);
  });

  it('refuses a horizon without a name, or with a name already used', () => {
    expect(validateHorizon({ name: '   ', months: 6 }).map((r) => r.code)).toEqual(['name-empty']);
    expect(validateHorizon({ name: 'x'.repeat(41), months: 6 }).map((r) => r.code)).toEqual([
      'name-too-long',
    ]);
    const [taken] = validateHorizon({ name: ' quarter ', months: 3 }, defaultHorizons);
    expect(taken?.code).toBe('name-taken');
    expect(taken?.message).toContain('"Quarter"');
    expect(
      validateHorizon({ key: '1y', name: 'Year', months: 12 }, defaultHorizons).map((r) => r.code),
    ).toEqual(['key-taken']);
  });

  it('refuses lengths that are not whole, not positive, or longer than ten years', () => {
    expect(validateHorizon({ name: 'Never', months: 0 })[0]?.code).toBe('length-not-positive-whole');
    expect(validateHorizon({ name: 'Backwards', days: -7 })[0]?.code).toBe('length-not-positive-whole');
    expect(validateHorizon({ name: 'Half', months: 1.5 })[0]?.message).toContain('whole number of months');
    expect(validateHorizon({ name: 'Decade+', months: 121 })[0]?.code).toBe('length-too-long');
    expect(validateHorizon({ name: 'Decade', months: 120 })).toEqual([]);
  });
});
