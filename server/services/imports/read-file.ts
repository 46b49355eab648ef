import { Readable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import type { ImportColumns } from '../../../contract/imports.js';
import {
  ALLY_OKR_COLUMNS,
  type AllySheets,
  allyDraft,
  allySheetKind,
  type CellValue,
  type ColumnMapping,
  guessMapping,
  headersOf,
  type ImportDraft,
  type ImportSource,
  mappedDraft,
  REQUIRED_FIELDS,
  recordsOf,
  resolveMapping,
  type Sheet,
  sheetOfRows,
  unmappedFields,
  VIVA_EXPLORER_COLUMNS,
  type VivaFiles,
  vivaDraft,
  vivaFileKind,
} from '../../../core/imports/index.js';
import { AppError } from '../../errors.js';

/**
 * Reads an uploaded file into the draft of its source: CSV (streamed through csv-parse), XLSX
 * (exceljs's streaming reader, one sheet at a time) and the Viva Goals ZIP of JSON files (fflate).
 * Only reading happens here; what the rows mean is the core's (core/imports).
 */

/** What a ZIP may unpack to at most: a bomb is refused before it is inflated. */
const MAX_UNZIPPED_BYTES = 256 * 1024 * 1024;

export type FileFormat = 'csv' | 'xlsx' | 'zip';

export function formatOf(fileName: string, bytes: Uint8Array): FileFormat {
  const lower = fileName.toLowerCase();
  const isZipMagic = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.zip')) return 'zip';
  if (lower.endsWith('.csv') || lower.endsWith('.tsv') || lower.endsWith('.txt')) return 'csv';
  if (isZipMagic)
    throw new AppError(
      'validation_failed',
      `${fileName}: name an .xlsx workbook or a .zip export by its extension`,
    );
  return 'csv';
}

export async function readCsv(fileName: string, bytes: Uint8Array): Promise<Sheet> {
  const parser = Readable.from([Buffer.from(bytes)]).pipe(
    parseCsv({
      bom: true,
      delimiter: [',', ';', '\t'],
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      trim: true,
    }),
  );
  const rows: string[][] = [];
  try {
    for await (const record of parser) rows.push(record as string[]);
  } catch (error) {
    throw new AppError(
      'validation_failed',
      `${fileName} is not a CSV file Accord can read: ${(error as Error).message}`,
    );
  }
  return sheetOfRows(fileName, rows);
}

function calendarDateOfCell(date: Date): string {
  // Excel keeps a day with no zone; exceljs hands it back as that day's midnight in UTC.
  return date.toISOString().slice(0, 10);
}

/** A cell as exceljs gives it (text, number, date, rich text, formula, hyperlink), as plain data. */
function cellValueOf(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : calendarDateOfCell(value);
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (Array.isArray(object.richText)) {
      return object.richText.map((part) => String((part as { text?: unknown }).text ?? '')).join('');
    }
    if ('result' in object) return cellValueOf(object.result);
    if ('text' in object) return cellValueOf(object.text);
    if ('error' in object) return null;
  }
  return null;
}

export async function readXlsx(
  fileName: string,
  bytes: Uint8Array,
): Promise<Array<{ name: string; sheet: Sheet }>> {
  // The whole workbook in memory (a file is at most MAX_IMPORT_FILE_BYTES): ExcelJS's streaming
  // reader parks each worksheet that comes before the shared strings in a temporary file, and reading
  // those back failed now and then while other work ran in the same process.
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new AppError('validation_failed', `${fileName} is not an XLSX workbook Accord can read`);
  }
  const sheets: Array<{ name: string; sheet: Sheet }> = [];
  book.eachSheet((worksheet, index) => {
    const rows: CellValue[][] = [];
    let firstRow = 0;
    worksheet.eachRow({ includeEmpty: false }, (row) => {
      const values = (row.values as unknown[]).slice(1).map(cellValueOf);
      if (firstRow === 0) {
        if (values.every((value) => value === null || value === '')) return;
        firstRow = row.number;
      }
      // Rows the workbook skips (empty ones) keep their numbers: a problem names the row people see.
      while (rows.length < row.number - firstRow) rows.push([]);
      rows.push(values);
    });
    const name = worksheet.name || `Sheet${index}`;
    sheets.push({ name, sheet: sheetOfRows(`${fileName} › ${name}`, rows, firstRow === 0 ? 1 : firstRow) });
  });
  return sheets;
}

