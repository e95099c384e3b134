/**
 * Text from an input file must not drive the user's terminal: a node id holding ESC sequences
 * (clear screen, set the window title) or a bidirectional override is shown escaped in the
 * human-readable tables, while the data formats (JSON, CSV) keep it exactly.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'collabnet-esc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const EVIL = '\u001b[2J\u001b]0;PWNED\u0007evil\u202e';

const run = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin/collabnet.mjs'), ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });

it('metrics tables show control characters in ids escaped, never raw', () => {
  writeFileSync(join(dir, 'esc.csv'), `Source,Target,Weight\n${EVIL},b,2\nb,c,1\n`);
  const r = run('metrics', '--in', 'esc.csv');
  expect(r.status).toBe(0);
  expect(r.stdout).toContain('\\u001b[2J\\u001b]0;PWNED\\u0007evil\\u202e');
  expect(r.stdout).not.toMatch(/[\u001b\u0007\u202e]/);
});

it('the data formats keep the id exactly', () => {
  const r = run('metrics', '--in', 'esc.csv', '--format', 'json');
  expect(r.status).toBe(0);
  expect(r.stdout).toContain(JSON.stringify(EVIL).slice(1, -1));
});
