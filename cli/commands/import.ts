import fs from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import * as endpoints from '../../contract/endpoints/imports.js';
import { ColumnMapping, type ImportJob, ImportSource, type ImportStarted } from '../../contract/imports.js';
import { defineCommand } from '../command.js';
import { CliError, usageError } from '../errors.js';
import type { Io } from '../io.js';
import { formatTable, sanitize } from '../output.js';

/** Problems printed before "… and N more": the rest are in the web app's preview and in --json. */
const PROBLEMS_SHOWN = 20;
/** How often a running import is asked how far it has got. */
const POLL_MS = 300;

function describePreview({ preview }: ImportStarted): string {
  const rows = Object.entries(preview.counts)
    .filter(([, count]) => count.create + count.match > 0)
    .map(([kind, count]) => ({ kind, ...count }));
  const lines = [
    `${preview.fileName} (${preview.source})`,
    formatTable(rows, [
      { header: 'kind', value: (row) => row.kind },
      { header: 'new', value: (row) => String(row.create) },
      { header: 'existing', value: (row) => String(row.match) },
    ]),
  ];
  if (preview.columns) {
    const { headers, mapping, unmapped, missing } = preview.columns;
    lines.push('', `Columns: ${headers.join(', ')}`);
    for (const [field, column] of Object.entries(mapping)) lines.push(`  ${field} ← ${column}`);
    if (unmapped.length > 0) lines.push(`Not in the file: ${unmapped.join(', ')}`);
    if (missing.length > 0) {
      lines.push(`Required and not mapped: ${missing.join(', ')} (name their columns with --mapping)`);
    }
  }
  if (preview.tree.length > 0) {
    lines.push('', 'First objectives:');
    for (const line of preview.tree) {
      lines.push(
        `${'  '.repeat(line.depth + 1)}${line.title} — ${line.performer} for ${line.customer}, ${line.cycle}`,
      );
    }
  }
  const problems = preview.problems.slice(0, PROBLEMS_SHOWN);
  if (problems.length > 0) {
    lines.push('', `${preview.errors} error(s), ${preview.warnings} warning(s):`);
    for (const p of problems) {
      const where = [p.file, p.row === undefined ? null : `row ${p.row}`, p.column ?? null]
        .filter(Boolean)
        .join(', ');
      lines.push(`  ${p.severity}: ${where}: ${p.message}`);
    }
    const more = preview.errors + preview.warnings - problems.length;
    if (more > 0) lines.push(`  … and ${more} more`);
  }
  if (preview.skippedRows > 0) lines.push('', `${preview.skippedRows} row(s) with errors are left out.`);
  return lines.join('\n').split('\n').map(sanitize).join('\n');
}

/** A bar on a terminal; nothing when the output is read by a program. */
function progressBar(io: Io) {
  const stream = io.stderr as { isTTY?: boolean; write(text: string): unknown };
  const isTerminal = stream.isTTY === true;
  return {
    show(job: ImportJob) {
      if (!isTerminal) return;
      const width = 30;
      const share = job.total > 0 ? Math.min(1, job.done / job.total) : 0;
      const filled = Math.round(share * width);
      stream.write(
        `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.round(share * 100)}% ${job.step}\x1b[K`,
      );
    },
    end() {
      if (isTerminal) stream.write('\n');
    },
  };
}

export const importFile = defineCommand({
  path: ['import'],
  summary: 'Import objectives from Viva Goals, Ally.io or a spreadsheet (owners and admins)',
  description:
    'Reads FILE (a Viva Goals export ZIP or Explorer CSV/XLSX, the Ally.io templates as CSV or XLSX, or a spreadsheet of your own with --mapping), shows what it would create and every problem, then imports it unless --dry-run is given. With errors nothing is written, unless --skip-invalid leaves out the rows that have them. Importing the same file again updates what the first import wrote.',
  arguments: [{ name: 'file', isRequired: true, description: 'The file to import' }],
  options: {
    source: {
      type: 'string',
      valueName: 'viva|ally|csv',
      description: 'What the file is; guessed when left out',
    },
    'dry-run': { type: 'boolean', description: 'Only check the file and show what would be imported' },
    mapping: {
      type: 'string',
      valueName: 'FILE',
      description:
        'A JSON file saying which column holds which field, e.g. {"title": "Goal", "ownerEmail": "Owner"}',
    },
    'skip-invalid': { type: 'boolean', description: 'Import the valid rows and leave out those with errors' },
  },
  examples: [
    'accord import okrs.xlsx --dry-run',
    'accord import viva-export.zip',
    'accord import goals.csv --source csv --mapping mapping.json --skip-invalid',
  ],
  async run({ args, options, io, connect, out }) {
    const source = options.source === undefined ? undefined : ImportSource.safeParse(options.source);
    if (source && !source.success)
      throw usageError(`unknown source ${options.source}`, 'use viva, ally or csv');
    let mapping: ColumnMapping | undefined;
    if (options.mapping) {
      let json: unknown;
      try {
        json = JSON.parse(await readText(options.mapping));
      } catch {
        throw usageError(`${options.mapping} is not JSON`);
      }
      const parsed = ColumnMapping.safeParse(json);
      if (!parsed.success)
        throw usageError(`${options.mapping} is not a column mapping`, parsed.error.issues[0]?.message);
      mapping = parsed.data;
    }
    const content = await readBytes(args.file);
    const body = {
      fileName: path.basename(args.file),
      content: content.toString('base64'),
      ...(source?.success ? { source: source.data } : {}),
      ...(mapping ? { mapping } : {}),
      skipInvalidRows: options['skip-invalid'],
    };
    const client = await connect();
    const previewed = await client.call(endpoints.createImport, { body: { ...body, dryRun: true } });
    if (options['dry-run'] || previewed.preview.isBlocked) {
      out.print(previewed, describePreview);
      if (previewed.preview.isBlocked) {
        throw new CliError('api', 'Nothing was imported: the file has errors', {
          hint: 'fix them, or run again with --skip-invalid to leave those rows out',
        });
      }
      return;
    }
    const started = await client.call(endpoints.createImport, { body: { ...body, dryRun: false } });
    const bar = progressBar(io);
    let job = started.job!;
    while (job.status === 'running') {
      bar.show(job);
      await delay(POLL_MS);
      job = await client.call(endpoints.getImport, { params: { id: job.id } });
    }
    bar.show(job);
    bar.end();
    if (job.status === 'failed')
      throw new CliError('api', `The import failed: ${job.error ?? 'no reason given'}`);
    out.print({ ...started, job }, (value) => {
      const result = job.result;
      const summary = result
        ? `Imported: ${result.created} new, ${result.updated} updated, ${result.unchanged} unchanged${result.skippedRows ? `, ${result.skippedRows} row(s) left out` : ''}.`
        : 'Imported.';
      return `${describePreview(value)}\n\n${summary}`;
    });
  },
});

async function readBytes(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch {
    throw usageError(`cannot read ${file}`);
  }
}

async function readText(file: string): Promise<string> {
  return (await readBytes(file)).toString('utf8');
}
