import { describe, expect, it } from 'vitest';
import type { TargetResult } from './load.js';
import { type BenchResult, sizesTable } from './report.js';

function run(size: string, p50s: Record<string, number>): BenchResult {
  const targets: TargetResult[] = Object.entries(p50s).map(([name, p50]) => ({
    name,
    group: name === 'bare' ? 'baseline' : name.startsWith('org') ? 'organization' : 'person',
    method: 'GET',
    path: `/${name}`,
    probe: { status: 200, ms: p50, bytes: 100 },
    levels: [
      {
        connections: 1,
        requestsPerSecond: 1000 / p50,
        p50,
        p99: p50 * 2,
        requests: 10,
        non2xx: 0,
        errors: 0,
      },
    ],
  }));
  return {
    size,
    engine: 'sqlite',
    measuredAt: '2026-12-07T00:00:00.000Z',
    machine: { cpus: 2, node: '20.20.2', platform: 'linux', loadAverage: { before: 0, after: 0 } },
    options: { duration: 5, timeout: 30 },
    generation: { seconds: 1, counts: {} },
    migrations: { emptyMs: 1, fullMs: 1 },
    startup: { emptyMs: 1, fullMs: 1 },
    peakRssMb: 100,
    targets,
    verdicts: [],
  };
}

describe('the table of sizes', () => {
  it('puts each endpoint p50 at S, M and L side by side and flags a person-level read that grew past 2×', () => {
    const table = sizesTable([
      run('L', { bare: 0.5, inbox: 12, detail: 3, 'org dashboard': 90 }),
      run('S', { bare: 0.5, inbox: 5, detail: 2, 'org dashboard': 20 }),
      run('M', { bare: 0.5, inbox: 8, detail: 2.5, 'org dashboard': 40 }),
    ]);
    const rows = table.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| ---'));
    expect(rows).toEqual([
      '| endpoint | S | M | L | S → L |',
      '| inbox | 5.0 | 8.0 | 12 | 2.4× (over 2×) |',
      '| detail | 2.0 | 2.5 | 3.0 | 1.5× |',
      '| org dashboard | 20 | 40 | 90 | 4.5× |',
    ]);
  });

  it('says how to get results when there are none', () => {
    expect(sizesTable([])).toMatch(/npm run bench -- --size S/);
  });
});
