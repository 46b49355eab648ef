import { describeOptions, globalOptions } from './command.js';
import { formatPairs } from './output.js';
import type { CommandGroup, CommandRegistry } from './registry.js';

export function topHelp(registry: CommandRegistry): string {
  const rows = [
    ...registry.commands.map((command) => [command.name, command.summary] as const),
    ['help [COMMAND]', 'Show help for a command'] as const,
  ];
  return [
    'accord, the Accord command line. Every objective is a promise between a customer and a performer.',
    'Usage\n  accord COMMAND [ARGUMENTS] [options]',
    `Commands\n${formatPairs(rows, '  ')}`,
    `Options\n${describeOptions(globalOptions)}`,
    `Environment\n${formatPairs(
      [
        ['ACCORD_URL, ACCORD_TOKEN', 'Use this server and API token instead of the stored ones'],
        ['ACCORD_CONFIG_DIR', 'Where accord login stores credentials (default: ~/.config/accord)'],
        ['ACCORD_DEBUG', 'Set to show the stack trace of an unexpected error'],
      ],
      '  ',
    )}`,
    "Run 'accord help COMMAND' for more about a command.",
  ].join('\n\n');
}

export function groupHelp(group: CommandGroup): string {
  const rows = group.commands.map((command) => [command.name, command.summary] as const);
  return [
    group.summary,
    `Usage\n  accord ${group.name} COMMAND [ARGUMENTS] [options]`,
    `Commands\n${formatPairs(rows, '  ')}`,
    `Run 'accord help ${group.name} COMMAND' for more about a command.`,
  ].join('\n\n');
}
