import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from '../helpers.js';

const workdir = () => mkdtempSync(join(tmpdir(), 'collabnet-scenario-'));
const small = ['--scale', '0.15', '--steps', '2', '--runs', '3'];

function expectBadInput(r: { code: number; stdout: string; stderr: string }, message: string) {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toContain(message);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('collabnet scenario: bad input', () => {
  it('unknown lever (with the nearest name), t out of range, zero or absurd steps and runs', () => {
    expectBadInput(cli(['scenario', '--lever', 'clinican-engagement']), 'unknown lever "clinican-engagement" (did you mean "clinician-engagement"?)');
    expectBadInput(cli(['scenario', '--lever', 'clinician-engagement=1.5']), '--lever clinician-engagement=1.5: expected t in [0, 1], got "1.5"');
    expectBadInput(cli(['scenario', '--lever', 'ai-departments', '--steps', '0']), '--steps: expected an integer in [1, 1001], got "0"');
    expectBadInput(cli(['scenario', '--lever', 'ai-departments', '--runs', '0']), '--runs: expected an integer in [1, 10000], got "0"');
    expectBadInput(cli(['scenario', '--lever', 'ai-departments', '--steps', '1000', '--runs', '1000']), 'the limit is 200000');
    expectBadInput(cli(['scenario', '--lever', 'ai-departments', '--from', '0.8', '--to', '0.2']), 'expected from ≤ to');
    expectBadInput(cli(['scenario']), 'expected --lever NAME[=T] or --scenario FILE');
    expectBadInput(cli(['scenario', '--lever', 'ai-departments', '--ceiling', 'ai-departments.tertiary=2']), 'expected a number in [0, 1], got 2');
  });

  it('a malformed or wrong scenario file', () => {
    const dir = workdir();
    writeFileSync(join(dir, 'bad.json'), '{"name": "x",');
    writeFileSync(join(dir, 'lever.json'), JSON.stringify({ name: 'x', title: 'X', description: 'd', levers: [{ lever: 'matchmaking', strength: 1 }] }));
    writeFileSync(join(dir, 'strength.json'), JSON.stringify({ name: 'x', title: 'X', description: 'd', levers: [{ lever: 'ai-departments', strength: -1 }] }));
    expectBadInput(cli(['scenario', '--scenario', 'bad.json'], dir), 'bad.json: line 1, column');
    expectBadInput(cli(['scenario', '--scenario', 'lever.json'], dir), 'lever.json: levers.0.lever: unknown lever "matchmaking"');
    expectBadInput(cli(['scenario', '--scenario', 'strength.json'], dir), 'strength.json: levers.0.strength: expected a strength in [0, 10]');
  });
});

describe('collabnet scenario', () => {
  it('--list prints every lever with baseline, ceiling and source', () => {
    const r = cli(['scenario', '--list']);
    expect(r.code).toBe(0);
    for (const name of ['clinician-engagement', 'institution-hospital-ties', 'institution-company-ties', 'institution-institution-ties', 'multi-center-networks', 'ai-departments', 'matchmaking-platform'])
      expect(r.stdout).toContain(name);
    expect(r.stdout).toContain('Table 4');
  });

  it('1 and 2 workers give identical CSV', () => {
    const one = cli(['scenario', '--lever', 'clinician-engagement', ...small, '--format', 'csv', '--workers', '1']);
    const two = cli(['scenario', '--lever', 'clinician-engagement', ...small, '--format', 'csv', '--workers', '2']);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(one.stdout.split('\n')[0]).toBe('scenario,t,metric,mean,lo,hi,runs');
    expect(two.stdout).toBe(one.stdout);
  });

  it('every shipped scenario file runs', () => {
    for (const f of readdirSync(join(ROOT, 'data/scenarios'))) {
      const r = cli(['scenario', '--scenario', join(ROOT, 'data/scenarios', f), '--scale', '0.1', '--steps', '2', '--runs', '2', '--format', 'json']);
      expect(r.code, `${f}: ${r.stderr}`).toBe(0);
      expect(JSON.parse(r.stdout).steps).toHaveLength(2);
    }
  });

  it('compare gives paired differences with intervals', () => {
    const r = cli(['compare', '--scenario', join(ROOT, 'data/scenarios/multi-center-platforms.json'), '--scale', '0.15', '--runs', '4', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    const hh = j.metrics.find((m: any) => m.metric === 'ties.hospital-hospital');
    expect(hh.baseline.mean).toBe(0);
    expect(hh.difference.mean).toBeGreaterThan(0);
    // Pairing: run i uses seed + i on both sides, and this scenario leaves the research–company and
    // hospital–company ties alone (their own random streams), so every paired difference is 0
    // while the runs themselves vary. Unpaired seeds would give non-zero differences.
    for (const name of ['ties.research-company', 'ties.hospital-company']) {
      const m = j.metrics.find((x: any) => x.metric === name);
      expect(m.baseline.hi - m.baseline.lo, name).toBeGreaterThan(1);
      expect(m.difference, name).toEqual({ mean: 0, lo: 0, hi: 0, runs: 4 });
    }
    expect(j.seeds).toEqual({ first: 1, last: 4 });
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const)
  it(`${signal} during a sweep stops the workers and leaves no file`, async () => {
    const dir = workdir();
    const child = spawn(process.execPath, [join(ROOT, 'bin/collabnet.mjs'), 'scenario', '--lever', 'clinician-engagement', '--steps', '50', '--runs', '100', '--workers', '2', '--format', 'csv', '--out', 'sweep.csv'], { cwd: dir });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    await new Promise((resolve) => setTimeout(resolve, 4000));
    child.kill(signal);
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(130);
    expect(stderr).toContain('interrupted');
    expect(existsSync(join(dir, 'sweep.csv'))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});
