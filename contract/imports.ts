import { z } from 'zod';
import { IMPORT_SOURCES } from '../core/imports/draft.js';
import { OBJECTIVE_FIELDS, type ObjectiveField } from '../core/imports/fields.js';
import { IMPORT_KINDS, type ImportKind } from '../core/imports/plan.js';
import { Id, RequiredText } from './common.js';
import { Job } from './setup.js';

/** The largest file an import takes: a spreadsheet of a few hundred thousand rows. */
export const MAX_IMPORT_FILE_BYTES = 32 * 1024 * 1024;
/** The same file as base64, the way the JSON body carries it. */
export const MAX_IMPORT_CONTENT_LENGTH = Math.ceil(MAX_IMPORT_FILE_BYTES / 3) * 4;

export const ImportSource = z
  .enum(IMPORT_SOURCES)
  .describe(
    'viva: a Viva Goals export (ZIP of JSON, or its Explorer CSV/XLSX); ally: the Ally.io templates; csv: a spreadsheet with a column mapping',
  );
export type ImportSource = z.infer<typeof ImportSource>;

const ColumnName = z.string().trim().min(1, 'name a column').max(100);
const mappingShape = Object.fromEntries(
  OBJECTIVE_FIELDS.map((field) => [field, ColumnName.optional()]),
) as Record<ObjectiveField, z.ZodOptional<typeof ColumnName>>;
export const ColumnMapping = z
  .object(mappingShape)
  .meta({ id: 'ColumnMapping', description: 'Which column (by its header) holds each field' });
export type ColumnMapping = z.infer<typeof ColumnMapping>;

export const CreateImportBody = z.object({
  fileName: RequiredText(200).describe('The file as it was named: its extension says how to read it'),
  content: z
    .string()
    .min(1, 'the file is empty')
    .max(MAX_IMPORT_CONTENT_LENGTH, `the file must be at most ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB`)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'send the file as base64')
    .describe('The file, base64-encoded'),
  source: ImportSource.optional().describe('Guessed from the file when left out'),
  dryRun: z.boolean().default(true).describe('Only check the file and preview what would be written'),
  skipInvalidRows: z
    .boolean()
    .default(false)
    .describe('Write the valid rows and leave out those with errors; otherwise an error writes nothing'),
  mapping: ColumnMapping.optional().describe(
    'For a spreadsheet of your own (source csv): kept for next time when the import is written. Left out, the one kept from last time is used, else one guessed from the headers; the preview says which',
  ),
  defaultCustomerId: Id.optional().describe(
    'The customer of objectives with no parent and no team lead; yourself when left out',
  ),
});
export type CreateImportBody = z.input<typeof CreateImportBody>;

export const ImportProblem = z
  .object({
    file: z.string(),
    row: z.number().int().optional(),
    column: z.string().optional(),
    severity: z.enum(['error', 'warning']),
    message: z.string(),
  })
  .meta({ id: 'ImportProblem' });
export type ImportProblem = z.infer<typeof ImportProblem>;

const CountPair = z.object({ create: z.number().int(), match: z.number().int() });
export const ImportCounts = z
  .object(
    Object.fromEntries(IMPORT_KINDS.map((kind) => [kind, CountPair])) as Record<ImportKind, typeof CountPair>,
  )
  .meta({
    id: 'ImportCounts',
    description: 'Per kind: how many will be created, and how many match what exists',
  });

export const ImportTreeLine = z.object({
  sourceId: z.string(),
  title: z.string(),
  performer: z.string(),
  customer: z.string(),
  cycle: z.string(),
  keyResults: z.number().int(),
  depth: z.number().int().describe('0 for a top objective, 1 for its children, …'),
});
export type ImportTreeLine = z.infer<typeof ImportTreeLine>;

/** At most this many problems are sent; `errors` and `warnings` count them all. */
export const MAX_LISTED_PROBLEMS = 1000;

export const ImportColumns = z
  .object({
    headers: z.array(z.string()).describe("The file's column headers, in order"),
    mapping: ColumnMapping.describe(
      'The mapping this preview used: the one sent, else the one kept from last time, else guessed from the headers',
    ),
    unmapped: z.array(z.enum(OBJECTIVE_FIELDS)).describe('The fields no column holds'),
    missing: z
      .array(z.enum(OBJECTIVE_FIELDS))
      .describe('The required fields no column holds: nothing is imported until they are chosen'),
  })
  .meta({ id: 'ImportColumns', description: 'The columns of a spreadsheet of your own (source csv)' });
export type ImportColumns = z.infer<typeof ImportColumns>;

export const ImportPreview = z
  .object({
    source: ImportSource,
    fileName: z.string(),
    columns: ImportColumns.nullable().describe(
      'For a spreadsheet of your own: its headers and which column holds each field; null for Viva and Ally files',
    ),
    counts: ImportCounts,
    tree: z.array(ImportTreeLine).describe('The first objectives, parents before their children'),
    problems: z.array(ImportProblem),
    errors: z.number().int(),
    warnings: z.number().int(),
    skippedRows: z.number().int(),
    isBlocked: z.boolean().describe('Errors remain and skipping was not chosen: nothing would be written'),
  })
  .meta({ id: 'ImportPreview' });
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportResult = z
  .object({
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    skippedRows: z.number().int(),
    counts: ImportCounts,
  })
  .meta({ id: 'ImportResult' });
export type ImportResult = z.infer<typeof ImportResult>;

export const ImportJob = Job.extend({ result: ImportResult.optional() }).meta({ id: 'ImportJob' });
export type ImportJob = z.infer<typeof ImportJob>;

export const ImportStarted = z
  .object({
    preview: ImportPreview,
    job: ImportJob.nullable().describe('The import running, when it was confirmed; follow it by its id'),
  })
  .meta({ id: 'ImportStarted' });
export type ImportStarted = z.infer<typeof ImportStarted>;

export const ImportMappingQuery = z.object({ source: ImportSource.default('csv') });
export const ImportMappingView = z
  .object({ source: ImportSource, mapping: ColumnMapping.nullable() })
  .meta({ id: 'ImportMappingView' });
