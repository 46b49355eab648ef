import { Zip, ZipDeflate } from 'fflate';
import { CSV_KINDS, type CsvKind } from '../../../contract/exports.js';
import type { PromiseState } from '../../../core/promises/state.js';
import type { MeasurableCondition } from '../../../core/scoring/condition-score.js';
import { ARCHIVE_PAGE_SIZE } from '../../store/archive.js';
import * as store from '../../store/exports.js';
import type { PartyType } from '../../store/schema.js';
import type { MemberActor } from '../authorization.js';
import type { ServiceContext } from '../context.js';

type Cell = string | number | null | undefined;

/** One CSV field: quoted when it holds a separator, a quote or a line break (RFC 4180). */
function field(value: Cell): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const line = (cells: readonly Cell[]) => `${cells.map(field).join(',')}\r\n`;

/** Pages of rows of one kind, each page already CSV text, read ARCHIVE_PAGE_SIZE rows at a time. */
type PageReader = (
  after: string | undefined,
) => Promise<{ text: string; last: string | undefined; count: number }>;

const HEADERS: Record<CsvKind, readonly string[]> = {
  promises: [
    'promise_id',
    'title',
    'cycle',
    'status',
    'due_date',
    'customer',
    'performers',
    'score',
    'satisfied',
    'key_result_id',
    'key_result',
    'kind',
    'unit',
    'start',
    'target',
    'current',
    'weight',
  ],
  'check-ins': [
    'check_in_id',
    'promise_id',
    'promise',
    'by',
    'at',
    'confidence',
    'status',
    'note',
    'blockers',
    'values',
  ],
  people: ['person_id', 'name', 'email', 'role', 'title', 'joined_at', 'removed_at'],
  teams: ['team_id', 'name', 'description', 'leadership', 'created_at', 'archived_at', 'leads', 'members'],
};

