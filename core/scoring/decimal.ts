/**
 * Key result values travel as decimal text ("1234.50") so that money and metrics round-trip exactly as
 * entered; the text is what gets stored and shown. Scoring only needs an ordering and ratios, so it works on
 * the number the text denotes. This module is the one gate between the two.
 */

/** A value as a person entered it: a plain decimal accepted by `parseDecimal`. */
export type DecimalText = string;

/**
 * The longest text accepted. 32 characters keep every accepted value far inside the finite range of a
 * double (at most 31 digits), so no arithmetic on parsed values can overflow to Infinity or NaN.
 */
export const MAX_DECIMAL_LENGTH = 32;

export type DecimalRefusalCode = 'empty' | 'too-long' | 'not-a-plain-decimal';

export interface DecimalRefusal {
  readonly code: DecimalRefusalCode;
  /** A sentence a person can act on. */
  readonly message: string;
}

export type ParsedDecimal =
  | { readonly ok: true; readonly text: DecimalText; readonly value: number }
  | { readonly ok: false; readonly refusal: DecimalRefusal };

// Optional sign, at least one digit, optional fraction with at least one digit. No exponent, no spaces,
// no thousands separators, no bare "." or "1.", and no words such as NaN or Infinity.
const plainDecimal = /^[+-]?\d+(?:\.\d+)?$/;

const refuse = (code: DecimalRefusalCode, message: string): ParsedDecimal => ({
  ok: false,
  refusal: { code, message },
});

/** Accepts a plain decimal and keeps its text untouched; refuses anything else with a reason. */
export function parseDecimal(text: string): ParsedDecimal {
  if (text.length === 0) return refuse('empty', 'Enter a number, such as 1234.50');
  if (text.length > MAX_DECIMAL_LENGTH) {
    return refuse('too-long', `A number has at most ${MAX_DECIMAL_LENGTH} characters`);
  }
  if (!plainDecimal.test(text)) {
    return refuse(
      'not-a-plain-decimal',
      `"${text}" is not a plain number: write digits with an optional sign and decimal point, such as -1234.50`,
    );
  }
  // `+ 0` turns "-0" into 0 so that no caller ever meets a negative zero.
  return { ok: true, text, value: Number(text) + 0 };
}

/**
 * The number a stored decimal denotes. Stored values were accepted by `parseDecimal` at the edge, so a
 * refusal here is a broken invariant (corrupt data or a caller skipping validation), not user input.
 */
export function decimalValue(text: DecimalText): number {
  const parsed = parseDecimal(text);
  if (!parsed.ok) throw new RangeError(`"${text}" is not a plain decimal (${parsed.refusal.code})`);
  return parsed.value;
}
