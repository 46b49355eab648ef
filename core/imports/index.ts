export { type AllySheets, allyDraft, allySheetKind, mappedDraft } from './ally.js';
export * from './draft.js';
export {
  type ColumnMapping,
  FIELD_LABELS,
  guessMapping,
  OBJECTIVE_FIELDS,
  type ObjectiveField,
  REQUIRED_FIELDS,
  resolveMapping,
  unmappedFields,
} from './fields.js';
export { ALLY_OKR_COLUMNS, headersOf, VIVA_EXPLORER_COLUMNS } from './objective-rows.js';
export * from './plan.js';
export { planImport } from './plan-import.js';
export { type PreviewNode, previewTree } from './preview.js';
export { sheetOfRows } from './sheet.js';
export { type CellValue, parseDate, parseNumber } from './values.js';
export { type JsonRecord, recordsOf, type VivaFiles, vivaDraft, vivaFileKind } from './viva.js';
