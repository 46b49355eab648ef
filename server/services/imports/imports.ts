import {
  type ImportColumns,
  type ImportJob,
  ImportResult,
  type ImportStarted,
  type ImportTreeLine,
  MAX_IMPORT_FILE_BYTES,
  MAX_LISTED_PROBLEMS,
} from '../../../contract/imports.js';
import {
  type ColumnMapping,
  type ImportContext,
  type ImportDraft,
  type ImportPlan,
  type ImportSource,
  type PreviewNode,
  planImport,
  previewTree,
} from '../../../core/imports/index.js';
import { AppError, notFound } from '../../errors.js';
import { isUniqueViolation } from '../../store/constraints.js';
import * as store from '../../store/imports.js';
import * as organizations from '../../store/organizations.js';
import type { MemberActor } from '../authorization.js';
import { iso, type ServiceContext } from '../context.js';
import { getJob, startJob } from '../jobs.js';
import { readImportFile } from './read-file.js';
import { writeImport } from './write-import.js';

const lower = (text: string) => text.trim().toLowerCase();

/** What the organization holds of what the file names: bounded by the file, never the whole organization. */
async function contextFor(
  ctx: ServiceContext,
  actor: MemberActor,
  draft: ImportDraft,
  input: { skipInvalidRows: boolean; defaultCustomerId?: string | undefined },
): Promise<ImportContext> {
  const organizationId = actor.organizationId;
  const organization = await organizations.findOrganization(ctx.db, organizationId);
  const emails = new Set<string>();
  for (const person of draft.people) emails.add(person.email);
  for (const team of draft.teams) if (team.leadEmail) emails.add(team.leadEmail);
  for (const objective of draft.objectives)
    if (objective.owner?.type === 'person') emails.add(objective.owner.email);
  const people = await store.findPeopleByEmails(ctx.db, organizationId, [...emails]);
  const teamNames = [
    ...draft.teams.map((t) => t.name),
    ...draft.people.flatMap((p) => p.teams),
    ...draft.objectives.flatMap((o) => (o.team ? [o.team] : [])),
  ];
  const teams = await store.findTeamsByNames(ctx.db, organizationId, teamNames);
  const periodNames = [
    ...draft.periods.map((p) => p.name),
    ...draft.objectives.flatMap((o) => (o.periodSourceId ? [o.periodSourceId] : [])),
  ];
  const cycles = await store.findCyclesByNames(ctx.db, organizationId, periodNames);
  const imported = await store.findImportSources(
    ctx.db,
    organizationId,
    draft.source,
    'promise',
    draft.objectives.map((o) => o.sourceId),
  );
  let defaultCustomerEmail = actor.email.toLowerCase();
  if (input.defaultCustomerId) {
    const [chosen] = (await store.findPeopleByIds(ctx.db, organizationId, [input.defaultCustomerId])).filter(
      (person) => person.removed_at === null,
    );
    if (!chosen) throw notFound('Person');
    defaultCustomerEmail = chosen.email.toLowerCase();
  }
  return {
    today: iso(ctx.now()).slice(0, 10),
    organizationName: organization?.name ?? 'the organization',
    people: new Map(
      people
        .filter((p) => p.role !== null && p.removed_at === null)
        .map((p) => [p.email.toLowerCase(), { name: p.name }]),
    ),
    teams: new Map(teams.map((t) => [lower(t.name), { name: t.name, leadEmails: t.leadEmails }])),
    cycles: new Map(
      cycles.map((c) => [lower(c.name), { name: c.name, start: c.start_date, end: c.end_date }]),
    ),
    importedObjectives: new Set(imported.map((row) => row.source_id)),
    defaultCustomerEmail,
    skipInvalidRows: input.skipInvalidRows,
  };
}

function flatten(nodes: readonly PreviewNode[], depth = 0): ImportTreeLine[] {
  return nodes.flatMap(({ children, ...node }) => [{ ...node, depth }, ...flatten(children, depth + 1)]);
}

