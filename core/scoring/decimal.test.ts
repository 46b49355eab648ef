import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalValue, MAX_DECIMAL_LENGTH, parseDecimal } from './decimal.js';

describe('decimal values as people enter them', () => {
  it('keeps money exactly as typed, trailing zero and all', () => {
    expect(parseDecimal('1234.50')).toEqual({ ok: true, text: '1234.50', value: 1234.5 });
  });

  it('accepts signs, whole numbers and zero', () => {
    expect(parseDecimal('-12.5')).toMatchObject({ ok: true, value: -12.5 });
    expect(parseDecimal('+3')).toMatchObject({ ok: true, value: 3 });
    expect(parseDecimal('0')).toMatchObject({ ok: true, value: 0 });
  });

  it('never hands out a negative zero', () => {
    const parsed = parseDecimal('-0.00');
    expect(parsed.ok && Object.is(parsed.value, 0)).toBe(true);
  });

  it.each([
    ['1e3'],
    ['NaN'],
    ['Infinity'],
    ['-Infinity'],
    ['0x10'],
    ['1,000'],
    [' 12'],
    ['12 '],
    ['.5'],
    ['5.'],
    ['--5'],
    ['+'],
    ['1_000'],
    ['١٢'],
  ])('refuses %j as not a plain decimal', (text) => {
    expect(parseDecimal(text)).toMatchObject({ ok: false, refusal: { code: 'not-a-plain-decimal' } });
  });

  it('says what to type instead', () => {
    const parsed = parseDecimal('1,000');
    expect(parsed.ok ? '' : parsed.refusal.message).toContain('such as -1234.50');
  });

  it('refuses an empty value and an absurdly long one', () => {
    expect(parseDecimal('')).toMatchObject({ ok: false, refusal: { code: 'empty' } });
    expect(parseDecimal('9'.repeat(MAX_DECIMAL_LENGTH + 1))).toMatchObject({
      ok: false,
      refusal: { code: 'too-long' },
    });
    expect(parseDecimal('9'.repeat(MAX_DECIMAL_LENGTH)).ok).toBe(true);
  });

  it('turns every accepted text into a finite number', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: MAX_DECIMAL_LENGTH + 4 }), (text) => {
        const parsed = parseDecimal(text);
        if (parsed.ok) expect(Number.isFinite(parsed.value)).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[+-]?\d{1,31}$/), (text) => {
        const parsed = parseDecimal(text);
        expect(parsed.ok && Number.isFinite(parsed.value)).toBe(true);
      }),
    );
  });

  it('treats a stored value that is not a decimal as a broken invariant', () => {
    expect(decimalValue('42.10')).toBe(42.1);
    expect(() => decimalValue('lots')).toThrow(RangeError);
  });
});
