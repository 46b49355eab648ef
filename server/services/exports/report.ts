import { notFound } from '../../errors.js';
import * as store from '../../store/exports.js';
import type { MemberActor } from '../authorization.js';
import type { ServiceContext } from '../context.js';

type ReportPromise = Awaited<ReturnType<typeof store.listPromisesForReport>>[number];

const CHUNK = 500;

/**
 * A cycle's report in Markdown: its direction as published last, then its promises and those of the
 * cycles nested in it, longest horizon first, each with the promises that contribute to it nested
 * under it, and each line with its status, score and the customer's satisfaction. The scope is one
 * cycle's promises, read once.
 */
export async function exportCycleReport(
  ctx: ServiceContext,
  actor: MemberActor,
  cycleId: string,
): Promise<string> {
  const organizationId = actor.organizationId;
  const cycles = await store.listCycleWithNested(ctx.db, organizationId, cycleId);
  const cycle = cycles.find((candidate) => candidate.id === cycleId);
  if (!cycle) throw notFound('Cycle');
  const direction = await store.findLatestDirectionVersion(ctx.db, organizationId, cycleId);
  const promises = await store.listPromisesForReport(
    ctx.db,
    organizationId,
    cycles.map((c) => c.id),
  );
  const ids = promises.map((promise) => promise.id);
  const contributions = [];
  for (let start = 0; start < ids.length; start += CHUNK) {
    contributions.push(
      ...(await store.listContributionsFrom(ctx.db, organizationId, ids.slice(start, start + CHUNK))),
    );
  }
  const names = await store.namesOfParties(
    ctx.db,
    organizationId,
    promises.map((promise) => ({ type: promise.customer_type, id: promise.customer_id })),
  );

  const inReport = new Set(ids);
  const children = new Map<string, ReportPromise[]>();
  const served = new Set<string>();
  const byId = new Map(promises.map((promise) => [promise.id, promise]));
  for (const link of contributions) {
    const from = byId.get(link.from_promise_id);
    if (!from || !inReport.has(link.to_promise_id)) continue;
    served.add(from.id);
    children.set(link.to_promise_id, [...(children.get(link.to_promise_id) ?? []), from]);
  }

  const lines: string[] = [
    `# ${cycle.name}`,
    '',
    `${cycle.start_date} to ${cycle.end_date}`,
    '',
    '## Direction',
    '',
  ];
  lines.push(
    direction
      ? `${direction.markdown.trim()}\n\n_Version ${direction.version}, published ${direction.published_at}_`
      : '_No direction was published for this cycle._',
    '',
  );
  const lengthOf = (c: (typeof cycles)[number]) => (c.months ?? 0) * 31 + (c.days ?? 0);
  const horizons = [
    ...new Set([...cycles].sort((a, b) => lengthOf(b) - lengthOf(a)).map((c) => c.horizon_name)),
  ];
  const cycleOf = new Map(cycles.map((c) => [c.id, c]));
  for (const horizon of horizons) {
    const roots = promises.filter(
      (promise) => cycleOf.get(promise.cycle_id)?.horizon_name === horizon && !served.has(promise.id),
    );
    if (roots.length === 0) continue;
    lines.push(`## ${horizon}`, '');
    const seen = new Set<string>();
    const write = (promise: ReportPromise, depth: number) => {
      if (seen.has(promise.id)) return;
      seen.add(promise.id);
      const customer = names.get(`${promise.customer_type}:${promise.customer_id}`) ?? 'former member';
      const score = promise.score === null ? 'no score yet' : `score ${promise.score.toFixed(2)}`;
      const satisfaction =
        promise.is_satisfied === null ? 'not assessed' : promise.is_satisfied ? 'satisfied' : 'not satisfied';
      const where = cycleOf.get(promise.cycle_id)?.name ?? '';
      lines.push(
        `${'  '.repeat(depth)}- **${escapeMarkdown(promise.title)}** (${where}) for ${escapeMarkdown(customer)}: ${promise.status}, ${score}, ${satisfaction}`,
      );
      for (const child of children.get(promise.id) ?? []) write(child, depth + 1);
    };
    for (const root of roots) write(root, 0);
    lines.push('');
  }
  if (promises.length === 0) lines.push('_No promises were made in this cycle._', '');
  return lines.join('\n');
}

/** A title as literal text in Markdown: its emphasis, links and the like are not interpreted. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}
