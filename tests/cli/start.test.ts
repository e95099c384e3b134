import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, cli } from '../helpers.js';

/** A spec of the user's own, outside the package (a copy of the example in a temp folder). */
function ownSpecFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'collabnet-start-'));
  cpSync(join(ROOT, 'data/examples/innovation'), dir, { recursive: true });
  return dir;
}

describe('collabnet start --spec with a spec of your own, from your own folder', () => {
  it('suggests next commands that carry the --spec (not the paper)', () => {
    const dir = ownSpecFolder();
    const r = cli(['start', '--spec', 'spec.json', '--no-serve'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Next: collabnet spec check spec.json · collabnet metrics --spec spec.json · collabnet scenario --spec spec.json --list');
  });

  it('builds and serves the explorer from any working folder, and says how to open the spec there', { timeout: 300_000 }, async () => {
    const dir = ownSpecFolder();
    const child = spawn(process.execPath, [join(ROOT, 'bin/collabnet.mjs'), 'start', '--spec', 'spec.json', '--port', '0'], { cwd: dir, env: { ...process.env, NODE_OPTIONS: '' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const code = await new Promise<number | null>((resolve) => {
      const timer = setInterval(() => {
        if (/Explorer: http/.test(out)) {
          clearInterval(timer);
          child.kill('SIGINT');
          resolve(null);
        }
      }, 200);
      child.on('exit', (c) => {
        clearInterval(timer);
        resolve(c);
      });
    });
    expect(err).not.toContain('internal error');
    expect(code).toBeNull();
    expect(out).toMatch(/Explorer: http:\/\/127\.0\.0\.1:\d+\//);
    expect(err).toContain('to see spec.json there, choose "Load your own spec and survey" on the page and give it spec.json and its survey (survey.json)');
  });
});
