import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIN_BYTES, precompressDirectory } from './precompress.mjs';

describe('precompressing the built web app', () => {
  let dir: string;
  let written: string[];
  const script = `console.log(${JSON.stringify('a promise kept '.repeat(400))});\n`;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-precompress-'));
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'assets', 'index-abc123.js'), script);
    fs.writeFileSync(path.join(dir, 'assets', 'tiny-abc123.css'), 'a{color:red}');
    fs.writeFileSync(path.join(dir, 'assets', 'logo-abc123.png'), Buffer.alloc(4096, 7));
    fs.writeFileSync(path.join(dir, 'index.html'), `<!doctype html>${'<p>accord</p>'.repeat(200)}`);
    written = await precompressDirectory(dir);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes a brotli and a gzip copy of each large text file, in every folder', () => {
    expect(written).toEqual([
      path.join('assets', 'index-abc123.js.br'),
      path.join('assets', 'index-abc123.js.gz'),
      'index.html.br',
      'index.html.gz',
    ]);
  });

  it('writes copies that decompress to the file', () => {
    const file = path.join(dir, 'assets', 'index-abc123.js');
    expect(zlib.brotliDecompressSync(fs.readFileSync(`${file}.br`)).toString()).toBe(script);
    expect(zlib.gunzipSync(fs.readFileSync(`${file}.gz`)).toString()).toBe(script);
    expect(fs.statSync(`${file}.br`).size).toBeLessThan(fs.statSync(`${file}.gz`).size);
  });

  it('leaves small files and formats that are compressed already', () => {
    expect(fs.statSync(path.join(dir, 'assets', 'tiny-abc123.css')).size).toBeLessThan(MIN_BYTES);
    expect(fs.existsSync(path.join(dir, 'assets', 'tiny-abc123.css.br'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'assets', 'logo-abc123.png.gz'))).toBe(false);
  });

  it('compresses no copy again when run twice', async () => {
    expect(await precompressDirectory(dir)).toEqual(written);
  });
});
