import { type ParseArgsConfig, parseArgs } from 'node:util';
import { resolveCredentials } from './config.js';
import { CliError, usageError } from './errors.js';
import { AccordClient, parseServerUrl } from './http.js';
import type { Io } from './io.js';
import { formatPairs, Output } from './output.js';

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  readonly description: string;
  /** The placeholder shown in help for a string option: `--search TEXT`. */
  readonly valueName?: string;
  /** A string option that may be given several times; its value is the list, in order. */
  readonly isRepeatable?: boolean;
}

export interface ArgumentSpec {
  /** The key in `args`; help shows it upper-case. */
  readonly name: string;
  readonly description: string;
  readonly isRequired?: boolean;
}

type OptionSpecs = Readonly<Record<string, OptionSpec>>;
type ParserOptions = NonNullable<ParseArgsConfig['options']>;

type OptionValues<O extends OptionSpecs> = {
  [K in keyof O]: O[K]['type'] extends 'boolean'
    ? boolean
    : O[K]['isRepeatable'] extends true
      ? string[]
      : string | undefined;
};

type ArgumentValues<A extends readonly ArgumentSpec[]> = {
  [S in A[number] as S['name']]: S['isRequired'] extends true ? string : string | undefined;
};

export interface CommandInput<O extends OptionSpecs, A extends readonly ArgumentSpec[]> {
  options: OptionValues<O>;
  args: ArgumentValues<A>;
  io: Io;
  out: Output;
  /** A client for the signed-in server; throws "not logged in" when there are no credentials. */
  connect(): Promise<AccordClient>;
}

export interface CommandSpec<O extends OptionSpecs, A extends readonly ArgumentSpec[]> {
  /** The words that name the command: ['teams', 'create']. */
  path: readonly [string, ...string[]];
  summary: string;
  /** Paragraphs shown under the summary in the command's help. */
  description?: string;
  options?: O;
  arguments?: A;
  examples?: readonly string[];
  run(input: CommandInput<O, A>): Promise<void>;
}

/** A command with its types erased, as the registry and the router see it. */
export interface Command {
  readonly path: readonly string[];
  readonly name: string;
  readonly summary: string;
  help(): string;
  execute(argv: readonly string[], io: Io): Promise<void>;
}

/** Every command takes these; a command's own options may not reuse their names. */
export const globalOptions = {
  json: { type: 'boolean', description: "Print the API's JSON instead of text" },
  help: { type: 'boolean', short: 'h', description: 'Show this help' },
} as const satisfies OptionSpecs;

export function isHelpFlag(token: string): boolean {
  return token === '--help' || token === '-h';
}

export function defineCommand<
  const O extends OptionSpecs = Record<never, OptionSpec>,
  const A extends readonly ArgumentSpec[] = [],
>(spec: CommandSpec<O, A>): Command {
  const name = spec.path.join(' ');
  const ownOptions: OptionSpecs = spec.options ?? {};
  const argumentSpecs: readonly ArgumentSpec[] = spec.arguments ?? [];
  for (const option of Object.keys(ownOptions)) {
    if (option in globalOptions) throw new Error(`accord ${name}: --${option} is a global option`);
  }
  const allOptions: OptionSpecs = { ...ownOptions, ...globalOptions };

  const command: Command = {
    path: spec.path,
    name,
    summary: spec.summary,
    help: () => commandHelp(spec, name, ownOptions, argumentSpecs),
    async execute(argv, io) {
      const helpUntil = argv.indexOf('--');
      if (argv.slice(0, helpUntil === -1 ? undefined : helpUntil).some(isHelpFlag)) {
        io.stdout.write(`${command.help()}\n`);
        return;
      }
      const parsed = parseCommandLine(argv, allOptions, argumentSpecs);
      const out = new Output(io, parsed.options.json === true);
      const input = {
        // The parser checked each value against its spec, which is what these types describe.
        options: parsed.options as OptionValues<O>,
        args: parsed.args as ArgumentValues<A>,
        io,
        out,
        connect: () => connect(io),
      };
      await spec.run(input);
    },
  };
  return command;
}

interface ParsedCommandLine {
  options: Record<string, string | boolean | string[] | undefined>;
  args: Record<string, string | undefined>;
}

