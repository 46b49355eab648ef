import type { Command } from './command.js';

/** Commands that share a first word, such as `teams list` and `teams create`. */
export interface CommandGroup {
  name: string;
  summary: string;
  commands: readonly Command[];
}

export function defineGroup(name: string, summary: string, commands: readonly Command[]): CommandGroup {
  for (const command of commands) {
    if (command.path[0] !== name) throw new Error(`accord ${command.name} is not in the ${name} group`);
  }
  return { name, summary, commands };
}

const samePath = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((word, index) => word === b[index]);

const startsWith = (path: readonly string[], prefix: readonly string[]) =>
  prefix.every((word, index) => path[index] === word);

/**
 * Every command the CLI knows, by the words that name it. A name is either a command or a prefix
 * of commands, never both, so the router can stop at the first name that is a command.
 */
export class CommandRegistry {
  readonly commands: readonly Command[];
  readonly groups: readonly CommandGroup[];

  constructor(entries: readonly (Command | CommandGroup)[]) {
    this.groups = entries.filter((entry): entry is CommandGroup => 'commands' in entry);
    this.commands = entries.flatMap((entry) => ('commands' in entry ? entry.commands : [entry]));
    for (const command of this.commands) {
      const clash = this.commands.find((other) => other !== command && startsWith(other.path, command.path));
      if (clash) throw new Error(`accord ${command.name} clashes with accord ${clash.name}`);
    }
  }

  find(path: readonly string[]): Command | undefined {
    return this.commands.find((command) => samePath(command.path, path));
  }

  /** Whether some command's name starts with these words. */
  isPrefix(path: readonly string[]): boolean {
    return this.commands.some((command) => startsWith(command.path, path));
  }

  group(name: string): CommandGroup | undefined {
    return this.groups.find((group) => group.name === name);
  }

  /** The known name closest to a mistyped one, if any is close enough to be a likely typo. */
  suggest(path: readonly string[]): string | undefined {
    const typed = path.join(' ');
    const names = new Set(this.commands.flatMap((command) => [command.path[0] ?? '', command.name]));
    let best: { name: string; distance: number } | undefined;
    for (const name of names) {
      const distance = editDistance(typed, name);
      if (distance <= Math.max(2, Math.floor(typed.length / 4)) && (!best || distance < best.distance)) {
        best = { name, distance };
      }
    }
    return best?.name;
  }
}

/** Levenshtein distance, for "did you mean". */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
