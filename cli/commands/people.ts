import * as endpoints from '../../contract/endpoints/people.js';
import type { Person } from '../../contract/people.js';
import { defineCommand } from '../command.js';
import { type Column, formatTable } from '../output.js';
import { pageNote, pageOptions, pageQuery } from '../page-options.js';
import { defineGroup } from '../registry.js';

const personColumns: readonly Column<Person>[] = [
  { header: 'name', value: (person) => person.name },
  { header: 'email', value: (person) => person.email },
  { header: 'role', value: (person) => person.role },
  {
    header: 'teams',
    value: (person) =>
      person.teams.map((team) => (team.isLead ? `${team.name} (lead)` : team.name)).join(', '),
  },
];

const listPeople = defineCommand({
  path: ['people', 'list'],
  summary: 'List the people in the organization, with their role and teams',
  options: {
    search: {
      type: 'string',
      short: 's',
      valueName: 'TEXT',
      description: 'Only people whose name or email contains TEXT',
    },
    ...pageOptions,
  },
  examples: [
    'accord people list --search ada',
    'accord people list --limit 100 --offset 100',
    'accord people list --json',
  ],
  async run({ options, connect, out }) {
    const query = { q: options.search, ...pageQuery(options) };
    const client = await connect();
    const list = await client.call(endpoints.listPeople, { query });
    out.print(list, ({ people }) => {
      if (people.length > 0)
        return formatTable(people, personColumns) + pageNote(list, people.length, 'people');
      return options.search === undefined ? 'No people.' : `No one matches "${options.search}".`;
    });
  },
});

export const people = defineGroup('people', 'The people in the organization', [listPeople]);