function presentPreview(
  plan: ImportPlan,
  fileName: string,
  columns: ImportColumns | null,
): ImportStarted['preview'] {
  const errors = plan.problems.filter((p) => p.severity === 'error').length;
  // Errors first: they are what stops the import.
  const problems = [...plan.problems].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  return {
    source: plan.source,
    fileName,
    columns,
    counts: plan.counts,
    tree: flatten(previewTree(plan)),
    problems: problems.slice(0, MAX_LISTED_PROBLEMS),
    errors,
    warnings: plan.problems.length - errors,
    skippedRows: plan.skippedRows,
    // A required column nobody chose stops the import even when rows with errors are skipped:
    // otherwise every row would be left out and the import would write nothing, silently.
    isBlocked: plan.isBlocked || (columns !== null && columns.missing.length > 0),
  };
}

function presentJob(job: Awaited<ReturnType<typeof getJob>>): ImportJob {
  const result = ImportResult.safeParse(job.result);
  const { result: _result, ...rest } = job;
  return result.success ? { ...rest, result: result.data } : rest;
}

/**
 * Reads the file and plans its import against the organization. A dry run answers the preview
 * only; a confirmed import starts a job that writes the plan, unless errors remain that the person
 * did not choose to skip: then nothing is written.
 */
export async function createImport(
  ctx: ServiceContext,
  actor: MemberActor,
  body: {
    fileName: string;
    content: string;
    source?: ImportSource | undefined;
    dryRun: boolean;
    skipInvalidRows: boolean;
    mapping?: ColumnMapping | undefined;
    defaultCustomerId?: string | undefined;
  },
): Promise<ImportStarted> {
  const bytes = Buffer.from(body.content, 'base64');
  if (bytes.length > MAX_IMPORT_FILE_BYTES) {
    throw new AppError(
      'validation_failed',
      `The file must be at most ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB`,
    );
  }
  const savedMapping = body.mapping
    ? null
    : await store.findImportMapping(ctx.db, ctx.dialect, actor.organizationId, 'csv');
  const { source, draft, columns } = await readImportFile({
    fileName: body.fileName,
    bytes,
    source: body.source,
    mapping: body.mapping,
    savedMapping,
  });
  const plan = planImport(draft, await contextFor(ctx, actor, draft, body));
  const preview = presentPreview(plan, body.fileName, columns);
  if (body.dryRun) return { preview, job: null };
  if (preview.isBlocked) {
    throw new AppError(
      'validation_failed',
      `${preview.errors} problem${preview.errors === 1 ? '' : 's'} in the file: fix ${preview.errors === 1 ? 'it' : 'them'}, or choose to skip the rows that have errors`,
      {
        kind: 'validation',
        issues: preview.problems
          .filter((p) => p.severity === 'error')
          .slice(0, 100)
          .map((p) => ({
            path: [p.file, p.row, p.column].filter((part) => part !== undefined).join(':'),
            message: p.message,
          })),
      },
    );
  }
  try {
    const job = await startJob(ctx, { kind: 'import', organizationId: actor.organizationId }, (report) =>
      writeImport(ctx, actor, plan, report),
    );
    if (source === 'csv' && columns) {
      // Kept once the import is written, not on a dry run: a guess nobody confirmed is not offered again.
      await store.saveImportMapping(ctx.db, {
        organization_id: actor.organizationId,
        source,
        mapping: JSON.stringify(columns.mapping),
        updated_by: actor.personId,
        updated_at: iso(ctx.now()),
      });
    }
    return { preview, job: presentJob(job) };
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError(
        'conflict',
        'An import is running in this organization already; wait for it to finish',
      );
    }
    throw error;
  }
}

export async function getImport(ctx: ServiceContext, actor: MemberActor, id: string): Promise<ImportJob> {
  const job = await getJob(ctx, id, actor.organizationId);
  if (job.kind !== 'import') throw notFound('Import');
  return presentJob(job);
}

export async function getImportMapping(ctx: ServiceContext, actor: MemberActor, source: ImportSource) {
  const mapping = await store.findImportMapping(ctx.db, ctx.dialect, actor.organizationId, source);
  return { source, mapping };
}
