import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from '../helpers.js';

const workdir = () => mkdtempSync(join(tmpdir(), 'collabnet-sensitivity-'));
const tiny = ['--scale', '0.2', '--n', '4', '--trajectories', '2', '--noise-points', '2', '--noise-seeds', '2', '--bootstrap', '20', '--inputs', 'clinician-institution-engagement,companies,survey-sampling'];

function expectBadInput(r: { code: number; stdout: string; stderr: string }, message: string) {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toContain(message);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('collabnet sensitivity', () => {
  it('bad input: unknown input, lever, method, odd levels, chart type, too many networks; nothing written', () => {
    const dir = workdir();
    expectBadInput(cli(['sensitivity', '--inputs', 'engagement'], dir), 'unknown input "engagement"');
    expectBadInput(cli(['sensitivity', '--lever', 'matchmaking'], dir), '--lever matchmaking: unknown lever');
    expectBadInput(cli(['sensitivity', '--method', 'fast'], dir), '--method: expected one of morris, sobol, both');
    expectBadInput(cli(['sensitivity', '--levels', '5'], dir), '--levels: expected an even number, got 5');
    expectBadInput(cli(['sensitivity', '--chart', 'x.jpg'], dir), '--chart x.jpg: expected a file name ending in .svg or .png');
    expectBadInput(cli(['sensitivity', '--n', '50000', '--runs', '10'], dir), 'the limit is 200000');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('bad input: an empty --inputs list, --chart onto --out, a share target outside [0, 1]; nothing written', () => {
    const dir = workdir();
    const small = tiny.slice(0, -2);
    for (const list of [',', ' , ', ''])
      expectBadInput(cli(['sensitivity', ...small, '--inputs', list, '--out', 'o.json'], dir), 'expected input names separated by commas');
    expectBadInput(cli(['sensitivity', ...tiny, '--method', 'morris', '--out', 'r.svg', '--chart', './r.svg'], dir), '--chart ./r.svg: the same file as --out r.svg');
    for (const target of ['7', '-0.1'])
      expectBadInput(
        cli(['sensitivity', ...tiny, '--method', 'morris', '--lever', 'clinician-engagement', '--steps', '2', '--figure', 'giant_share.hospital', '--target', target, '--out', 'o.json'], dir),
        `--target ${target}: giant_share.hospital is a share; expected a number in [0, 1]`,
      );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('bad input: a spec with no assumption to vary names the flag and what was expected', () => {
    const dir = workdir();
    const spec = JSON.parse(readFileSync(join(ROOT, 'data/examples/innovation/spec.json'), 'utf8'));
    spec.survey = join(ROOT, 'data/examples/innovation/survey.json');
    for (const a of Object.values(spec.assumptions) as { default: unknown; range?: [number, number] }[]) if (a.range && typeof a.default === 'number') a.range = [a.default, a.default];
    writeFileSync(join(dir, 'fixed.json'), JSON.stringify(spec));
    expectBadInput(cli(['sensitivity', '--spec', 'fixed.json', '--uncertainty', 'assumptions', '--n', '4', '--out', 'o.json'], dir), '--uncertainty assumptions: no input to vary in regional-innovation; expected an assumption of the spec with a plausible range of nonzero width');
    expect(readdirSync(dir)).toEqual(['fixed.json']);
  });

  it('an unknown figure and an oversized run are refused before any network is drawn, naming the flag', () => {
    const dir = workdir();
    for (const figure of ['nope.figure', '__proto__', 'isolate_share.__proto__']) {
      const t0 = Date.now();
      const r = cli(['sensitivity', '--figure', figure], dir);
      expectBadInput(r, `--figure ${figure}: not a network figure of spec`);
      expect(r.stderr).toContain('giant_share.hospital');
      expect(Date.now() - t0).toBeLessThan(20_000); // was: the whole design sampled first (40 s on the paper)
    }
    // Many runs per point: refused from the arithmetic, before the designs are built (was: 1.5 GB and still running at 60 s).
    const t0 = Date.now();
    expectBadInput(cli(['sensitivity', '--n', '100000', '--runs', '1000', '--method', 'sobol'], dir), 'the limit is 200000');
    expect(Date.now() - t0).toBeLessThan(20_000);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('JSON: indices per input, noise share, conclusions with numbers, the cost; same seed, same bytes, whatever the workers', () => {
    const dir = workdir();
    const a = cli(['sensitivity', ...tiny, '--format', 'json', '--chart', 'c.svg'], dir);
    expect(a.code).toBe(0);
    const r = JSON.parse(a.stdout);
    expect(r.inputs.map((i: { name: string }) => i.name)).toEqual(['clinician-institution-engagement', 'companies', 'survey-sampling']);
    expect(r.sobol.indices).toHaveLength(3);
    expect(r.morris.measures).toHaveLength(3);
    // baseline 2 + Morris 2 × 4 + Sobol 4 × 5 + noise 2 × 2
    expect(r.cost.networks).toBe(2 + 8 + 20 + 4);
    expect(r.noise.share).toBeGreaterThanOrEqual(0);
    for (const s of r.conclusions) expect(s).toMatch(/\d/);
    const svg = readFileSync(join(dir, 'c.svg'), 'utf8');
    expect(svg).toContain('<svg');
    expect(svg).toContain('clinician-institution-engagement');
    const b = cli(['sensitivity', ...tiny, '--format', 'json', '--workers', '2'], dir);
    const strip = (t: string) => JSON.stringify({ ...JSON.parse(t), cost: { ...JSON.parse(t).cost, seconds: 0, workers: 0 } });
    expect(strip(b.stdout)).toBe(strip(a.stdout));
  }, 120_000);

  it('CSV and a PNG chart', () => {
    const dir = workdir();
    const r = cli(['sensitivity', ...tiny, '--method', 'morris', '--format', 'csv', '--out', 'i.csv', '--chart', 'm.png'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const csv = readFileSync(join(dir, 'i.csv'), 'utf8').trim().split('\n');
    expect(csv[0]).toBe('method,input,measure,value,low,high');
    expect(csv.filter((l) => l.startsWith('morris,')).length).toBe(9);
    expect(readFileSync(join(dir, 'm.png')).subarray(1, 4).toString()).toBe('PNG');
    expect(existsSync(join(dir, 'c.svg'))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([]);
  }, 120_000);

  it('SIGINT during a run stops the workers and leaves no file', async () => {
    const dir = workdir();
    const child = spawn(process.execPath, [join(ROOT, 'bin/collabnet.mjs'), 'sensitivity', '--n', '2000', '--workers', '2', '--format', 'csv', '--out', 's.csv', '--chart', 's.png'], { cwd: dir });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    await new Promise((resolve) => setTimeout(resolve, 5000));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(130);
    expect(stderr).toContain('interrupted');
    expect(readdirSync(dir)).toEqual([]);
  }, 60_000);

  it("--lever without --figure/--target/--direction takes the spec's own threshold (the example: SME isolates falling below 60%), not 0.5 rising", () => {
    const r = cli(['sensitivity', '--spec', 'data/examples/innovation/spec.json', '--lever', 'sme-outreach', '--n', '4', '--trajectories', '2', '--noise-points', '2', '--noise-seeds', '2', '--bootstrap', '20', '--steps', '3', '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.figure).toBe('isolate_share.sme');
    expect(j.threshold).toMatchObject({ target: 0.6, direction: 'falls' });
    // Given flags still win.
    const g = cli(['sensitivity', '--spec', 'data/examples/innovation/spec.json', '--lever', 'sme-outreach', '--target', '0.7', '--n', '4', '--trajectories', '2', '--noise-points', '2', '--noise-seeds', '2', '--bootstrap', '20', '--steps', '3', '--format', 'json']);
    expect(JSON.parse(g.stdout).threshold).toMatchObject({ target: 0.7, direction: 'falls' });
  }, 120_000);
});
