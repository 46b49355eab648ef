import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * The Dockerfile and compose.yaml, checked as text: base images cannot be fetched where the tests
 * run, so neither is built here. What is checked is what drifts: the start command, the user, the
 * variables the README documents.
 */

const root = path.resolve(import.meta.dirname, '..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

interface Instruction {
  keyword: string;
  args: string;
}

/** The Dockerfile's instructions, continuation lines joined, comments dropped. */
function instructionsOf(text: string): Instruction[] {
  return text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [keyword = '', ...rest] = line.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    });
}

/** The variables of the README's configuration table ("Running it"). */
function documentedVariables(): string[] {
  const readme = read('README.md');
  const section = readme.slice(
    readme.indexOf('## Running it'),
    readme.indexOf('\n## ', readme.indexOf('## Running it') + 1),
  );
  return [...section.matchAll(/^\| `([A-Z_]+)`/gm)].map((match) => match[1]!);
}

const START_COMMAND = 'node dist/server/main.js';

describe('the Dockerfile', () => {
  const instructions = instructionsOf(read('Dockerfile'));
  const lastFrom = instructions.map((i) => i.keyword).lastIndexOf('FROM');
  const finalStage = instructions.slice(lastFrom);
  const final = (keyword: string) => finalStage.filter((i) => i.keyword === keyword);

  it('builds in one stage and runs from another, both on Node.js 20 (Debian bookworm, slim)', () => {
    const froms = instructions.filter((i) => i.keyword === 'FROM');
    expect(froms.length).toBeGreaterThanOrEqual(2);
    for (const from of froms) expect(from.args.split(/\s+/)[0]).toBe('node:20-bookworm-slim');
    const build = instructions
      .slice(0, lastFrom)
      .filter((i) => i.keyword === 'RUN')
      .map((i) => i.args);
    expect(build.some((run) => run.includes('npm ci'))).toBe(true);
    expect(build.some((run) => run.includes('npm run build') && run.includes('npm prune --omit=dev'))).toBe(
      true,
    );
  });

  it('runs the start command the README and npm start use', () => {
    const [cmd] = final('CMD');
    expect(JSON.parse(cmd!.args)).toEqual(START_COMMAND.split(' '));
    const start = JSON.parse(read('package.json')).scripts.start as string;
    expect(start.split('&&').at(-1)?.trim()).toBe(START_COMMAND);
    expect(read('README.md')).toContain(START_COMMAND);
  });

  it('runs as a user that is not root', () => {
    const users = final('USER').map((i) => i.args);
    expect(users).toHaveLength(1);
    expect(users[0]).not.toMatch(/^(root|0)(:|$)/);
  });

  it('holds only the built app and its production dependencies', () => {
    const copied = final('COPY').map((i) => i.args);
    expect(copied.length).toBeGreaterThan(0);
    for (const copy of copied) {
      const [from, source] = copy.split(/\s+/);
      expect(from).toBe('--from=build');
      expect(['/app/package.json', '/app/node_modules', '/app/dist']).toContain(source);
    }
    expect(
      final('ENV')
        .map((i) => i.args)
        .join(' '),
    ).toContain('NODE_ENV=production');
  });

  it('exposes the port compose publishes, and checks readiness', () => {
    const [expose] = final('EXPOSE');
    const compose = parse(read('compose.yaml'));
    const published = (compose.services.accord.ports as string[]).map((port) => port.split(':').at(-1));
    expect(published).toContain(expose!.args);
    expect(final('HEALTHCHECK')[0]?.args).toContain('/api/ready');
  });
});

describe('compose.yaml', () => {
  const compose = parse(read('compose.yaml'));
  const accord = compose.services.accord;
  const environment: Record<string, unknown> = Array.isArray(accord.environment)
    ? Object.fromEntries((accord.environment as string[]).map((entry) => entry.split('=')))
    : accord.environment;

  it('builds Accord from this folder and starts it once PostgreSQL 15 is healthy', () => {
    expect(accord.build).toBe('.');
    expect(accord.depends_on.postgres.condition).toBe('service_healthy');
    expect(compose.services.postgres.image).toBe('postgres:15');
    expect(compose.services.postgres.healthcheck).toBeDefined();
    expect(String(environment.DATABASE_URL)).toMatch(/^postgres:\/\/.*@postgres:5432\//);
  });

  it('keeps the database in a named volume', () => {
    const volumes = compose.services.postgres.volumes as string[];
    const mounted = volumes.find((volume) => volume.endsWith(':/var/lib/postgresql/data'));
    expect(mounted).toBeDefined();
    expect(Object.keys(compose.volumes)).toContain(mounted!.split(':')[0]);
  });

  it('sets exactly the variables the README documents', () => {
    const documented = documentedVariables();
    expect(documented).toEqual(
      expect.arrayContaining(['DATABASE_URL', 'ACCORD_METRICS', 'ACCORD_LOG_FORMAT']),
    );
    expect(Object.keys(environment).sort()).toEqual([...documented].sort());
  });
});
