import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { toGraphml } from '../../src/formats/index.js';
import { generateNetwork } from '../../src/generator/index.js';
import { NODE_COLUMNS } from '../../src/metrics/index.js';
import type { AssumptionValue } from '../../src/model/index.js';
import { pythonWithNetworkx } from '../formats/python.js';
import { cli, model, ROOT } from '../helpers.js';

const run = promisify(execFile);
const TOLERANCE = 1e-6;

/** Generated networks (three reconciliations / calibrations) and graphs that ship with NetworkX. */
const GENERATED: { name: string; overrides: Record<string, AssumptionValue>; scale: number; seed: number }[] = [
  { name: 'baseline-seed-1', overrides: {}, scale: 1, seed: 1 },
  { name: 'keep-hospitals-seed-2', overrides: { reconciliation: 'keep-hospitals' }, scale: 0.5, seed: 2 },
  { name: 'healthcare-systems-seed-4', overrides: { 'rh-calibration': 'healthcare-systems', 'company-popularity-exponent': 1.5 }, scale: 0.4, seed: 4 },
];
const SHIPPED = ['les_miserables', 'karate_club', 'florentine_families', 'davis_southern_women'];

interface Case {
  name: string;
  ours: Record<string, Record<string, string>>;
  theirs: { nodes: Record<string, Record<string, any>>; network: Record<string, any> };
  cliStderr: string;
}

