import * as endpoints from '../../contract/endpoints/findings.js';
import { FindingCode, FindingStatus, type FindingView } from '../../contract/findings.js';
import { defineCommand } from '../command.js';
import { usageError } from '../errors.js';
import { instant, oneOf } from '../option-values.js';
import { type Column, formatTable } from '../output.js';
import { resolveCycle, resolveTeamName } from '../resolve-names.js';

const names = (parties: FindingView['parties']['from']) => parties.map((p) => p.name).join(', ');

const columns: readonly Column<FindingView>[] = [
  { header: 'severity', value: (f) => f.severity },
  { header: 'code', value: (f) => f.code },
  { header: 'who should talk', value: (f) => `${names(f.parties.from)} → ${names(f.parties.to)}` },
  { header: 'next move', value: (f) => f.suggestedMove.act },
  { header: 'key', value: (f) => f.key },
];

function formatFindings(findings: readonly FindingView[], total: number): string {
  if (findings.length === 0) return 'No finding: nothing to look into.';
  const lines = [formatTable(findings, columns), ''];
  for (const finding of findings) lines.push(`${finding.key}\n  ${finding.message}`);
  if (total > findings.length) lines.push('', `${findings.length} of ${total} shown.`);
  return lines.join('\n');
}

export const findings = defineCommand({
  path: ['findings'],
  summary: "The strategy debugger: the plan's contradictions, and who should talk about them",
  description: [
    'Without ACTION, lists the open findings (--status for dismissed or resolved ones), filtered by',
    'cycle (nested cycles included), team or code. `accord findings dismiss KEY --reason "…"` sets',
    'one aside (its parties may), and `accord findings undo KEY` opens it again.',
  ].join('\n'),
  arguments: [
    { name: 'action', description: 'dismiss or undo; leave out to list' },
    { name: 'key', description: "The finding's key, as listed" },
  ],
  options: {
    cycle: { type: 'string', valueName: 'CYCLE', description: 'Only this cycle and those nested in it' },
    team: { type: 'string', valueName: 'TEAM', description: 'Only findings about this team' },
    code: { type: 'string', valueName: 'CODE', description: `One of ${FindingCode.options.join(', ')}` },
    status: { type: 'string', valueName: 'STATUS', description: 'open (default), dismissed or resolved' },
    reason: { type: 'string', valueName: 'TEXT', description: 'Why you dismiss it (with dismiss)' },
    at: {
      type: 'string',
      valueName: 'TIME',
      description: 'The findings as they stood at this moment (ISO 8601): open then, or in --status then',
    },
  },
  examples: [
    'accord findings --cycle FY2027-Q1',
    'accord findings --team Platform --code team-over-capacity --json',
    'accord findings --cycle FY2027-Q1 --at 2027-02-01T00:00:00Z',
    'accord findings dismiss contributes-to-nothing:0190… --reason "Platform work, linked next week"',
  ],
  async run({ args, options, connect, out }) {
    const action = args.action === undefined ? undefined : oneOf(args.action, ['dismiss', 'undo'], 'ACTION');
    if (action !== undefined) {
      if (args.key === undefined) throw usageError(`accord findings ${action} needs the finding's KEY`);
      if (action === 'dismiss' && (options.reason === undefined || options.reason.trim() === '')) {
        throw usageError('accord findings dismiss needs --reason "…"', 'Say why, so the others know.');
      }
      const client = await connect();
      const finding =
        action === 'dismiss'
          ? await client.call(endpoints.dismissFinding, {
              params: { key: args.key },
              body: { reason: options.reason ?? '' },
            })
          : await client.call(endpoints.undoFindingDismissal, { params: { key: args.key } });
      out.print(finding, () =>
        action === 'dismiss' ? `Dismissed ${finding.key}.` : `${finding.key} is open again.`,
      );
      return;
    }
    const code = options.code === undefined ? undefined : oneOf(options.code, FindingCode.options, '--code');
    const status =
      options.status === undefined ? undefined : oneOf(options.status, FindingStatus.options, '--status');
    const at = options.at === undefined ? undefined : instant(options.at, '--at');
    const client = await connect();
    const cycle = options.cycle === undefined ? undefined : await resolveCycle(client, options.cycle);
    const team =
      options.team === undefined ? undefined : await resolveTeamName(client, options.team, '--team');
    const list = await client.call(endpoints.listFindings, {
      query: {
        limit: 200,
        offset: 0,
        ...(cycle ? { cycleId: cycle.id } : {}),
        ...(team ? { teamId: team.id } : {}),
        ...(code ? { code } : {}),
        ...(status ? { status } : {}),
        ...(at === undefined ? {} : { at }),
      },
    });
    out.print(list, () =>
      at === undefined
        ? formatFindings(list.findings, list.total)
        : `As they stood at ${at}\n\n${formatFindings(list.findings, list.total)}`,
    );
  },
});
