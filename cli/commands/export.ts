import fs from 'node:fs';
import * as endpoints from '../../contract/endpoints/exports.js';
import { ArchiveBody, CSV_KINDS, EXPORT_FORMATS } from '../../contract/exports.js';
import { defineCommand } from '../command.js';
import { CliError, usageError } from '../errors.js';
import { oneOf } from '../option-values.js';
import { resolveCycle } from '../resolve-names.js';

export const exportCommand = defineCommand({
  path: ['export'],
  summary: 'Export the organization: a lossless JSON archive, CSV files, or a cycle report in Markdown',
  description: [
    'json (the default) is the whole organization with its history and ids, which `accord restore`',
    'reads back into an empty organization on any instance and either database. csv is a ZIP of',
    'promises (one row per key result), check-ins, people and teams, or one of them with --kind.',
    'md is the report of one cycle (--cycle): its direction, then its promises by horizon.',
    'Owners and admins only. Without -o the export is written to standard output.',
  ].join('\n'),
  options: {
    format: { type: 'string', valueName: 'FORMAT', description: `One of ${EXPORT_FORMATS.join(', ')}` },
    kind: { type: 'string', valueName: 'KIND', description: `With csv: only ${CSV_KINDS.join(', ')}` },
    cycle: { type: 'string', valueName: 'CYCLE', description: 'With md: the cycle of the report' },
    output: { type: 'string', short: 'o', valueName: 'FILE', description: 'Write to FILE' },
  },
  examples: [
    'accord export -o accord-archive.json',
    'accord export --format csv -o accord.zip',
    'accord export --format csv --kind check-ins > check-ins.csv',
    'accord export --format md --cycle FY2027 -o FY2027.md',
  ],
  async run({ options, connect, io, out }) {
    const format = oneOf(options.format ?? 'json', EXPORT_FORMATS, '--format');
    const kind = options.kind === undefined ? undefined : oneOf(options.kind, CSV_KINDS, '--kind');
    if (kind && format !== 'csv') throw usageError('--kind is only for --format csv');
    if (format === 'md' && options.cycle === undefined) {
      throw usageError('accord export --format md needs --cycle CYCLE', 'The report is of one cycle.');
    }
    if (format === 'csv' && !kind && options.output === undefined) {
      throw usageError(
        'The CSV files come as one ZIP: write it to a file with -o FILE',
        'Or choose one file with --kind.',
      );
    }
    const client = await connect();
    const cycle = options.cycle === undefined ? undefined : await resolveCycle(client, options.cycle);
    const { bytes } = await client.download(endpoints.exportOrganization, {
      query: { format, ...(kind ? { kind } : {}), ...(cycle ? { cycleId: cycle.id } : {}) },
    });
    if (options.output === undefined) {
      io.stdout.write(new TextDecoder().decode(bytes));
      return;
    }
    fs.writeFileSync(options.output, bytes);
    out.print(
      { file: options.output, bytes: bytes.length },
      () => `Wrote ${options.output} (${bytes.length} bytes).`,
    );
  },
});

export const restoreCommand = defineCommand({
  path: ['restore'],
  summary: 'Restore a JSON archive from accord export into this organization, which must be empty',
  description: [
    'Every row keeps its id, so the organization is what it was where it was exported, on either',
    'database: this is how an installation moves from SQLite to PostgreSQL. Sign in to a new,',
    'empty organization as an owner whose email is not in the archive, then restore. The people of',
    'the archive get accounts without a password (they set one), or keep the one this instance has.',
  ].join('\n'),
  arguments: [{ name: 'file', description: 'The archive, as accord export wrote it', isRequired: true }],
  examples: ['accord restore accord-archive.json'],
  async run({ args, connect, out }) {
    let text: string;
    try {
      text = fs.readFileSync(args.file, 'utf8');
    } catch (error) {
      throw new CliError(
        'usage',
        `could not read ${args.file}: ${error instanceof Error ? error.message : error}`,
      );
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new CliError(
        'usage',
        `${args.file} is not JSON: an archive is what accord export --format json writes`,
      );
    }
    const archive = ArchiveBody.safeParse(parsed);
    if (!archive.success) {
      const issue = archive.error.issues[0];
      throw new CliError(
        'usage',
        `${args.file} is not an Accord archive: ${issue?.path.join('.')} ${issue?.message}`,
      );
    }
    const client = await connect();
    const restored = await client.call(endpoints.restoreArchive, { body: archive.data });
    const total = Object.values(restored.rows).reduce((sum, count) => sum + count, 0);
    out.print(
      restored,
      () =>
        `Restored ${total} rows into this organization: ${restored.peopleCreated} new accounts (without a password yet), ${restored.peopleExisting} already here.`,
    );
  },
});
