import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers.js';

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
