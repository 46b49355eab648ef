import type { LevelResult, TargetResult } from './load.js';

export interface BenchResult {
  size: string;
  engine: string;
  measuredAt: string;
  machine: {
    cpus: number;
    node: string;
    platform: string;
    /** One-minute load average when the run began and ended. */
    loadAverage: { before: number; after: number };
  };
  options: { duration: number; timeout: number };
  generation: { seconds: number; counts: Record<string, number> };
  migrations: { emptyMs: number; fullMs: number };
  startup: { emptyMs: number; fullMs: number };
  peakRssMb: number | null;
  targets: TargetResult[];
  verdicts: Verdict[];
}

export interface Verdict {
  target: string;
  figure: string;
  met: boolean;
}

const ms = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : value < 10 ? value.toFixed(1) : value.toFixed(0);
const rate = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : value.toFixed(value < 10 ? 1 : 0);
const bytes = (value: number | undefined) =>
  value === undefined
    ? '—'
    : value < 1024
      ? `${value} B`
      : value < 1024 * 1024
        ? `${(value / 1024).toFixed(1)} KB`
        : `${(value / 1024 / 1024).toFixed(2)} MB`;

function level(result: TargetResult, connections: number): LevelResult | undefined {
  return result.levels.find((l) => l.connections === connections);
}

/** Throughput as a share of the bare route's at the same number of connections. */
function ofBare(result: TargetResult, bare: TargetResult | undefined, connections: number): number | null {
  const mine = level(result, connections)?.requestsPerSecond;
  const base = bare ? level(bare, connections)?.requestsPerSecond : null;
  return mine && base ? mine / base : null;
}

const percent = (value: number | null) =>
  value === null ? '—' : `${(value * 100).toFixed(value < 0.01 ? 2 : 1)} %`;

/** One request's time on its own, or that it got no answer within the timeout. */
const alone = (target: TargetResult, timeout: number) =>
  target.probe ? `${ms(target.probe.ms)} ms alone` : `no answer in ${timeout} s`;

/** One line per endpoint and number of connections, as they are measured. */
export function printLevels(
  result: TargetResult,
  bare: TargetResult | undefined,
  print: (line: string) => void,
) {
  const probe = result.probe
    ? `${result.probe.status}, ${ms(result.probe.ms)} ms alone, ${bytes(result.probe.bytes)}`
    : 'no answer';
  print(
    `${result.name} — ${result.method} ${result.path.length > 70 ? `${result.path.slice(0, 67)}…` : result.path} (${probe})`,
  );
  for (const l of result.levels) {
    if (l.skipped) {
      print(`  ${String(l.connections).padStart(3)} conn: skipped: ${l.skipped}`);
      continue;
    }
    const ratio =
      result.group === 'baseline'
        ? ''
        : `  ${percent(ofBare(result, bare, l.connections)).padStart(8)} of bare`;
    const failures = l.non2xx + l.errors > 0 ? `  non-2xx ${l.non2xx}, errors ${l.errors}` : '';
    print(
      `  ${String(l.connections).padStart(3)} conn: ${rate(l.requestsPerSecond).padStart(7)} req/s  p50 ${ms(l.p50).padStart(6)} ms  p99 ${ms(l.p99).padStart(6)} ms${ratio}${failures}`,
    );
  }
}

/** The table the README quotes. */
export function summaryTable(result: BenchResult): string {
  const bare = result.targets.find((t) => t.group === 'baseline');
  const lines = [
    `Size ${result.size} on ${result.engine} (${result.machine.cpus} cores, load average ${result.machine.loadAverage.before.toFixed(1)} → ${result.machine.loadAverage.after.toFixed(1)}, Node ${result.machine.node}, ${result.options.duration} s per level), ${result.measuredAt.slice(0, 10)}`,
    '',
    '| endpoint | req/s at 1 / 8 / 64 | p50 at 1 (ms) | p99 at 64 (ms) | % of bare at 64 | response | non-2xx |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const target of result.targets) {
    const rates = [1, 8, 64].map((c) => {
      const l = level(target, c);
      return l ? (l.skipped ? 'skip' : rate(l.requestsPerSecond)) : '';
    });
    const top = Math.max(...target.levels.map((l) => l.connections));
    const p50 = level(target, 1)?.p50 ?? (target.levels.length === 0 ? null : (target.probe?.ms ?? null));
    const p99 = level(target, top);
    const failures = target.levels.reduce((n, l) => n + l.non2xx + l.errors, 0);
    lines.push(
      `| ${target.name} | ${rates.filter((r) => r !== '').join(' / ')} | ${ms(p50)} | ${p99?.skipped ? `skipped (${alone(target, result.options.timeout)})` : ms(p99?.p99)}${top === 64 ? '' : ` (at ${top})`} | ${target.group === 'baseline' ? '100 %' : percent(ofBare(target, bare, 64))} | ${bytes(target.probe?.bytes)} | ${failures} |`,
    );
  }
  lines.push('');
  lines.push(
    `Generation ${result.generation.seconds.toFixed(1)} s; migrations ${ms(result.migrations.emptyMs)} ms on an empty database, ${ms(result.migrations.fullMs)} ms on the full one; ` +
      `startup ${ms(result.startup.emptyMs)} ms empty, ${ms(result.startup.fullMs)} ms full; server peak RSS ${result.peakRssMb === null ? '—' : `${result.peakRssMb.toFixed(0)} MB`}.`,
  );
  return lines.join('\n');
}