describe('metrics match NetworkX on the same exported graph (live; fails without NetworkX)', () => {
  const python = pythonWithNetworkx();
  const dir = mkdtempSync(join(tmpdir(), 'collabnet-nx-metrics-'));
  const cases: Case[] = [];

  beforeAll(async () => {
    for (const g of GENERATED) writeFileSync(join(dir, `${g.name}.graphml`), toGraphml(generateNetwork(model(g.overrides, g.scale), { seed: g.seed }).graph));
    await run(python, [join(ROOT, 'tests/networkx/export_nx_graphs.py'), dir]);
    const names = [...GENERATED.map((g) => g.name), ...SHIPPED];
    // Our side through the real CLI, as a user would run it.
    const ours = names.map((name) => {
      const r = cli(['metrics', '--in', `${name}.graphml`, '--format', 'csv', '--out', `${name}.csv`], dir);
      expect(r.code, r.stderr).toBe(0);
      const rows = Papa.parse<Record<string, string>>(readFileSync(join(dir, `${name}.csv`), 'utf8'), { header: true, skipEmptyLines: true }).data;
      return { rows, stderr: r.stderr };
    });
    // NetworkX side, in parallel.
    const theirs = await Promise.all(
      names.map((name) => run(python, [join(ROOT, 'tests/networkx/nx_metrics.py'), join(dir, `${name}.graphml`), join(dir, `${name}.csv`)], { maxBuffer: 512 * 1024 * 1024 })),
    );
    names.forEach((name, i) => cases.push({ name, ours: Object.fromEntries(ours[i]!.rows.map((r) => [r.id!, r])), theirs: JSON.parse(theirs[i]!.stdout), cliStderr: ours[i]!.stderr }));
  }, 300_000);

  it('covers every graph', () => {
    expect(cases.map((c) => c.name)).toEqual([...GENERATED.map((g) => g.name), ...SHIPPED]);
  });

  for (const name of [...GENERATED.map((g) => g.name), ...SHIPPED]) {
    it(`${name}: every CSV column equals NetworkX's to ${TOLERANCE}`, () => {
      const c = cases.find((x) => x.name === name)!;
      const ids = Object.keys(c.theirs.nodes);
      expect(Object.keys(c.ours).sort()).toEqual([...ids].sort());
      const componentMap = new Map<string, number>();
      let worst = 0;
      for (const id of ids) {
        const mine = c.ours[id]!;
        const nx = c.theirs.nodes[id]!;
        for (const col of NODE_COLUMNS) {
          if (col === 'id' || col === 'sector') continue;
          if (col === 'component') {
            const prior = componentMap.get(mine.component!);
            if (prior === undefined) componentMap.set(mine.component!, nx.component);
            else expect(prior, `${name} ${id}: same component as NetworkX`).toBe(nx.component);
            continue;
          }
          if (col === 'isolated') {
            expect(mine.isolated, `${name} ${id} isolated`).toBe(String(nx.isolated));
            continue;
          }
          if (nx[col] === null) {
            expect(mine[col], `${name} ${id} ${col}`).toBe('');
            continue;
          }
          const diff = Math.abs(Number(mine[col]) - nx[col]);
          worst = Math.max(worst, diff);
          expect(diff, `${name} ${id} ${col}: ours ${mine[col]}, NetworkX ${nx[col]}`).toBeLessThanOrEqual(TOLERANCE);
        }
      }
      expect(new Set(componentMap.values()).size).toBe(componentMap.size); // a bijection
      expect(componentMap.size).toBe(c.theirs.network.components);
      expect(worst).toBeLessThanOrEqual(TOLERANCE);
    });
  }

  it('network figures agree: bridges, articulation points, modularity, sector assortativity', () => {
    const dirText = (name: string) => cli(['metrics', '--in', `${name}.graphml`, '--format', 'json'], dir).stdout;
    for (const name of ['baseline-seed-1', 'les_miserables']) {
      const ours = JSON.parse(dirText(name)).network;
      const nx = cases.find((x) => x.name === name)!.theirs.network;
      expect(ours.components).toBe(nx.components);
      expect(ours.bridges.map((b: string[]) => [...b].sort()).sort()).toEqual(nx.bridges.map((b: string[]) => [...b].sort()).sort());
      expect([...ours.articulationPoints].sort()).toEqual([...nx.articulation_points].sort());
      expect(Math.abs(ours.louvain.modularity - nx.modularity)).toBeLessThanOrEqual(TOLERANCE);
      expect(Math.abs(ours.density - nx.density)).toBeLessThanOrEqual(1e-12);
      if (nx.sector_assortativity !== undefined) expect(Math.abs(ours.sectorAssortativity - nx.sector_assortativity)).toBeLessThanOrEqual(TOLERANCE);
    }
  });

  it('a graph without sectors: figures by sector are not applicable, the rest computed', () => {
    const c = cases.find((x) => x.name === 'les_miserables')!;
    expect(c.cliStderr).toContain('no node has a sector');
    const json = JSON.parse(cli(['metrics', '--in', 'les_miserables.graphml', '--format', 'json'], dir).stdout);
    expect(json.sectors).toBeNull();
    expect(json.network.sectorsAvailable).toBe(false);
    expect(json.nodes).toHaveLength(77);
  });

  it('export --with-metrics: NetworkX reads the metrics as node attributes', async () => {
    expect(cli(['export', '--in', 'les_miserables.graphml', '--with-metrics', '--format', 'gexf', '--out', 'lm.gexf'], dir).code).toBe(0);
    expect(cli(['export', '--in', 'les_miserables.graphml', '--with-metrics', '--format', 'graphml', '--out', 'lm.graphml'], dir).code).toBe(0);
    const script = `import networkx as nx, json, sys
out = {}
for f in sys.argv[1:]:
    G = (nx.read_gexf if f.endswith('gexf') else nx.read_graphml)(f)
    out[f] = {v: [d.get('betweenness'), d.get('pagerank'), d.get('constraint')] for v, d in G.nodes(data=True)}
print(json.dumps(out))`;
    const { stdout } = await run(python, ['-c', script, join(dir, 'lm.gexf'), join(dir, 'lm.graphml')]);
    const read = JSON.parse(stdout);
    const ours = cases.find((x) => x.name === 'les_miserables')!.ours;
    for (const file of Object.keys(read))
      for (const [id, [b, p, c]] of Object.entries<any>(read[file])) {
        expect(Math.abs(b - Number(ours[id]!.betweenness))).toBeLessThanOrEqual(1e-12);
        expect(Math.abs(p - Number(ours[id]!.pagerank))).toBeLessThanOrEqual(1e-12);
        expect(Math.abs(c - Number(ours[id]!.constraint))).toBeLessThanOrEqual(1e-12);
      }
  });
});
