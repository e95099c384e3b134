import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const BIN = join(ROOT, 'bin/collabnet.mjs');

function pairOf(seed: number, dir: string): { nodes: string; edges: string } {
  const r = spawnSync(process.execPath, [BIN, 'generate', '--scale', '0.05', '--seed', String(seed), '--format', 'csv', '--out', `s${seed}.csv`], { cwd: dir, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return { nodes: readFileSync(join(dir, `s${seed}.nodes.csv`), 'utf8'), edges: readFileSync(join(dir, `s${seed}.edges.csv`), 'utf8') };
}

describe('a CSV pair is written whole', () => {
  it('two runs writing the same pair at once never leave the nodes of one with the edges of the other', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'collabnet-pair-'));
    const a = pairOf(1, dir);
    const b = pairOf(2, dir);
    expect(a.edges).not.toBe(b.edges);
    // Run 1 pauses 8 s between its two renames (a test-only hook), the moment a second run
    // could slip its pair in between; run 2 starts as soon as run 1's nodes table is in place.
    const env = { ...process.env, NODE_OPTIONS: '' };
    const exit = (child: ReturnType<typeof spawn>) => new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const one = spawn(process.execPath, [BIN, 'generate', '--scale', '0.05', '--seed', '1', '--format', 'csv', '--out', 'net.csv'], {
      cwd: dir,
      env: { ...env, COLLABNET_TEST_RENAME_PAUSE_MS: '8000' },
    });
    const oneDone = exit(one);
    const end = Date.now() + 60_000;
    while (Date.now() < end) {
      try {
        if (statSync(join(dir, 'net.nodes.csv')).isFile()) break;
      } catch {
        /* not yet */
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    const two = spawn(process.execPath, [BIN, 'generate', '--scale', '0.05', '--seed', '2', '--format', 'csv', '--out', 'net.csv'], { cwd: dir, env });
    const twoDone = exit(two);
    expect(await oneDone).toBe(0);
    expect(await twoDone).toBe(0);
    const nodes = readFileSync(join(dir, 'net.nodes.csv'), 'utf8');
    const edges = readFileSync(join(dir, 'net.edges.csv'), 'utf8');
    const which = nodes === a.nodes ? 'a' : nodes === b.nodes ? 'b' : '?';
    expect(which).not.toBe('?');
    expect(edges, 'the edge table comes from the same run as the node table').toBe(which === 'a' ? a.edges : b.edges);
    expect(readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([]);
  }, 120_000);
});