/** Each figure against the issue's targets at L (the targets are for L; smaller sizes show the trend). */
export function verdicts(result: Omit<BenchResult, 'verdicts'>): Verdict[] {
  const bare = result.targets.find((t) => t.group === 'baseline');
  const out: Verdict[] = [];
  for (const target of result.targets) {
    const at64 = level(target, 64);
    const p99 = at64 && !at64.skipped ? at64.p99 : null;
    if (target.group === 'person') {
      const share = ofBare(target, bare, 64);
      out.push({
        target: `${target.name}: p99 < 50 ms and ≥ 40 % of bare at 64 connections`,
        figure:
          p99 === null
            ? `not measured at 64 (${alone(target, result.options.timeout)})`
            : `p99 ${ms(p99)} ms, ${percent(share)} of bare`,
        met: p99 !== null && p99 < 50 && share !== null && share >= 0.4,
      });
    }
    if (target.group === 'organization') {
      out.push({
        target: `${target.name}: p99 < 300 ms at 64 connections`,
        figure:
          p99 === null
            ? `not measured at 64 (${alone(target, result.options.timeout)})`
            : `p99 ${ms(p99)} ms`,
        met: p99 !== null && p99 < 300,
      });
    }
    if (target.group === 'write') {
      const one = level(target, 1);
      const failures = target.levels.reduce((n, l) => n + l.non2xx + l.errors, 0);
      out.push({
        target: `${target.name}: p99 < 10 ms at 1 writer`,
        figure: one && !one.skipped ? `p99 ${ms(one.p99)} ms` : 'not measured',
        met: !!one && !one.skipped && one.p99 !== null && one.p99 < 10,
      });
      out.push({
        target: `${target.name}: p99 < 50 ms at 64 writers, none lost or refused`,
        figure: `${p99 === null ? 'not measured at 64' : `p99 ${ms(p99)} ms`}, ${failures} non-2xx or errors`,
        met: p99 !== null && p99 < 50 && failures === 0,
      });
    }
  }
  out.push({
    target: 'server RSS < 300 MB under load',
    figure: result.peakRssMb === null ? 'not measured' : `peak ${result.peakRssMb.toFixed(0)} MB`,
    met: result.peakRssMb !== null && result.peakRssMb < 300,
  });
  out.push({
    target: 'startup < 2 s on the full database',
    figure: `${ms(result.startup.fullMs)} ms`,
    met: result.startup.fullMs < 2000,
  });
  return out;
}

/** p50 at one connection against an earlier run at S: no person-level endpoint may grow more than 2× to L. */
export function growthLines(result: BenchResult, atS: BenchResult): string[] {
  return result.targets
    .filter((t) => t.group === 'person')
    .map((t) => {
      const before = atS.targets.find((s) => s.name === t.name);
      const now = level(t, 1)?.p50 ?? t.probe?.ms ?? null;
      const then = before ? (level(before, 1)?.p50 ?? before.probe?.ms ?? null) : null;
      const growth = now !== null && then ? now / then : null;
      return `  ${t.name}: p50 ${ms(then)} ms at S → ${ms(now)} ms at ${result.size}${growth === null ? '' : ` (${growth.toFixed(1)}×)`}`;
    });
}

/**
 * Each endpoint's p50 at one connection at every size measured on one engine (results of separate
 * runs, each its own JSON file), with the growth from S to the largest size; a person-level read may
 * grow at most 2× from S to L.
 */
export function sizesTable(results: BenchResult[]): string {
  const order = ['S', 'M', 'L'];
  const runs = [...results].sort((a, b) => order.indexOf(a.size) - order.indexOf(b.size));
  const first = runs[0];
  const last = runs.at(-1);
  if (!first || !last) return 'No results yet: run npm run bench -- --size S first.';
  const p50 = (run: BenchResult, name: string) => {
    const target = run.targets.find((t) => t.name === name);
    return target ? (level(target, 1)?.p50 ?? target.probe?.ms ?? null) : null;
  };
  const lines = [
    `p50 at one connection on ${first.engine}, in ms (${runs.map((r) => `${r.size}: ${r.measuredAt.slice(0, 10)}`).join(', ')})`,
    '',
    `| endpoint | ${runs.map((r) => r.size).join(' | ')} | ${first.size} → ${last.size} |`,
    `| --- | ${runs.map(() => '---').join(' | ')} | --- |`,
  ];
  for (const target of last.targets) {
    if (target.group === 'baseline') continue;
    const figures = runs.map((r) => p50(r, target.name));
    const from = figures[0];
    const to = figures.at(-1);
    const growth = from && to !== null && to !== undefined && runs.length > 1 ? to / from : null;
    const flag =
      growth !== null && target.group === 'person' && last.size === 'L' && growth > 2 ? ' (over 2×)' : '';
    lines.push(
      `| ${target.name} | ${figures.map(ms).join(' | ')} | ${growth === null ? '—' : `${growth.toFixed(1)}×${flag}`} |`,
    );
  }
  return lines.join('\n');
}
