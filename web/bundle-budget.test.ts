import { describe, expect, it } from 'vitest';
import { firstLoadFiles, type Manifest, weigh } from './bundle-budget.js';

// The shape Vite writes: the entry (index.html), pages loaded on demand, and shared chunks.
const manifest: Manifest = {
  'index.html': {
    file: 'assets/index-a1.js',
    src: 'index.html',
    isEntry: true,
    imports: ['_react-b2.js', '_mantine-c3.js'],
    dynamicImports: ['routes/inbox.tsx', 'routes/accountability.tsx'],
    css: ['assets/mantine-c3.css'],
  },
  '_react-b2.js': { file: 'assets/react-b2.js' },
  '_mantine-c3.js': { file: 'assets/mantine-c3.js', imports: ['_react-b2.js'] },
  '_badge-d4.js': { file: 'assets/badge-d4.js', imports: ['_mantine-c3.js'] },
  'routes/inbox.tsx': {
    file: 'assets/inbox-e5.js',
    src: 'routes/inbox.tsx',
    isDynamicEntry: true,
    imports: ['_badge-d4.js', '_react-b2.js'],
  },
  'routes/accountability.tsx': {
    file: 'assets/accountability-f6.js',
    src: 'routes/accountability.tsx',
    isDynamicEntry: true,
    imports: ['_badge-d4.js'],
    dynamicImports: ['components/accountability/accountability-graph.tsx'],
  },
  'components/accountability/accountability-graph.tsx': {
    file: 'assets/accountability-graph-g7.js',
    isDynamicEntry: true,
    imports: ['_xyflow-h8.js'],
  },
  '_xyflow-h8.js': { file: 'assets/xyflow-h8.js' },
};

describe('the first load of a page', () => {
  it('is the entry and the page, with everything they import statically, each once', () => {
    expect(firstLoadFiles(manifest, 'routes/inbox.tsx')).toEqual([
      'assets/index-a1.js',
      'assets/react-b2.js',
      'assets/mantine-c3.js',
      'assets/inbox-e5.js',
      'assets/badge-d4.js',
    ]);
  });

  it('leaves out what loads on demand: other pages, and what a page loads later', () => {
    const files = firstLoadFiles(manifest, 'routes/accountability.tsx');
    expect(files).toContain('assets/accountability-f6.js');
    expect(files).not.toContain('assets/inbox-e5.js');
    expect(files).not.toContain('assets/accountability-graph-g7.js');
    expect(files).not.toContain('assets/xyflow-h8.js');
  });

  it('refuses a manifest it cannot read, rather than weighing nothing', () => {
    expect(() => firstLoadFiles(manifest, 'routes/missing.tsx')).toThrow(/no chunk for routes\/missing/);
    expect(() =>
      firstLoadFiles({ 'routes/inbox.tsx': { file: 'assets/inbox.js' } }, 'routes/inbox.tsx'),
    ).toThrow(/no entry/);
    expect(() =>
      firstLoadFiles(
        {
          'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_gone.js'] },
          page: { file: 'p.js' },
        },
        'page',
      ),
    ).toThrow(/_gone\.js/);
  });
});

describe('weighing the first load', () => {
  const sizes: Record<string, number> = { 'a.js': 120_000, 'b.js': 100_000, 'c.js': 40_000 };
  const sizeOf = (file: string) => sizes[file] ?? 0;

  it('adds the files up, heaviest first', () => {
    const weighing = weigh(['c.js', 'a.js', 'b.js'], sizeOf, 300_000);
    expect(weighing.files.map((file) => file.file)).toEqual(['a.js', 'b.js', 'c.js']);
    expect(weighing.totalBytes).toBe(260_000);
    expect(weighing.isWithinBudget).toBe(true);
  });

  it('is over budget past the limit, and within it at the limit', () => {
    expect(weigh(['a.js', 'b.js', 'c.js'], sizeOf, 250_000).isWithinBudget).toBe(false);
    expect(weigh(['a.js', 'b.js'], sizeOf, 220_000).isWithinBudget).toBe(true);
  });
});