function readerOf(ctx: ServiceContext, organizationId: string, kind: CsvKind): PageReader {
  const limit = ARCHIVE_PAGE_SIZE;
  const readers: Record<CsvKind, PageReader> = {
    async promises(after) {
      const rows = await store.pagePromisesForCsv(ctx.db, organizationId, after, limit);
      const ids = rows.map((row) => row.id);
      const performers = await store.listPerformersOf(ctx.db, organizationId, ids);
      const latest = await store.listLatestValuesOf(ctx.db, organizationId, ids);
      const parties: { type: PartyType; id: string }[] = [
        ...rows.map((row) => ({ type: row.customer_type, id: row.customer_id })),
        ...performers.map((p) => ({ type: p.party_type, id: p.party_id })),
      ];
      const names = await store.namesOfParties(ctx.db, organizationId, parties);
      const nameOf = (type: string, id: string) => names.get(`${type}:${id}`) ?? `${type}:${id}`;
      const latestOf = new Map(latest.map((value) => [`${value.promise_id}:${value.condition_id}`, value]));
      const text = rows
        .map((row) => {
          const state = ctx.dialect.parseJson<PromiseState<MeasurableCondition>>(row.state);
          const promise: Cell[] = [
            row.id,
            row.title,
            row.cycle_name,
            row.status,
            row.due_date,
            nameOf(row.customer_type, row.customer_id),
            performers
              .filter((p) => p.promise_id === row.id)
              .map((p) => nameOf(p.party_type, p.party_id))
              .join('; '),
            row.score,
            row.is_satisfied === null ? '' : row.is_satisfied ? 'yes' : 'no',
          ];
          const conditions = state.terms.conditions;
          if (conditions.length === 0) return line(promise);
          return conditions
            .map((condition) => {
              const keyResult = condition.keyResult;
              const current = latestOf.get(`${row.id}:${condition.id}`);
              const metric = keyResult?.kind === 'metric' ? keyResult : undefined;
              return line([
                ...promise,
                condition.id,
                condition.text,
                keyResult?.kind ?? '',
                metric?.unit,
                metric?.start,
                metric
                  ? metric.direction === 'stay-within'
                    ? `${metric.band.low}..${metric.band.high}`
                    : metric.target
                  : '',
                current ? (current.done === null ? current.value : current.done ? 'done' : 'not done') : '',
                keyResult?.weight ?? (keyResult ? 1 : ''),
              ]);
            })
            .join('');
        })
        .join('');
      return { text, last: rows.at(-1)?.id, count: rows.length };
    },
    async 'check-ins'(after) {
      const rows = await store.pageCheckInsForCsv(ctx.db, organizationId, after, limit);
      const values = await store.listCheckInValuesOf(
        ctx.db,
        organizationId,
        rows.map((row) => row.id),
      );
      const text = rows
        .map((row) =>
          line([
            row.id,
            row.promise_id,
            row.promise_title,
            row.person_name,
            row.at,
            row.confidence,
            row.status,
            row.note,
            row.blockers,
            values
              .filter((value) => value.check_in_id === row.id)
              .map(
                (value) =>
                  `${value.condition_id}=${value.done === null ? value.value : value.done ? 'done' : 'not done'}`,
              )
              .join('; '),
          ]),
        )
        .join('');
      return { text, last: rows.at(-1)?.id, count: rows.length };
    },
    async people(after) {
      const rows = await store.pagePeopleForCsv(ctx.db, organizationId, after, limit);
      const text = rows
        .map((row) => line([row.id, row.name, row.email, row.role, row.title, row.joined_at, row.removed_at]))
        .join('');
      return { text, last: rows.at(-1)?.id, count: rows.length };
    },
    async teams(after) {
      const rows = await store.pageTeamsForCsv(ctx.db, organizationId, after, limit);
      const members = await store.listTeamMembersOf(
        ctx.db,
        organizationId,
        rows.map((row) => row.id),
      );
      const namesOf = (teamId: string, role: string) =>
        members
          .filter((member) => member.team_id === teamId && member.role === role)
          .map((member) => member.name)
          .join('; ');
      const text = rows
        .map((row) =>
          line([
            row.id,
            row.name,
            row.description,
            row.is_leadership ? 'yes' : 'no',
            row.created_at,
            row.archived_at,
            namesOf(row.id, 'lead'),
            namesOf(row.id, 'member'),
          ]),
        )
        .join('');
      return { text, last: rows.at(-1)?.id, count: rows.length };
    },
  };
  return readers[kind];
}

async function* csvText(ctx: ServiceContext, organizationId: string, kind: CsvKind): AsyncGenerator<string> {
  yield line(HEADERS[kind]);
  const read = readerOf(ctx, organizationId, kind);
  let after: string | undefined;
  for (;;) {
    const page = await read(after);
    if (page.text) yield page.text;
    if (page.count < ARCHIVE_PAGE_SIZE || !page.last) return;
    after = page.last;
  }
}

/** One CSV file of the organization, a page at a time. */
export function exportCsv(ctx: ServiceContext, actor: MemberActor, kind: CsvKind): AsyncIterable<string> {
  return csvText(ctx, actor.organizationId, kind);
}

/** Every CSV file in one ZIP, compressed as the pages are read, so no file is held whole. */
export async function* exportCsvZip(ctx: ServiceContext, actor: MemberActor): AsyncGenerator<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  const encoder = new TextEncoder();
  for (const kind of CSV_KINDS) {
    const file = new ZipDeflate(`${kind}.csv`, { level: 6 });
    zip.add(file);
    for await (const text of csvText(ctx, actor.organizationId, kind)) {
      file.push(encoder.encode(text));
      if (failure) throw failure;
      yield* chunks.splice(0);
    }
    file.push(new Uint8Array(0), true);
    yield* chunks.splice(0);
  }
  zip.end();
  if (failure) throw failure;
  yield* chunks.splice(0);
}
