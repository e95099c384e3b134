/**
 * An `--out` name of 240–255 bytes is a valid file name, but the temp file collabnet writes beside
 * it first (`.NAME.tmp-PID-N`) is not: the command used to do all the work and then fail with a
 * bare ENAMETOOLONG. It is now refused before any work, saying how long the name may be.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'collabnet-longname-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin/collabnet.mjs'), ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });

it('a 250-byte --out name is refused up front, naming the limit', () => {
  const name = `${'x'.repeat(245)}.json`;
  const r = run('generate', '--scale', '0.05', '--out', name);
  expect(r.status).toBe(2);
  expect(r.stderr).toContain(`--out ${name}: the file name is 250 bytes; expected at most 237`);
  expect(r.stderr).not.toContain('ENAMETOOLONG');
  expect(readdirSync(dir)).toEqual([]);
});

it('the longest allowed name is written', () => {
  const name = `${'y'.repeat(232)}.json`;
  const r = run('generate', '--scale', '0.05', '--out', name);
  expect(r.status, r.stderr).toBe(0);
  expect(readdirSync(dir)).toEqual([name]);
});
