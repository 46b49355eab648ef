import type { ErrorDetails } from '../contract/error-details.js';
import { isHelpFlag } from './command.js';
import { registry as defaultRegistry } from './commands/index.js';
import { CliError, usageError } from './errors.js';
import { groupHelp, topHelp } from './help.js';
import type { Io } from './io.js';
import type { CommandRegistry } from './registry.js';

const isGlobalFlag = (token: string) => token === '--json' || isHelpFlag(token);

/**
 * Runs one command line (without the node and script arguments) and returns the exit status:
 * 0 done, 1 failed, 2 the command line was wrong. Never throws, never exits the process.
 */
export async function run(argv: readonly string[], io: Io, registry = defaultRegistry): Promise<number> {
  try {
    await dispatch(argv, io, registry);
    return 0;
  } catch (error) {
    return report(error, io);
  }
}

/** `accord [--json] [--help] WORD… [ARGUMENTS] [options]`: the longest run of words naming a command. */
async function dispatch(argv: readonly string[], io: Io, registry: CommandRegistry): Promise<void> {
  let index = 0;
  while (index < argv.length && isGlobalFlag(argv[index] ?? '')) index += 1;
  const leadingFlags = argv.slice(0, index);
  const path: string[] = [];
  for (let word = argv[index]; word !== undefined && !word.startsWith('-'); word = argv[index]) {
    if (!registry.isPrefix([...path, word])) break;
    path.push(word);
    index += 1;
    if (registry.find(path)) break;
  }
  const command = registry.find(path);
  if (command) {
    try {
      await command.execute([...leadingFlags, ...argv.slice(index)], io);
    } catch (error) {
      throw withUsageHint(error, `Run 'accord ${command.name} --help' for usage.`);
    }
    return;
  }
  const next = argv[index];
  if (path.length === 0 && next === 'help') return showHelp(argv.slice(index + 1), io, registry);
  if (next !== undefined && !next.startsWith('-')) throw unknownCommand([...path, next], registry);
  if (next !== undefined && !isGlobalFlag(next)) {
    throw usageError(`unknown option '${next}'`, `Run 'accord ${['help', ...path].join(' ')}' for usage.`);
  }
  return showHelp(path, io, registry);
}

function showHelp(path: readonly string[], io: Io, registry: CommandRegistry): void {
  const command = registry.find(path);
  const group = path.length === 1 ? registry.group(path[0] ?? '') : undefined;
  let text: string;
  if (path.length === 0) text = topHelp(registry);
  else if (command) text = command.help();
  else if (group) text = groupHelp(group);
  else throw unknownCommand(path, registry);
  io.stdout.write(`${text}\n`);
}

function unknownCommand(path: readonly string[], registry: CommandRegistry): CliError {
  const suggestion = registry.suggest(path);
  const group = path.length > 1 ? registry.group(path[0] ?? '') : undefined;
  const hints = [
    ...(suggestion ? [`Did you mean 'accord ${suggestion}'?`] : []),
    group
      ? `Run 'accord help ${group.name}' for its commands.`
      : "Run 'accord help' for the list of commands.",
  ];
  return usageError(`unknown command '${path.join(' ')}'`, hints.join('\n'));
}

function withUsageHint(error: unknown, hint: string): unknown {
  if (!(error instanceof CliError) || error.code !== 'usage' || error.hint !== undefined) return error;
  return usageError(error.message, hint);
}

function report(error: unknown, io: Io): number {
  if (!(error instanceof CliError)) {
    const detail = io.env.ACCORD_DEBUG && error instanceof Error ? error.stack : String(error);
    io.stderr.write(`accord: unexpected error: ${detail}\n`);
    return 1;
  }
  const lines = [`accord: ${error.message}`, ...describeIssues(error.api?.details)];
  if (error.hint) lines.push(error.hint);
  io.stderr.write(`${lines.join('\n')}\n`);
  return error.exitCode;
}

/** A validation error's message names the first issue; list them all when there are several. */
function describeIssues(details: ErrorDetails | undefined): string[] {
  if (details?.kind !== 'validation' || details.issues.length < 2) return [];
  return details.issues.map(({ path, message }) => `  - ${path} ${message}`.trimEnd());
}
