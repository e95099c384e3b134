import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { cases, materialize, type BadInput } from './corpus.js';

function run(args: readonly string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/collabnet.mjs'), ...args], { cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe(`bad-input corpus: ${cases.length} cases through every CLI entry point`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'collabnet-bad-'));
  const outside = mkdtempSync(join(tmpdir(), 'collabnet-outside-'));
  const results = new Map<string, { code: number; stdout: string; stderr: string }>();

  beforeAll(async () => {
    cpSync(join(ROOT, 'tests/bad-inputs/files'), dir, { recursive: true });
    materialize(dir, outside);
    const before = new Set(readdirSync(dir));
    // Two at a time: the machine has two cores.
    const queue = [...cases];
    const worker = async () => {
      for (let c = queue.shift(); c; c = queue.shift()) results.set(c.name, await run(c.args, dir));
    };
    await Promise.all([worker(), worker()]);
    const after = readdirSync(dir).filter((f) => !before.has(f));
    results.set('(no files left behind)', { code: after.length, stdout: after.join(', '), stderr: '' });
  }, 600_000);

  for (const c of cases as BadInput[]) {
    it(`${c.entry} — ${c.name}`, () => {
      const r = results.get(c.name)!;
      expect(r.code, r.stderr).toBe(c.code ?? 2);
      if (typeof c.expect === 'string') expect(r.stderr).toContain(c.expect);
      else expect(r.stderr).toMatch(c.expect);
      expect(r.stderr).not.toMatch(/\n\s+at \S+ \(/); // no stack trace
      expect(r.stderr).not.toContain('internal error');
      if ((c.code ?? 2) === 2) expect(r.stdout, 'no partial output on stdout').toBe('');
    });
  }

  it('nothing was written, nothing destroyed, no temp files left', () => {
    const left = results.get('(no files left behind)')!;
    expect(left.stdout).toBe('');
    expect(readFileSync(join(dir, 'precious.json'), 'utf8')).toBe('written before');
    expect(readFileSync(join(dir, 'read-only.json'), 'utf8')).toBe('read-only before');
    expect(readFileSync(join(outside, 'target.json'), 'utf8')).toBe('outside');
    expect(readdirSync(outside)).toEqual(['target.json']);
  });

  it('covers every entry point', () => {
    const perEntry = new Map<string, number>();
    for (const c of cases) perEntry.set(c.entry, (perEntry.get(c.entry) ?? 0) + 1);
    for (const entry of ['data check --survey', 'data check --model', 'generate --model', 'generate --set', 'flags', 'metrics --in', 'metrics --in --nodes', 'export --in', 'scenario --scenario', 'scenario --lever', 'compare --scenario', '--out'])
      expect(perEntry.get(entry) ?? 0, entry).toBeGreaterThan(0);
  });
});
