/**
 * What the first visit to a page costs in JavaScript, read from Vite's build manifest
 * (`dist/web/.vite/manifest.json`, `build.manifest` in vite.config.ts). Pure: the files are read and
 * compressed by `scripts/bundle-budget.ts`, which fails the build over budget.
 */

/** One chunk of the manifest, as far as the budget reads it. */
export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  /** Manifest keys of the chunks this one imports statically: they load with it. */
  imports?: string[];
  /** Manifest keys of the chunks this one may load later: they are not part of its first load. */
  dynamicImports?: string[];
  css?: string[];
}

/** Keyed by source path relative to the Vite root (`web/`), or `_<name>.js` for a shared chunk. */
export type Manifest = Record<string, ManifestChunk>;

/** The page a person lands on first. */
export const INBOX_PAGE = 'routes/inbox.tsx';

/** Gzipped bytes of JavaScript the first load of the inbox may ship (issue 9: under 250 KB). */
export const FIRST_LOAD_BUDGET_BYTES = 250_000;

/**
 * The JavaScript files a first visit to `page` fetches: the app's entry and the page's own chunk,
 * with every chunk either imports statically, each once, entry first. Chunks loaded on demand
 * (other pages, the map's graph) are not part of it.
 */
export function firstLoadFiles(manifest: Manifest, page: string): string[] {
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
  if (entries.length === 0) throw new Error('The manifest names no entry chunk');
  if (!manifest[page]) throw new Error(`The manifest has no chunk for ${page}`);

  const files: string[] = [];
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The manifest names ${key} as an import but has no such chunk`);
    files.push(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of [...entries, page]) visit(key);
  return files.filter((file) => file.endsWith('.js'));
}

export interface FileWeight {
  file: string;
  bytes: number;
}

export interface Weighing {
  files: FileWeight[];
  totalBytes: number;
  budgetBytes: number;
  isWithinBudget: boolean;
}

/** Weighs files by `sizeOf` (their gzipped size, for the CLI) against a budget, heaviest first. */
export function weigh(
  files: string[],
  sizeOf: (file: string) => number,
  budgetBytes: number = FIRST_LOAD_BUDGET_BYTES,
): Weighing {
  const weights = files
    .map((file) => ({ file, bytes: sizeOf(file) }))
    .sort((a, b) => b.bytes - a.bytes || a.file.localeCompare(b.file));
  const totalBytes = weights.reduce((sum, weight) => sum + weight.bytes, 0);
  return { files: weights, totalBytes, budgetBytes, isWithinBudget: totalBytes <= budgetBytes };
}
