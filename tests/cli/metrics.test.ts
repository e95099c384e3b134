import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toGraphml } from '../../src/formats/index.js';
import { generateNetwork } from '../../src/generator/index.js';
import { leverCatalog, scenarioModel } from '../../src/scenarios/index.js';
import { cli, scenarioBase } from '../helpers.js';

const workdir = () => mkdtempSync(join(tmpdir(), 'collabnet-metrics-'));

describe('collabnet metrics / export: bad input', () => {
  it('a CSV edge list without its columns, a dangling edge, a bad weight: exit 2, no output file', () => {
    const dir = workdir();
    writeFileSync(join(dir, 'cols.csv'), 'from,to\na,b\n');
    writeFileSync(join(dir, 'w.csv'), 'source,target,weight\na,b,-3\n');
    writeFileSync(join(dir, 'd.graphml'), '<graphml><graph><node id="a"/><edge source="a" target="zz"/></graph></graphml>');
    for (const [args, message] of [
      [['--in', 'cols.csv'], 'cols.csv: expected columns "source", "target"'],
      [['--in', 'w.csv'], 'w.csv: 1 weights that are not numbers > 0'],
      [['--in', 'd.graphml'], 'd.graphml: 1 edges to nodes the file does not declare'],
      [['--in', 'missing.gexf'], 'missing.gexf: cannot read it (no such file)'],
      [['--in', 'w.csv', '--nodes', 'cols.csv', '--in-format', 'gexf'], 'a node table goes with a CSV edge list only'],
    ] as const) {
      const r = cli(['metrics', ...args, '--out', 'm.csv', '--format', 'csv'], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(existsSync(join(dir, 'm.csv'))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['cols.csv', 'd.graphml', 'w.csv']);
  });
});

describe('collabnet metrics', () => {
  it('--betweenness-epsilon samples betweenness with a stated guarantee and says so', () => {
    const r = cli(['metrics', '--betweenness-epsilon', '0.05', '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.network.betweenness).toMatchObject({ method: 'sampled-pairs', epsilon: 0.05, delta: 0.1 });
    expect(report.network.betweenness.note).toContain('Riondato & Kornaropoulos (2016)');
    const table = cli(['metrics', '--betweenness-epsilon', '0.05', '--betweenness-delta', '0.05', '--top', '1']);
    expect(table.stdout).toMatch(/sampled: ±0\.05 for every node with probability 0\.95, [\d,]+ pairs/);
  });

  it('--seed 1 --format table prints network, sector and top-K tables', () => {
    const r = cli(['metrics', '--seed', '1', '--format', 'table', '--top', '5']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Metrics of generated network (seed 1): 2,482 nodes, 1,341 edges');
    expect(r.stdout).toContain('path length = 1/weight');
    expect(r.stdout).toContain('By sector');
    expect(r.stdout).toContain('Top 5 nodes by betweenness');
    expect(r.stdout).toContain('hospital nodes reaching an institution within 2 / 3 hops');
  });

  it('--format csv has exactly the documented leading columns; isolates have empty constraint', () => {
    const r = cli(['metrics', '--seed', '1', '--format', 'csv']);
    const lines = r.stdout.split('\n');
    expect(lines[0]!.startsWith('id,sector,degree,strength,betweenness,harmonic,pagerank,eigenvector,constraint,effective_size,component,isolated')).toBe(true);
    expect(lines).toHaveLength(2482 + 2);
    const isolate = lines.find((l) => l.includes(',true,'))!.split(',');
    expect(isolate[8]).toBe('');
    expect(isolate[9]).toBe('');
  });

  it('--format json is {network, sectors, nodes} and the same seed gives the same bytes', () => {
    const a = cli(['metrics', '--seed', '2', '--format', 'json']).stdout;
    expect(Object.keys(JSON.parse(a))).toEqual(['network', 'sectors', 'nodes']);
    expect(cli(['metrics', '--seed', '2', '--format', 'json']).stdout).toBe(a);
  });
});

describe('collabnet metrics --workers: bad input', () => {
  it('0, -1, 1.5, "lots", 65, empty: exit 2 naming the flag and what it takes, nothing written', () => {
    const dir = workdir();
    for (const w of ['0', '-1', '1.5', 'lots', '65', '']) {
      const r = cli(['metrics', '--workers', w, '--format', 'json', '--out', 'm.json'], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`collabnet: --workers: expected an integer in [1, 64] or "auto", got "${w}"\n`);
    }
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('collabnet metrics --workers: the same bytes on every number of threads', () => {
  const json = (args: string[], cwd?: string) => {
    const r = cli(['metrics', '--format', 'json', ...args], cwd);
    expect(r.stderr).not.toMatch(/error|\n\s+at /i);
    expect(r.code).toBe(0);
    return r.stdout;
  };

  it('baseline: --workers 1, 2, 3 (more than this machine has cores), auto and the default print identical JSON', () => {
    const one = json(['--workers', '1']);
    expect(JSON.parse(one).network.betweenness).toEqual({ method: 'exact' });
    for (const w of [['--workers', '2'], ['--workers', '3'], ['--workers', 'auto'], []]) expect(json(w)).toBe(one);
  }, 120_000);

  it('a denser t = 1-like graph (clinician-engagement at t = 1, as GraphML): --workers 1, 2, 3 identical', () => {
    const dir = workdir();
    const sb = scenarioBase();
    const t1 = scenarioModel(sb, leverCatalog(sb.survey, sb.spec, sb.baseline), [{ lever: 'clinician-engagement' }], 1);
    writeFileSync(join(dir, 't1.graphml'), toGraphml(generateNetwork(t1, { seed: 1 }).graph));
    const one = json(['--in', 't1.graphml', '--workers', '1'], dir);
    expect(json(['--in', 't1.graphml', '--workers', '2'], dir)).toBe(one);
    expect(json(['--in', 't1.graphml', '--workers', '3'], dir)).toBe(one);
  }, 180_000);

  it('sampled betweenness (--betweenness-epsilon) stays on one thread: --workers 2 changes nothing', () => {
    const args = ['--betweenness-epsilon', '0.05'];
    expect(json([...args, '--workers', '2'])).toBe(json(args));
  }, 60_000);
});
