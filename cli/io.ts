/** Where a run of the CLI reads and writes: the process in main.ts, buffers in tests. */
export interface Writer {
  write(text: string): unknown;
}

export interface Io {
  stdout: Writer;
  stderr: Writer;
  env: Readonly<Record<string, string | undefined>>;
  /** Defaults to the global fetch. */
  fetch?: typeof fetch;
}

/** An environment variable that is set to something; an empty value counts as unset. */
export function envValue(env: Io['env'], name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}