function readVivaZip(fileName: string, bytes: Uint8Array): VivaFiles {
  let unpacked = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (entry) => {
        unpacked += entry.originalSize;
        if (unpacked > MAX_UNZIPPED_BYTES)
          throw new AppError('validation_failed', `${fileName} unpacks to more than 256 MB`);
        return vivaFileKind(entry.name) !== null;
      },
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('validation_failed', `${fileName} is not a ZIP file Accord can read`);
  }
  const viva: VivaFiles = { timePeriods: null, teams: null, users: null, objectives: null, checkIns: null };
  for (const [name, content] of Object.entries(files)) {
    const kind = vivaFileKind(name)!;
    let document: unknown;
    try {
      document = JSON.parse(Buffer.from(content).toString('utf8'));
    } catch {
      throw new AppError('validation_failed', `${fileName} › ${name} is not JSON`);
    }
    const records = recordsOf(document);
    if (!records) throw new AppError('validation_failed', `${fileName} › ${name} holds no list of records`);
    viva[kind] = { file: `${fileName} › ${name}`, records };
  }
  if (!viva.objectives) {
    throw new AppError('validation_failed', `${fileName} has no objectives file (such as Objectives.json)`);
  }
  return viva;
}

function looksLikeVivaExplorer(sheet: Sheet): boolean {
  const headers = headersOf(sheet).map((h) => h.toLowerCase());
  return headers.includes('parent ids') || (headers.includes('end date') && headers.includes('id'));
}

function guessSource(format: FileFormat, sheets: Array<{ name: string; sheet: Sheet }>): ImportSource {
  if (format === 'zip') return 'viva';
  if (sheets.some(({ sheet }) => looksLikeVivaExplorer(sheet))) return 'viva';
  if (
    sheets.some(
      ({ name, sheet }) =>
        allySheetKind(name, headersOf(sheet)) !== null &&
        headersOf(sheet).some((h) => /^(row id|user email|team name)$/i.test(h)),
    )
  ) {
    return 'ally';
  }
  return 'csv';
}

export interface ReadFile {
  source: ImportSource;
  draft: ImportDraft;
  /** For a spreadsheet of the person's own: its headers and the mapping used. */
  columns: ImportColumns | null;
}

/** Reads the file and what it says, as the source given (or the one it looks like). */
export async function readImportFile(input: {
  fileName: string;
  bytes: Uint8Array;
  source?: ImportSource | undefined;
  mapping?: ColumnMapping | undefined;
  /** The mapping kept from last time, used for a spreadsheet of one's own when none is sent. */
  savedMapping?: ColumnMapping | null | undefined;
}): Promise<ReadFile> {
  const { fileName, bytes } = input;
  if (bytes.length === 0) throw new AppError('validation_failed', `${fileName} is empty`);
  const format = formatOf(fileName, bytes);
  if (format === 'zip') {
    if (input.source && input.source !== 'viva') {
      throw new AppError(
        'validation_failed',
        'A ZIP file is read as a Viva Goals export; choose the source viva',
      );
    }
    return { source: 'viva', draft: vivaDraft(readVivaZip(fileName, bytes)), columns: null };
  }
  const sheets =
    format === 'xlsx'
      ? await readXlsx(fileName, bytes)
      : [{ name: fileName.replace(/\.[^.]*$/, ''), sheet: await readCsv(fileName, bytes) }];
  const source = input.source ?? guessSource(format, sheets);
  if (source === 'ally') {
    const ally: AllySheets = {};
    for (const { name, sheet } of sheets) {
      const kind = allySheetKind(name, headersOf(sheet));
      if (kind && !ally[kind]) ally[kind] = sheet;
    }
    return { source, draft: allyDraft(ally, input.mapping ?? ALLY_OKR_COLUMNS), columns: null };
  }
  const sheet = sheets.find(({ sheet }) => sheet.rows.length > 0)?.sheet ?? sheets[0]?.sheet;
  if (!sheet) throw new AppError('validation_failed', `${fileName} has no sheet`);
  if (source === 'viva') {
    const draft = mappedDraft(sheet, input.mapping ?? VIVA_EXPLORER_COLUMNS);
    return { source, draft: { ...draft, source: 'viva' }, columns: null };
  }
  const headers = headersOf(sheet);
  const mapping = input.mapping ?? guessMapping(headers, input.savedMapping ?? null);
  const used = resolveMapping(headers, mapping);
  return {
    source,
    draft: mappedDraft(sheet, mapping),
    columns: {
      headers,
      mapping: used,
      unmapped: unmappedFields(used),
      missing: REQUIRED_FIELDS.filter((field) => !used[field]),
    },
  };
}
