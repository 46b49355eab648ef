import type { Sheet, SheetRow } from './draft.js';
import { type CellValue, cellText } from './values.js';

/**
 * A sheet from its rows as read (the header first): cells keyed by header, rows numbered as the
 * spreadsheet shows them (the header is row 1). Empty headers are named after their column
 * ("Column 4"); a header written twice keeps its first column.
 */
export function sheetOfRows(
  file: string,
  rows: ReadonlyArray<ReadonlyArray<CellValue>>,
  firstRow = 1,
): Sheet {
  const [header = [], ...body] = rows;
  const headers = header.map((cell, index) => cellText(cell) || `Column ${index + 1}`);
  const out: SheetRow[] = [];
  body.forEach((cells, index) => {
    const record: Record<string, CellValue> = {};
    headers.forEach((name, column) => {
      if (!(name in record)) record[name] = cells[column] ?? null;
    });
    out.push({ row: firstRow + index + 1, cells: record });
  });
  return { file, headers: [...new Set(headers)], rows: out };
}
