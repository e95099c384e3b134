import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toGexf, toGraphml } from '../../src/formats/index.js';
import { generateNetwork } from '../../src/generator/index.js';
import { model } from '../helpers.js';
import { pythonWithNetworkx } from './python.js';

const READ = `
import json, sys, networkx as nx
G = (nx.read_graphml if sys.argv[1].endswith('.graphml') else nx.read_gexf)(sys.argv[1])
sectors = {}
for _, d in G.nodes(data=True):
    sectors[d['sector']] = sectors.get(d['sector'], 0) + 1
print(json.dumps({
  'directed': G.is_directed(), 'nodes': G.number_of_nodes(), 'edges': G.number_of_edges(),
  'sectors': sectors, 'weight': sum(float(d['weight']) for _, _, d in G.edges(data=True)),
  'H0001': {k: v for k, v in G.nodes['H0001'].items() if k in ('sector', 'clinicians', 'aiDepartment', 'tier')},
}))
`;

describe('exported graphs load in NetworkX (live)', () => {
  const python = pythonWithNetworkx();
  const { graph } = generateNetwork(model(), { seed: 5 });
  let weight = 0;
  graph.forEachEdge((_e, a) => (weight += a.weight));
  const dir = mkdtempSync(join(tmpdir(), 'collabnet-nx-'));

  for (const [ext, write] of [['graphml', toGraphml], ['gexf', toGexf]] as const) {
    it(`${ext}: nodes, edges, sector and weight survive`, () => {
      const file = join(dir, `g.${ext}`);
      writeFileSync(file, write(graph));
      const r = spawnSync(python, ['-c', READ, file], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      const got = JSON.parse(r.stdout);
      expect(got.directed).toBe(false);
      expect(got.nodes).toBe(graph.order);
      expect(got.edges).toBe(graph.size);
      expect(got.sectors).toEqual({ hospital: 2135, institution: 247, company: 100 });
      expect(got.weight).toBeCloseTo(weight, 9);
      const h = graph.getNodeAttributes('H0001');
      expect(got.H0001).toEqual({ sector: 'hospital', clinicians: h.clinicians, aiDepartment: h.aiDepartment, tier: h.tier });
    });
  }
});
