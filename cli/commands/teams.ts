import * as endpoints from '../../contract/endpoints/teams.js';
import type { TeamSummary } from '../../contract/teams.js';
import { defineCommand } from '../command.js';
import { usageError } from '../errors.js';
import { type Column, formatTable } from '../output.js';
import { pageNote, pageOptions, pageQuery } from '../page-options.js';
import { defineGroup } from '../registry.js';

const teamColumns: readonly Column<TeamSummary>[] = [
  { header: 'name', value: (team) => team.name },
  { header: 'members', value: (team) => String(team.memberCount) },
  { header: 'leads', value: (team) => team.leads.map((lead) => lead.name).join(', ') },
  { header: 'id', value: (team) => team.id },
];

const archivedColumn: Column<TeamSummary> = {
  header: 'archived',
  value: (team) => team.archivedAt?.slice(0, 10) ?? '',
};

const listTeams = defineCommand({
  path: ['teams', 'list'],
  summary: "List the organization's teams with their members and leads",
  options: {
    archived: { type: 'boolean', description: 'List archived teams instead of active ones' },
    all: { type: 'boolean', description: 'List active and archived teams' },
    ...pageOptions,
  },
  examples: ['accord teams list', 'accord teams list --archived --json', 'accord teams list --offset 50'],
  async run({ options, connect, out }) {
    if (options.archived && options.all) throw usageError('use either --archived or --all, not both');
    const archived = options.all ? 'all' : options.archived ? 'true' : 'false';
    const query = { archived, ...pageQuery(options) } as const;
    const client = await connect();
    const list = await client.call(endpoints.listTeams, { query });
    const columns =
      archived === 'false'
        ? teamColumns
        : [...teamColumns.slice(0, -1), archivedColumn, ...teamColumns.slice(-1)];
    out.print(list, ({ teams }) => {
      if (teams.length > 0) return formatTable(teams, columns) + pageNote(list, teams.length, 'teams');
      return archived === 'true'
        ? 'No archived teams.'
        : 'No teams yet. Create one with accord teams create NAME';
    });
  },
});

const createTeam = defineCommand({
  path: ['teams', 'create'],
  summary: 'Create a team (owners and admins)',
  arguments: [{ name: 'name', isRequired: true, description: "The team's name" }],
  options: {
    description: { type: 'string', valueName: 'TEXT', description: 'What the team is for' },
  },
  examples: ['accord teams create Platform --description "Keeps the lights on"'],
  async run({ args, options, connect, out }) {
    const client = await connect();
    const team = await client.call(endpoints.createTeam, {
      body: {
        name: args.name,
        ...(options.description === undefined ? {} : { description: options.description }),
      },
    });
    out.print(team, () => `Created team ${team.name} (${team.id}).`);
  },
});

export const teams = defineGroup('teams', 'Teams: named groups of people that make and keep promises', [
  listTeams,
  createTeam,
]);
