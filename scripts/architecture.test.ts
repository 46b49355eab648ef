import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The layers' rules (ARCHITECTURE.md), checked over the import lines of every source file, type-only
 * and dynamic imports included. A violation names the file and the import, so the fix is obvious.
 */

const root = path.resolve(import.meta.dirname, '..');
const LAYERS = ['core', 'contract', 'server', 'web', 'cli', 'e2e', 'bench', 'scripts'] as const;
type Layer = (typeof LAYERS)[number];

interface SourceImport {
  /** As written, e.g. '../store/promises.js' or 'zod'. */
  specifier: string;
  /** The repository file it resolves to, for relative imports. */
  file?: string;
}

function sourceFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') found.push(...sourceFiles(relative));
    } else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
      found.push(relative);
    }
  }
  return found;
}

function resolveRelative(from: string, specifier: string): string | undefined {
  const asset = path.join(path.dirname(from), specifier);
  // Stylesheets and other assets bundled by Vite are files of their own kind, leaves of the graph.
  if (!/\.(js|ts|tsx)$/.test(specifier) && fs.existsSync(path.join(root, asset))) return asset;
  const base = path.join(path.dirname(from), specifier).replace(/\.js$/, '');
  return [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((candidate) =>
    fs.existsSync(path.join(root, candidate)),
  );
}

function importsOf(file: string): SourceImport[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  // preProcessFile sees static, type-only, re-export and dynamic imports alike.
  const { importedFiles } = ts.preProcessFile(text, true, true);
  return importedFiles.map(({ fileName }) =>
    fileName.startsWith('.')
      ? { specifier: fileName, file: resolveRelative(file, fileName) }
      : { specifier: fileName },
  );
}

const layerOf = (file: string): Layer | undefined => LAYERS.find((layer) => file.startsWith(`${layer}/`));
const isTest = (file: string) => /\.test\.tsx?$/.test(file) || file.includes('/test/');
/** The CLI's tests drive a real server, started by the server's own test harness. */
const isServerHarness = (file: string) => file.startsWith('server/test/');

const files = LAYERS.flatMap((layer) => (fs.existsSync(path.join(root, layer)) ? sourceFiles(layer) : []));
const graph = new Map(files.map((file) => [file, importsOf(file)]));

/** What each layer may import: other layers by name, and packages by a test on their name. */
const rules: Partial<
  Record<Layer, { layers: readonly Layer[]; packages: (name: string) => boolean; why: string }>
> = {
  core: {
    layers: ['core'],
    packages: () => false,
    why: 'core is the pure domain: it imports nothing from contract, server, web or cli, and no node:* or other package',
  },
  contract: {
    layers: ['contract', 'core'],
    packages: (name) => name === 'zod',
    why: 'contract holds schemas only: it imports zod and core, nothing else',
  },
  web: {
    layers: ['web', 'core', 'contract'],
    packages: (name) => !name.startsWith('node:'),
    why: 'web talks to the server over HTTP only: it never imports server or cli, nor node:*',
  },
  cli: {
    layers: ['cli', 'core', 'contract'],
    packages: () => true,
    why: 'cli talks to the server over HTTP only: it never imports server or web',
  },
  server: {
    layers: ['server', 'core', 'contract'],
    packages: () => true,
    why: 'server never imports web or cli',
  },
};

/** Test files may use the test runner and property testing whatever their layer. */
const TEST_PACKAGES = new Set(['vitest', 'fast-check']);

describe('the layers', () => {
  it('import only what their rules allow', () => {
    const violations: string[] = [];
    for (const [file, imports] of graph) {
      const layer = layerOf(file);
      const rule = layer && rules[layer];
      if (!rule) continue;
      for (const { specifier, file: target } of imports) {
        if (specifier.startsWith('.')) {
          const targetLayer = target ? layerOf(target) : undefined;
          const allowed =
            (targetLayer && rule.layers.includes(targetLayer)) ||
            (target && !/\.tsx?$/.test(target)) ||
            (layer === 'cli' && isTest(file) && target && isServerHarness(target));
          if (!allowed) {
            violations.push(`${file} imports ${specifier}: ${rule.why}`);
          }
        } else if (!rule.packages(specifier) && !(isTest(file) && TEST_PACKAGES.has(specifier))) {
          violations.push(`${file} imports ${specifier}: ${rule.why}`);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it('resolve every relative import to a file', () => {
    const unresolved = [...graph].flatMap(([file, imports]) =>
      imports
        .filter((i) => i.specifier.startsWith('.') && !i.file)
        .map((i) => `${file} imports ${i.specifier}`),
    );
    expect(unresolved).toEqual([]);
  });

  it('have no import cycles, type-only imports included', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const stack: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'visiting');
      stack.push(file);
      for (const { file: target } of graph.get(file) ?? []) {
        if (!target) continue;
        if (state.get(target) === 'visiting') {
          cycles.push([...stack.slice(stack.indexOf(target)), target].join(' -> '));
        } else if (!state.has(target)) {
          visit(target);
        }
      }
      stack.pop();
      state.set(file, 'done');
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });
});

/** Where SQL may be written: the store, and the migrations that shape the schema it queries. */
const HOLDS_SQL = ['server/store/', 'server/migrations/'];
/** Tests check what was written, and the benchmarks build their organization, straight through Kysely. */
const mayQuery = (file: string) =>
  HOLDS_SQL.some((folder) => file.startsWith(folder)) || isTest(file) || layerOf(file) === 'bench';
const QUERY_CALL = /\.(selectFrom|insertInto|updateTable|deleteFrom|transaction)\(|\bsql`/;

describe('the store', () => {
  it('holds all SQL: nothing else imports Kysely or builds a query', () => {
    const violations: string[] = [];
    for (const [file, imports] of graph) {
      if (mayQuery(file)) continue;
      for (const { specifier } of imports) {
        if (specifier === 'kysely' || specifier.startsWith('kysely/')) {
          violations.push(`${file} imports ${specifier}: only server/store/ speaks SQL`);
        }
      }
      const lines = fs.readFileSync(path.join(root, file), 'utf8').split('\n');
      for (const [index, line] of lines.entries()) {
        const call = QUERY_CALL.exec(line);
        if (call) {
          violations.push(
            `${file}:${index + 1} calls ${call[0]}: add a function to server/store/<noun>.ts and call it`,
          );
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it('is asked for a scope, never for a page so large it stands for "all"', () => {
    // The store refuses a page larger than MAX_PAGE_SIZE; this names the caller before it runs.
    const bigPages = [...graph.keys()]
      .filter((file) => layerOf(file) === 'server' && !isTest(file))
      .flatMap((file) =>
        fs
          .readFileSync(path.join(root, file), 'utf8')
          .split('\n')
          .flatMap((line, index) => (/\blimit:\s*\d{4,}/.test(line) ? [`${file}:${index + 1}`] : [])),
      );
    expect(bigPages).toEqual([]);
  });
});

describe('the routes', () => {
  it('call services and never the store', () => {
    const violations = [...graph]
      .filter(([file]) => file.startsWith('server/routes/') && !isTest(file))
      .flatMap(([file, imports]) =>
        imports
          .filter((i) => i.file?.startsWith('server/store/'))
          .map((i) => `${file} imports ${i.specifier}: a route calls one service, which asks the store`),
      );
    expect(violations).toEqual([]);
  });
});

describe('the web app and the command line', () => {
  it('write no API path by hand: they call the endpoint definitions', () => {
    const violations: string[] = [];
    for (const file of graph.keys()) {
      if (!(file.startsWith('web/') || file.startsWith('cli/')) || isTest(file)) continue;
      const lines = fs.readFileSync(path.join(root, file), 'utf8').split('\n');
      lines.forEach((line, index) => {
        // Links to the API's documentation pages are addresses for people, not calls.
        if (/['"`]\/api\/(?!docs['"`])/.test(line)) {
          violations.push(`${file}:${index + 1} writes an API path: call(endpoints.…) instead`);
        }
      });
    }
    expect(violations).toEqual([]);
  });
});

describe('the time-based jobs', () => {
  it('are called by the clock, never by a route', () => {
    const violations = [...graph]
      .filter(([file]) => file.startsWith('server/routes/') && !isTest(file))
      .flatMap(([file, imports]) =>
        imports
          .filter((i) => i.file?.startsWith('server/jobs/'))
          .map((i) => `${file} imports ${i.specifier}: jobs run from the scheduler, not a request`),
      );
    expect(violations).toEqual([]);
  });
});
