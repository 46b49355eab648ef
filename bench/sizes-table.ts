import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type BenchResult, sizesTable } from './report.js';
import { ROOT } from './server-process.js';

/**
 * `npm run bench:sizes [-- --engine sqlite|postgres]`: the p50 of each endpoint at S, M and L side by
 * side, from the results the runs at each size wrote to bench/results/. The README quotes it.
 */
const { values } = parseArgs({ options: { engine: { type: 'string', default: 'sqlite' } } });
const dir = path.join(ROOT, 'bench/results');
const results = ['S', 'M', 'L']
  .map((size) => path.join(dir, `${size}-${values.engine}.json`))
  .filter((file) => fs.existsSync(file))
  .map((file) => JSON.parse(fs.readFileSync(file, 'utf8')) as BenchResult);
process.stdout.write(`${sizesTable(results)}\n`);
