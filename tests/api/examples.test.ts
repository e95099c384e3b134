// The examples in examples/ run as a user runs them (`node examples/NAME.mjs`, importing from
// 'collabnet' and 'collabnet/node', which resolve to the built package through its "exports"),
// and say what they should: values and shapes, not only exit 0. Run counts are the examples'
// defaults where they are quick, smaller where they are not (noted per case).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const run = async (name: string, ...args: string[]) => {
  const { stdout, stderr } = await promisify(execFile)(process.execPath, [join(ROOT, 'examples', name), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  return { stdout, stderr };
};
const interval = /^(-?[\d.]+) \[(-?[\d.]+), (-?[\d.]+)\]$/;
const parseInterval = (cell: string) => {
  const m = interval.exec(cell);
  expect(m, cell).not.toBeNull();
  return { mean: Number(m![1]), lo: Number(m![2]), hi: Number(m![3]) };
};

describe('examples/', () => {
  it('brokers.mjs: ten ranks of brokers, betweenness falling with rank, every interval around its mean (50 networks, the default)', async () => {
    const { stdout } = await run('brokers.mjs');
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toContain('50 networks (seeds 1–50)');
    // Rows are ranks, not institutions: the output says so (a reader looks for names otherwise).
    expect(lines[0]).toContain('followed by rank, not by name');
    const rows = lines.slice(2).map((l) => l.split('\t'));
    expect(rows.map((r) => Number(r[0]))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const betweenness = rows.map((r) => parseInterval(r[1]!));
    for (const b of betweenness) expect(b.lo <= b.mean && b.mean <= b.hi && b.mean > 0).toBe(true);
    for (let k = 1; k < 10; k++) expect(betweenness[k]!.mean).toBeLessThanOrEqual(betweenness[k - 1]!.mean);
    for (const r of rows) {
      const c = parseInterval(r[2]!);
      expect(c.mean).toBeGreaterThan(0);
      expect(c.mean).toBeLessThanOrEqual(1);
      // A broker between hospitals and companies has partners of both.
      expect(parseInterval(r[4]!).mean).toBeGreaterThanOrEqual(1);
      expect(parseInterval(r[5]!).mean).toBeGreaterThanOrEqual(1);
    }
  }, 120_000);

  it('engagement-reach.mjs: a CSV a spreadsheet opens, reach rising with engagement (20 networks per step, the default)', async () => {
    const { stdout } = await run('engagement-reach.mjs');
    const csv = Papa.parse<Record<string, string>>(stdout, { header: true, skipEmptyLines: true });
    expect(csv.errors).toEqual([]);
    expect(csv.meta.fields).toEqual(['t', 'clinician_company_engagement', 'hospitals_within_2_hops_of_a_company', 'ci95_low', 'ci95_high', 'networks']);
    const rows = csv.data.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Number(v)])));
    expect(rows.map((r) => r.t)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    for (const r of rows) {
      expect(r.networks).toBe(20);
      expect(r.ci95_low).toBeLessThanOrEqual(r.hospitals_within_2_hops_of_a_company!);
      expect(r.hospitals_within_2_hops_of_a_company).toBeLessThanOrEqual(r.ci95_high!);
    }
    for (let i = 1; i < rows.length; i++) {
      expect(rows[i]!.clinician_company_engagement).toBeGreaterThan(rows[i - 1]!.clinician_company_engagement!);
      expect(rows[i]!.hospitals_within_2_hops_of_a_company).toBeGreaterThan(rows[i - 1]!.hospitals_within_2_hops_of_a_company!);
    }
    // From what clinicians report (Table 1: 8% with a company partner) to what they expect.
    expect(rows[0]!.clinician_company_engagement).toBeCloseTo(0.08, 3);
  }, 120_000);

  it('observed-vs-model.mjs finds its stand-in file from a folder whose name has a space (a copied example, e.g. "My analysis")', async () => {
    const dir = join(ROOT, 'test-output', 'examples with space');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'data'), { recursive: true });
    cpSync(join(ROOT, 'examples', 'observed-vs-model.mjs'), join(dir, 'observed-vs-model.mjs'));
    cpSync(join(ROOT, 'examples', 'data', 'observed.gexf'), join(dir, 'data', 'observed.gexf'));
    try {
      const { stdout } = await promisify(execFile)(process.execPath, [join(dir, 'observed-vs-model.mjs')], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
      expect(stdout).toMatch(/examples with space\/data\/observed\.gexf: 2582 nodes/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('data/make-observed.mjs writes beside itself from a folder whose name has a space', async () => {
    const dir = join(ROOT, 'test-output', 'make observed');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    cpSync(join(ROOT, 'examples', 'data', 'make-observed.mjs'), join(dir, 'make-observed.mjs'));
    try {
      await promisify(execFile)(process.execPath, [join(dir, 'make-observed.mjs')], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
      expect(existsSync(join(dir, 'observed.gexf'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(join(ROOT, 'test-output', 'make%20observed'), { recursive: true, force: true });
    }
  });

  it('observed-vs-model.mjs: the stand-in network with twice the companies differs in its node count and company figures, not in everything (30 networks, the default)', async () => {
    const { stdout } = await run('observed-vs-model.mjs');
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/observed\.gexf: 2582 nodes, \d+ edges, against 30 networks/);
    const rows = new Map(
      lines
        .slice(2)
        .filter((l) => l.includes('\t'))
        .map((l) => l.split('\t'))
        .map((c) => [c[0]!, { observed: Number(c[1]), lo: Number(c[2]), mean: Number(c[3]), hi: Number(c[4]), verdict: c[5]! }]),
    );
    expect(rows.get('nodes')).toEqual({ observed: 2582, lo: 2482, mean: 2482, hi: 2482, verdict: 'above' });
    expect(rows.get('mean_degree.company')?.verdict).toBe('below');
    expect(rows.get('isolate_share.company')?.verdict).toBe('above');
    expect(rows.get('mean_degree.hospital')?.verdict).toBe('within');
    for (const [, r] of rows) expect(r.verdict).toBe(r.observed > r.hi ? 'above' : r.observed < r.lo ? 'below' : 'within');
    const summary = lines[lines.length - 1]!;
    const beyond = [...rows].filter(([, r]) => r.verdict !== 'within').map(([k]) => k);
    expect(summary).toBe(`${beyond.length} of ${rows.size} figures differ beyond the ensemble's 95% range: ${beyond.join(', ')}`);
  }, 120_000);

  it('custom-lever.mjs: the script\'s own lever moves hospitals\' company share from the survey to 0.5, and its threshold is found inside the sweep (20 networks per step, the default)', async () => {
    const { stdout } = await run('custom-lever.mjs');
    expect(stdout).toMatch(/^hospital-outreach: hospitals with a company partner 0\.0\d\d → 0\.500 \(this script: one hospital in two/);
    const reach = [...stdout.matchAll(/^t = ([\d.]+) .*: ([\d.]+) \[([\d.]+), ([\d.]+)\]$/gm)].map((m) => ({ t: Number(m[1]), mean: Number(m[2]) }));
    expect(reach.map((r) => r.t)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
    const m = /at t ≈ ([\d.]+) \(first grid point ([\d.]+)\)/.exec(stdout);
    expect(m).not.toBeNull();
    const [t, grid] = [Number(m![1]), Number(m![2])];
    // The first grid point is the first step whose mean reaches 0.5; the crossing lies just before it.
    const first = reach.find((r) => r.mean >= 0.5)!;
    expect(grid).toBe(first.t);
    expect(t).toBeGreaterThan(grid - 0.1);
    expect(t).toBeLessThanOrEqual(grid);
  }, 120_000);
});

describe('README "Scripting"', () => {
  it('the ten-line example runs as printed: the giant share, then a CSV of reach over t', async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const code = /```js\n([^]*?)```/.exec(readme.slice(readme.indexOf('## Scripting')))![1]!;
    expect(code.trim().split('\n').length).toBeLessThanOrEqual(10);
    // Evaluated from the package folder, so 'collabnet' resolves to the package itself, as in a user's project.
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    const [giant, header, ...rows] = stdout.trim().split('\n');
    expect(Number(giant)).toBeGreaterThan(0);
    expect(Number(giant)).toBeLessThan(1);
    expect(header).toBe('t,mean,lo,hi,runs');
    expect(rows.map((r) => Number(r.split(',')[0]))).toEqual([0, 0.25, 0.5, 0.75, 1]);
  }, 120_000);
});
