import { describe, expect, it } from 'vitest';
import { parseDate, parseInstant, parseNumber } from './values.js';

const number = (value: string | number) => {
  const parsed = parseNumber(value);
  return parsed.ok ? parsed.value : `refused: ${parsed.message}`;
};
const date = (value: string | number) => {
  const parsed = parseDate(value);
  return parsed.ok ? parsed.value : 'refused';
};

describe('numbers as spreadsheets write them', () => {
  it('reads thousands separators, currency signs, percentages and negative amounts', () => {
    expect(number('1,000,000')).toBe('1000000');
    expect(number('1,000')).toBe('1000');
    expect(number('1 234 567')).toBe('1234567');
    expect(number('$1,250.50')).toBe('1250.50');
    expect(number('45%')).toBe('45');
    expect(number('(42)')).toBe('-42');
    expect(number('-3.5')).toBe('-3.5');
    expect(number('1.234,5')).toBe('1234.5');
    expect(number('12,5')).toBe('12.5');
    expect(number('.5')).toBe('0.5');
    expect(number(1250)).toBe('1250');
    expect(number(0.25)).toBe('0.25');
  });

  it('refuses text that is not a number, saying what it was', () => {
    expect(number('lots')).toBe('refused: "lots" is not a number');
    expect(number('1.2.3e4')).toMatch(/^refused/);
    expect(number('')).toMatch(/^refused/);
  });
});

describe('dates as spreadsheets write them', () => {
  it('reads ISO, M/D/YYYY, D.M.YYYY, month names and Excel serial numbers', () => {
    expect(date('2025-03-31')).toBe('2025-03-31');
    expect(date('2025-03-31T09:00:00Z')).toBe('2025-03-31');
    expect(date('3/31/2025')).toBe('2025-03-31');
    expect(date('31.03.2025')).toBe('2025-03-31');
    expect(date('31 Mar 2025')).toBe('2025-03-31');
    expect(date('March 31, 2025')).toBe('2025-03-31');
    expect(date(45747)).toBe('2025-03-31');
    expect(date('45747')).toBe('2025-03-31');
  });

  it('refuses days that do not exist and words', () => {
    expect(date('2/30/2025')).toBe('refused');
    expect(date('2025-13-01')).toBe('refused');
    expect(date('next Friday')).toBe('refused');
    expect(date(12)).toBe('refused');
  });

  it('reads instants in UTC and a bare date as its noon', () => {
    expect(parseInstant('2025-02-03T10:00:00+01:00')).toEqual({
      ok: true,
      value: '2025-02-03T09:00:00.000Z',
    });
    expect(parseInstant('2/3/2025')).toEqual({ ok: true, value: '2025-02-03T12:00:00.000Z' });
  });
});
