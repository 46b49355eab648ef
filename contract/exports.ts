import { z } from 'zod';
import { Id, Timestamp } from './common.js';
import { TimeZoneName } from './organization-settings.js';

/** What an export is written as: the lossless archive, spreadsheets, or a cycle's report. */
export const EXPORT_FORMATS = ['json', 'csv', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The CSV files of an export, one per kind; without a kind, all of them in one ZIP. */
export const CSV_KINDS = ['promises', 'check-ins', 'people', 'teams'] as const;
export type CsvKind = (typeof CSV_KINDS)[number];

/** The archive's name and the version of its layout, which a restore checks before anything else. */
export const ARCHIVE_FORMAT = 'accord-archive';
export const ARCHIVE_VERSION = 1;

export const ExportQuery = z
  .object({
    format: z.enum(EXPORT_FORMATS).default('json'),
    kind: z.enum(CSV_KINDS).optional().describe('With format=csv: one file of this kind instead of the ZIP'),
    cycleId: Id.optional().describe('With format=md: the cycle the report is about (required)'),
  })
  .superRefine((query, context) => {
    if (query.format === 'md' && !query.cycleId) {
      context.addIssue({ code: 'custom', path: ['cycleId'], message: 'is required for the Markdown report' });
    }
    if (query.kind && query.format !== 'csv') {
      context.addIssue({ code: 'custom', path: ['kind'], message: 'is only for format=csv' });
    }
    if (query.cycleId && query.format !== 'md') {
      context.addIssue({ code: 'custom', path: ['cycleId'], message: 'is only for format=md' });
    }
  });
export type ExportQuery = z.infer<typeof ExportQuery>;

export const ExportDocument = z
  .unknown()
  .describe(
    'json: the lossless archive of the organization (application/json, an ArchiveBody); csv: a ZIP of ' +
      'promises.csv (one row per key result), check-ins.csv, people.csv and teams.csv, or the one file ' +
      'of `kind` (text/csv); md: the cycle report (text/markdown).',
  );

/** The organization's own row in an archive. */
export const ArchivedOrganization = z.object({
  id: Id,
  name: z.string().trim().min(1).max(200),
  slug: z.string().max(200),
  created_at: Timestamp,
  direction_weeks_before: z.number().int().min(0).max(52),
  drafts_weeks_before: z.number().int().min(0).max(52),
  /** Absent from archives made before organizations kept a time zone: those were on UTC. */
  time_zone: TimeZoneName.optional(),
});

/**
 * An archive as a restore reads it. Each table's rows are checked column by column on the server,
 * against the tables it knows (server/store/archive-tables.ts), so the message names the table, the
 * row and the column at fault.
 */
export const ArchiveBody = z
  .object({
    format: z.literal(ARCHIVE_FORMAT),
    version: z.literal(ARCHIVE_VERSION),
    exportedAt: Timestamp,
    organization: ArchivedOrganization,
    tables: z.record(z.string().max(64), z.array(z.record(z.string().max(64), z.unknown()))),
  })
  .meta({ id: 'ArchiveBody' });
export type ArchiveBody = z.infer<typeof ArchiveBody>;

export const RestoredArchive = z.object({
  organizationId: Id,
  rows: z.record(z.string(), z.number().int()).describe('How many rows of each table were restored'),
  peopleCreated: z.number().int().describe('Accounts made on this instance, without a password until reset'),
  peopleExisting: z.number().int().describe('Accounts this instance already had, by the same id'),
});
export type RestoredArchive = z.infer<typeof RestoredArchive>;
