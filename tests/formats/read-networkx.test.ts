// Our readers against NetworkX's on the files of issue 11 that NetworkX reads: nested GraphML graphs
// (yEd / yFiles groups), GEXF 1.1 `<attvalue id>`, a latin-1 file with its encoding declared.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGraph } from '../../src/formats/read/index.js';
import { pythonWithNetworkx } from './python.js';

const READ = `
import json, sys, networkx as nx
G = (nx.read_graphml if sys.argv[1].endswith('.graphml') else nx.read_gexf)(sys.argv[1])
print(json.dumps({
  'nodes': sorted(G.nodes()),
  'edges': sorted([sorted([u, v]) + [float(d.get('weight', 1))] for u, v, d in G.edges(data=True)]),
  'labels': {n: d['label'] for n, d in G.nodes(data=True) if 'label' in d},
}))
`;

const files: [string, Uint8Array][] = [
  [
    'groups.graphml',
    new TextEncoder().encode(
      `<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="w" for="edge" attr.name="weight" attr.type="double"><default>1</default></key>\n<graph edgedefault="undirected">\n` +
        `<node id="n0"><graph id="n0:" edgedefault="undirected"><node id="n0::n0"/><node id="n0::n1"/><edge source="n0::n0" target="n0::n1"><data key="w">2.5</data></edge></graph></node>\n` +
        `<node id="n1"><graph id="n1:" edgedefault="undirected"><node id="n1::n0"/></graph></node>\n<node id="n2"/><edge source="n2" target="n0::n0"/>\n</graph></graphml>\n`,
    ),
  ],
  [
    'old.gexf',
    new TextEncoder().encode(
      `<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://www.gexf.net/1.1draft" version="1.1"><graph defaultedgetype="undirected" mode="static">\n<attributes class="edge"><attribute id="0" title="weight" type="float"/></attributes>\n` +
        `<nodes><node id="a" label="A"/><node id="b" label="B"/><node id="c" label="C"/></nodes>\n<edges><edge id="0" source="a" target="b" weight="3"/><edge id="1" source="b" target="c"/></edges>\n</graph></gexf>\n`,
    ),
  ],
  [
    'latin1.graphml',
    Uint8Array.from(
      `<?xml version="1.0" encoding="ISO-8859-1"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="l" for="node" attr.name="label" attr.type="string"/><key id="w" for="edge" attr.name="weight" attr.type="double"/>\n<graph edgedefault="undirected">\n<node id="z"><data key="l">Z\u00fcrich</data></node><node id="g"><data key="l">Gen\u00e8ve</data></node><edge source="z" target="g"><data key="w">2</data></edge>\n</graph></graphml>\n`,
      (c) => c.charCodeAt(0),
    ),
  ],
];

describe('issue 11 files: the same graph as NetworkX reads (live)', () => {
  const python = pythonWithNetworkx();
  const dir = mkdtempSync(join(tmpdir(), 'collabnet-nx-read-'));
  for (const [name, bytes] of files)
    it(name, () => {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      const r = spawnSync(python, ['-c', READ, path], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      const nx = JSON.parse(r.stdout) as { nodes: string[]; edges: [string, string, number][]; labels: Record<string, string> };
      const { graph } = readGraph({ text: bytes, file: name });
      const edges = graph.mapEdges((_e, a, s, t) => [...[s, t].sort(), a.weight as number]).sort();
      if (name === 'groups.graphml') {
        // NetworkX keeps only the nested nodes that a top-level edge touches; we keep all (flattened, WARNING).
        expect(graph.nodes().sort()).toEqual(expect.arrayContaining(nx.nodes));
        expect(graph.nodes().sort()).toEqual(['n0', 'n0::n0', 'n0::n1', 'n1', 'n1::n0', 'n2']);
        expect(edges).toEqual(expect.arrayContaining(nx.edges));
        expect(edges).toEqual([['n0::n0', 'n0::n1', 2.5], ['n0::n0', 'n2', 1]]);
      } else {
        expect(graph.nodes().sort()).toEqual(nx.nodes);
        expect(edges).toEqual(nx.edges);
      }
      for (const [n, label] of Object.entries(nx.labels)) expect(graph.getNodeAttribute(n, 'label')).toBe(label);
    });
});