function parseCommandLine(
  argv: readonly string[],
  options: OptionSpecs,
  argumentSpecs: readonly ArgumentSpec[],
): ParsedCommandLine {
  const config = Object.fromEntries(
    Object.entries(options).map(([key, option]): [string, ParserOptions[string]] => [
      key,
      {
        type: option.type,
        ...(option.short ? { short: option.short } : {}),
        // Absent booleans read false and absent lists empty, so commands never meet an undefined one.
        ...(option.type === 'boolean' ? { default: false } : {}),
        ...(option.type === 'string' && option.isRepeatable ? { multiple: true, default: [] } : {}),
      },
    ]),
  );
  const { values, positionals } = parseStrictly(argv, config);
  if (positionals.length > argumentSpecs.length) {
    const extra = positionals[argumentSpecs.length];
    throw usageError(
      `unexpected argument '${extra}'`,
      argumentSpecs.length > 0 ? 'Quote a value that contains spaces.' : undefined,
    );
  }
  const args: Record<string, string | undefined> = {};
  for (const [index, argument] of argumentSpecs.entries()) {
    const value = positionals[index];
    if (value === undefined && argument.isRequired)
      throw usageError(`missing ${argument.name.toUpperCase()}`);
    args[argument.name] = value;
  }
  const optionValues: Record<string, string | boolean | string[] | undefined> = {};
  for (const [key, value] of Object.entries(values)) {
    optionValues[key] = Array.isArray(value) ? value.filter((item) => typeof item === 'string') : value;
  }
  return { options: optionValues, args };
}

function parseStrictly(argv: readonly string[], options: ParserOptions) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      throw error;
    }
    // Node's advice on positionals that start with '-' would only confuse here.
    const unknown = /^Unknown option '([^']+)'/.exec(error.message)?.[1];
    if (unknown === undefined) throw usageError(lowerFirst(error.message.trim()));
    // Node reads '-1' as the option -1; the person meant a number, which no argument takes below 0.
    const negative = /^-\d$/.test(unknown) ? argv.find((token) => token.startsWith(unknown)) : undefined;
    if (negative !== undefined) {
      throw usageError(`'${negative}' is not an option, and a number here cannot be negative`);
    }
    throw usageError(`unknown option '${unknown}'`);
  }
}

async function connect(io: Io): Promise<AccordClient> {
  const credentials = await resolveCredentials(io.env);
  const url = parseServerUrl(credentials.url);
  if (!url) {
    throw new CliError('config', `the server address '${credentials.url}' is not an http(s) address`, {
      hint: 'Run accord login again, or fix ACCORD_URL.',
    });
  }
  return new AccordClient({
    url,
    token: credentials.token,
    ...(io.fetch ? { fetch: io.fetch } : {}),
    ...(credentials.isTokenFromEnvironment
      ? { unauthenticatedMessage: 'the token in ACCORD_TOKEN is invalid or revoked' }
      : {}),
  });
}

function commandHelp(
  spec: { summary: string; description?: string; examples?: readonly string[] },
  name: string,
  options: OptionSpecs,
  argumentSpecs: readonly ArgumentSpec[],
): string {
  const synopsis = argumentSpecs
    .map((argument) =>
      argument.isRequired ? argument.name.toUpperCase() : `[${argument.name.toUpperCase()}]`,
    )
    .join(' ');
  const sections = [
    spec.summary,
    ...(spec.description ? [spec.description] : []),
    `Usage\n  accord ${[name, synopsis, '[options]'].filter(Boolean).join(' ')}`,
  ];
  if (argumentSpecs.length > 0) {
    const rows = argumentSpecs.map(
      (argument) => [argument.name.toUpperCase(), argument.description] as const,
    );
    sections.push(`Arguments\n${formatPairs(rows, '  ')}`);
  }
  sections.push(`Options\n${describeOptions({ ...options, ...globalOptions })}`);
  if (spec.examples && spec.examples.length > 0) {
    sections.push(`Examples\n${spec.examples.map((example) => `  ${example}`).join('\n')}`);
  }
  return sections.join('\n\n');
}

export function describeOptions(options: OptionSpecs): string {
  const rows = Object.entries(options).map(([key, option]) => {
    const flag = `${option.short ? `-${option.short}, ` : ''}--${key}`;
    const value = option.type === 'string' ? ` ${option.valueName ?? 'VALUE'}` : '';
    const repeat = option.isRepeatable ? ' …' : '';
    return [`${flag}${value}${repeat}`, option.description] as const;
  });
  return formatPairs(rows, '  ');
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
