import { type CalendarDate, dateOfDayNumber, dayNumber, daysInMonth } from '../planning/calendar-date.js';

/**
 * What a spreadsheet cell holds once read: text, a number, a boolean, or nothing. Readers turn a
 * cell formatted as a date into its `YYYY-MM-DD` text, so no `Date` reaches the core.
 */
export type CellValue = string | number | boolean | null;

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const refuse = <T>(message: string): Parsed<T> => ({ ok: false, message });

/** The cell as trimmed text; '' when empty. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).trim();
}

/** The longest decimal text Accord keeps (`MAX_DECIMAL_LENGTH` in scoring). */
const MAX_DECIMAL_LENGTH = 32;

/** A number as decimal text, with no exponent: 1e21 and 1e-7 written out in full. */
function decimalOfNumber(value: number): string {
  if (Number.isInteger(value)) return BigInt(value).toString();
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
}

/**
 * A number as people write it in spreadsheets, as plain decimal text: "1,000,000", "1 000 000",
 * "$1,250.50", "12.5%", "-3", "(42)" for a negative amount, "1.234,5" with a decimal comma. A lone
 * comma followed by exactly three digits ("1,000") is a thousands separator; otherwise a lone comma
 * is the decimal mark ("12,5"). Currency signs and a trailing percent sign are dropped: the unit says
 * what the number counts.
 */
export function parseNumber(value: CellValue | undefined): Parsed<string> {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return refuse('is not a number');
    return ok(decimalOfNumber(value));
  }
  let text = cellText(value);
  if (text === '') return refuse('is empty');
  let negative = false;
  const parenthesised = /^\((.*)\)$/.exec(text);
  if (parenthesised) {
    negative = true;
    text = parenthesised[1]!.trim();
  }
  text = text.replace(/[\s\u00a0\u202f']/g, '').replace(/^[$€£¥]|[$€£¥]$/g, '');
  text = text.replace(/%$/, '');
  if (/^[+-]/.test(text)) {
    if (text.startsWith('-')) negative = !negative;
    text = text.slice(1);
  }
  text = text.replace(/^[$€£¥]/, '');
  const commas = (text.match(/,/g) ?? []).length;
  const dots = (text.match(/\./g) ?? []).length;
  if (commas > 0 && dots > 0) {
    // The mark that comes last is the decimal mark: "1,234.5" and "1.234,5".
    text =
      text.lastIndexOf(',') > text.lastIndexOf('.')
        ? text.replace(/\./g, '').replace(',', '.')
        : text.replace(/,/g, '');
  } else if (commas > 1) {
    text = text.replace(/,/g, '');
  } else if (commas === 1) {
    text = /^\d{1,3},\d{3}$/.test(text) ? text.replace(',', '') : text.replace(',', '.');
  } else if (dots > 1) {
    text = text.replace(/\./g, '');
  }
  if (!/^\d+(\.\d+)?$/.test(text) && !/^\.\d+$/.test(text))
    return refuse(`"${cellText(value)}" is not a number`);
  if (text.startsWith('.')) text = `0${text}`;
  text = text.replace(/^0+(?=\d)/, '');
  if (negative && !/^0(\.0+)?$/.test(text)) text = `-${text}`;
  if (text.length > MAX_DECIMAL_LENGTH) return refuse(`"${cellText(value)}" has too many digits`);
  return ok(text);
}

/** Whether the cell is written as a percentage ("45%"). */
export function isPercentText(value: CellValue | undefined): boolean {
  return typeof value === 'string' && /%\s*\)?\s*$/.test(value.trim());
}

/** Excel's day 0 is 1899-12-30 (its 1900 leap-year bug folded in), so serial 1 is 1900-01-01 for dates after March 1900. */
const EXCEL_EPOCH = dayNumber('1899-12-30');
/** Serial numbers that can be dates people plan with: 1950 to 2200. */
const SERIAL_RANGE = { min: 18_264, max: 109_574 };

function civil(year: number, month: number, day: number): Parsed<CalendarDate> {
  if (year < 100) year += 2000;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return refuse(`${year}-${month}-${day} is not a day of the calendar`);
  }
  return ok(
    `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  );
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A calendar date in the formats spreadsheets write: ISO ("2025-03-31", with or without a time),
 * M/D/YYYY (the US order the Ally.io and Viva Goals templates use), D.M.YYYY, "31 Mar 2025",
 * "Mar 31, 2025", and Excel serial numbers. A time of day, if any, is dropped: a due date is a day.
 */
export function parseDate(value: CellValue | undefined): Parsed<CalendarDate> {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < SERIAL_RANGE.min || value > SERIAL_RANGE.max) {
      return refuse(`${value} is not a date`);
    }
    return ok(dateOfDayNumber(EXCEL_EPOCH + Math.floor(value)));
  }
  const text = cellText(value);
  if (text === '') return refuse('is empty');
  let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s].*)?$/.exec(text);
  if (match) return civil(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?:\s.*)?$/.exec(text);
  if (match) return civil(Number(match[3]), Number(match[1]), Number(match[2]));
  match = /^(\d{1,2})[.-](\d{1,2})[.-](\d{2}|\d{4})(?:\s.*)?$/.exec(text);
  if (match) return civil(Number(match[3]), Number(match[2]), Number(match[1]));
  match = /^(\d{1,2})[\s-]([A-Za-z]{3,9})[\s-,]*(\d{4})$/.exec(text);
  if (match) {
    const month = MONTHS.indexOf(match[2]!.slice(0, 3).toLowerCase());
    if (month >= 0) return civil(Number(match[3]), month + 1, Number(match[1]));
  }
  match = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(text);
  if (match) {
    const month = MONTHS.indexOf(match[1]!.slice(0, 3).toLowerCase());
    if (month >= 0) return civil(Number(match[3]), month + 1, Number(match[2]));
  }
  if (/^\d{5}(\.\d+)?$/.test(text)) return parseDate(Number(text));
  return refuse(`"${text}" is not a date (write it as 2025-03-31 or 3/31/2025)`);
}

/** An instant as ISO text in UTC: ISO date-times pass with their offset applied; a bare date is its noon. */
export function parseInstant(value: CellValue | undefined): Parsed<string> {
  const text = cellText(value);
  const iso = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(
    text,
  );
  if (iso) {
    const offset = iso[5] ?? 'Z';
    const normalised = `${iso[1]}T${iso[2]}:${iso[3]}:${iso[4] ?? '00'}${offset === 'Z' ? 'Z' : offset.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')}`;
    const ms = Date.parse(normalised);
    if (Number.isNaN(ms)) return refuse(`"${text}" is not a time`);
    return ok(new Date(ms).toISOString());
  }
  const date = parseDate(value);
  if (!date.ok) return date;
  return ok(`${date.value}T12:00:00.000Z`);
}

/** Yes/no cells: "Yes", "TRUE", "1", "x". */
export function parseYes(value: CellValue | undefined): boolean {
  if (typeof value === 'boolean') return value;
  return /^(y|yes|true|1|x|✓)$/i.test(cellText(value));
}

/** Lines of a cell that lists several values, one per line (or separated by commas or semicolons). */
export function cellList(value: CellValue | undefined): string[] {
  return cellText(value)
    .split(/[\n;,]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** The day `days` after an ISO day, for callers that only hold the core. */
export function dayAfter(date: CalendarDate, days = 1): CalendarDate {
  return dateOfDayNumber(dayNumber(date) + days);
}
