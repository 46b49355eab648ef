import { getTeamCapacity, setTeamCapacity } from '../../contract/endpoints/capacity.js';
import { defineCommand } from '../command.js';
import { usageError } from '../errors.js';
import { decimalNumber, wholeNumber } from '../option-values.js';
import { formatAmount, formatCapacity } from '../planning-text.js';
import { resolveCycle, resolveTeamName } from '../resolve-names.js';

/** The most the API takes, in promises or points. */
const MAX_CAPACITY = 100_000;

export const capacity = defineCommand({
  path: ['capacity'],
  summary: "Show or set a team's capacity in a cycle, its load, and what it said no to",
  description: [
    "TEAM is a team's name (Platform, or team:Platform) or its id. With AMOUNT, sets the team's",
    'capacity (its leads, owners and admins): AMOUNT promises, or AMOUNT points with --points.',
    'Without, shows it. The load counts what the team has accepted (promised or reported) and what',
    'is pending (asks not yet answered); in points, each promise counts its size.',
  ].join('\n'),
  arguments: [
    { name: 'team', isRequired: true, description: 'The team' },
    { name: 'amount', description: 'The capacity to set: a number of promises, or of points' },
  ],
  options: {
    cycle: { type: 'string', valueName: 'CYCLE', description: 'The cycle, by name (FY2027-Q1) or id' },
    points: { type: 'boolean', description: 'AMOUNT is in points rather than promises' },
  },
  examples: [
    'accord capacity Platform --cycle FY2027-Q1',
    'accord capacity Platform --cycle FY2027-Q1 3',
    'accord capacity team:Platform --cycle FY2027-Q1 20 --points',
  ],
  async run({ args, options, connect, out }) {
    if (options.cycle === undefined) throw usageError('accord capacity needs --cycle CYCLE');
    if (options.points && args.amount === undefined) {
      throw usageError('--points goes with an AMOUNT to set', 'To see the capacity, leave --points out.');
    }
    const unit = options.points ? 'points' : 'promises';
    const range = { min: 0, max: MAX_CAPACITY };
    // Promises are counted whole; points, like a promise's size, may be fractional.
    const amount =
      args.amount === undefined
        ? undefined
        : unit === 'points'
          ? decimalNumber(args.amount, 'AMOUNT', range)
          : wholeNumber(args.amount, 'AMOUNT', range);

    const client = await connect();
    const team = await resolveTeamName(client, args.team, 'TEAM');
    const cycle = await resolveCycle(client, options.cycle);
    const names = { team: team.name, cycle: cycle.name };
    if (amount === undefined) {
      const view = await client.call(getTeamCapacity, {
        params: { id: team.id },
        query: { cycleId: cycle.id },
      });
      out.print(view, () => formatCapacity(view, names));
      return;
    }
    const view = await client.call(setTeamCapacity, {
      params: { id: team.id },
      body: { cycleId: cycle.id, unit, amount },
    });
    out.print(view, () =>
      formatCapacity(view, names, `${team.name} can take ${formatAmount(amount, unit)} in ${cycle.name}.`),
    );
  },
});
