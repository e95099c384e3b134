/**
 * A signal that arrives after the output was renamed into place (the command is finishing) must
 * not be reported as "nothing was written": the file was replaced, and the message says so.
 * A real process, a real SIGTERM, an existing target. The pause after the renames is a test hook
 * (COLLABNET_TEST_AFTER_COMMIT_PAUSE_MS) that holds open the few milliseconds between the rename
 * and the exit.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const BIN = join(ROOT, 'bin/collabnet.mjs');

it('a SIGTERM after the rename says the output is complete, not "nothing was written"', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'collabnet-aftercommit-'));
  try {
    const target = join(dir, 'g.json');
    writeFileSync(target, 'OLD');
    const child = spawn(process.execPath, [BIN, 'generate', '--scale', '0.05', '--out', 'g.json'], {
      cwd: dir,
      env: { ...process.env, NODE_OPTIONS: '', COLLABNET_TEST_AFTER_COMMIT_PAUSE_MS: '6000' },
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const done = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Wait (bounded) until the new file is in place, then signal.
    const deadline = Date.now() + 40_000;
    while (readFileSync(target, 'utf8') === 'OLD' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    expect(readFileSync(target, 'utf8')).not.toBe('OLD');
    child.kill('SIGTERM');
    const code = await done;
    expect(code).toBe(130);
    expect(stderr).not.toMatch(/nothing was written/);
    expect(stderr).toMatch(/renamed into place; it is complete/);
    expect(JSON.parse(readFileSync(target, 'utf8')).nodes.length).toBeGreaterThan(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
