import type { Io } from './io.js';

export interface Column<T> {
  header: string;
  value(row: T): string;
}

/**
 * Text from the server is shown as given, except control characters: a team name must not be
 * able to move the cursor or recolour the terminal of whoever lists it.
 */
export function sanitize(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}

const width = (text: string) => [...text].length;

/** Left-aligned columns two spaces apart under upper-case headers; no trailing spaces. */
export function formatTable<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  const cells = [
    columns.map((column) => column.header.toUpperCase()),
    ...rows.map((row) => columns.map((column) => sanitize(column.value(row)))),
  ];
  const widths = columns.map((_, index) => Math.max(...cells.map((line) => width(line[index] ?? ''))));
  return cells
    .map((line) =>
      line
        .map((cell, index) => cell + ' '.repeat((widths[index] ?? 0) - width(cell)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** Label and value pairs, the values aligned: the shape of help sections and single records. */
export function formatPairs(pairs: readonly (readonly [string, string])[], indent = ''): string {
  const labelWidth = Math.max(0, ...pairs.map(([label]) => width(label)));
  return pairs
    .map(([label, value]) =>
      `${indent}${label}${' '.repeat(labelWidth - width(label))}  ${sanitize(value)}`.trimEnd(),
    )
    .join('\n');
}

/** What a command prints: the API's JSON with --json, otherwise text for people. */
export class Output {
  constructor(
    private readonly io: Io,
    readonly isJson: boolean,
  ) {}

  /** Every command's result goes through here, so --json works the same everywhere. */
  print<T>(value: T, human: (value: T) => string): void {
    const text = this.isJson ? JSON.stringify(value, null, 2) : human(value);
    this.io.stdout.write(`${text}\n`);
  }

  /** Notes for the person (never part of the machine output), on stderr. */
  warn(message: string): void {
    this.io.stderr.write(`warning: ${message}\n`);
  }
}
