import { describe, expect, it } from 'vitest';
import { toEdgesCsv, toGexf, toGraphml, toGraphologyJson, toNodesCsv } from '../../src/formats/index.js';
import { readGraph, type ImportResult } from '../../src/formats/read/index.js';
import { generateNetwork } from '../../src/generator/index.js';
import { model, inputErrorMessage } from '../helpers.js';

const read = (text: string, file: string, nodes?: { text: string; file: string }) => readGraph({ text, file, ...(nodes ? { nodes } : {}), sectors: ['hospital', 'institution', 'company'] });
const fails = inputErrorMessage;
const level = (r: ImportResult, code: string) => r.report.find((m) => m.code === code);

const graphml = (body: string, keys = '<key id="w" for="edge" attr.name="weight" attr.type="double"/><key id="s" for="node" attr.name="sector" attr.type="string"/>') =>
  `<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">${keys}\n<graph edgedefault="undirected">\n${body}\n</graph></graphml>`;

describe('graph readers: bad input', () => {
  it('unparseable XML, a file that is not a graph, an empty file', () => {
    expect(fails(() => read('<graphml><graph><node id="a"></graph>', 'g.graphml'))).toMatch(/^g\.graphml: line 1, column \d+: malformed XML/);
    expect(fails(() => read('<html><body/></html>', 'g.graphml'))).toBe('g.graphml: expected a <graphml> document, got <html>');
    expect(fails(() => read('   ', 'g.gexf'))).toBe('g.gexf: the file is empty; expected XML');
    expect(fails(() => read('{"nodes": 3}', 'g.json'))).toContain('g.json: nodes: expected an array');
    expect(fails(() => read('a,b', 'g.dat'))).toContain('cannot tell the format');
  });

  it('dangling edges in GraphML, GEXF, JSON and CSV with a node table', () => {
    expect(fails(() => read(graphml('<node id="a"/><edge source="a" target="b"><data key="w">1</data></edge>'), 'g.graphml'))).toContain('g.graphml: 1 edges to nodes the file does not declare: line 4 ("b")');
    const gexf = '<gexf><graph><nodes><node id="1"/></nodes><edges><edge source="1" target="9"/></edges></graph></gexf>';
    expect(fails(() => read(gexf, 'g.gexf'))).toContain('edges to nodes the file does not declare');
    expect(fails(() => read('{"nodes":[{"key":"a"}],"edges":[{"source":"a","target":"q"}]}', 'g.json'))).toContain('edges.0 ("q")');
    expect(fails(() => read('source,target\na,b\n', 'e.csv', { text: 'id\na\n', file: 'n.csv' }))).toContain('e.csv: 1 edges to nodes the file does not declare: line 2 ("b")');
  });

  it('negative, zero, NaN and non-numeric weights', () => {
    const msg = fails(() => read('source,target,weight\na,b,-1\nb,c,0\nc,d,NaN\nd,e,heavy\ne,f,2\n', 'e.csv'));
    expect(msg).toBe('e.csv: 4 weights that are not numbers > 0 (weight = collaboration strength; it must be positive): line 2 ("-1"), line 3 ("0"), line 4 ("NaN"), line 5 ("heavy")');
    expect(fails(() => read(graphml('<node id="a"/><node id="b"/><edge source="a" target="b"><data key="w">-2</data></edge>'), 'g.graphml'))).toContain('weights that are not numbers > 0');
  });

  it('CSV with missing columns, duplicate node ids', () => {
    expect(fails(() => read('from,to\na,b\n', 'e.csv'))).toBe('e.csv: expected columns "source", "target"; missing "source", "target" (found: "from", "to")');
    expect(fails(() => read('source,target\na,b\n', 'e.csv', { text: 'name\na\n', file: 'n.csv' }))).toContain('n.csv: expected columns "id"');
    expect(fails(() => read(graphml('<node id="a"/><node id="a"/>'), 'g.graphml'))).toContain('1 duplicate node ids: line 4 (id "a")');
  });
});

describe('graph readers: the import report', () => {
  it('drops self-loops, merges parallel and reciprocal edges, sets missing weights to 1, keeps unknown sectors', () => {
    const r = read('source,target,weight\na,a,1\na,b,2\nb,a,3\nb,c,\n', 'e.csv', { text: 'id,sector\na,hospital\nb,University\nc,company\n', file: 'n.csv' });
    expect(level(r, 'self-loop')).toMatchObject({ level: 'WARNING', count: 1 });
    expect(level(r, 'parallel-edge')).toMatchObject({ level: 'INFO', count: 1 });
    expect(level(r, 'missing-weight')).toMatchObject({ level: 'WARNING', count: 1 });
    expect(level(r, 'unknown-sector')).toMatchObject({ level: 'WARNING', count: 1, message: 'sectors other than hospital / institution / company (kept as their own sector)', examples: ['n.csv line 3 ("university")'] });
    // Without a spec's sectors, no sector is unknown.
    expect(readGraph({ text: 'source,target\na,b\n', file: 'e.csv', nodes: { text: 'id,sector\na,x\nb,y\n', file: 'n.csv' } }).report.some((m) => m.code === 'unknown-sector')).toBe(false);
    expect(r.graph.getEdgeAttribute(r.graph.edge('a', 'b')!, 'weight')).toBe(5);
    expect(r.graph.size).toBe(2);
  });

  it('directed input is read as undirected, with a warning; a graph without sectors is fine', () => {
    const r = read(graphml('<node id="a"/><node id="b"/><edge source="a" target="b"/><edge source="b" target="a"/>', '').replace('undirected', 'directed'), 'g.graphml');
    expect(level(r, 'directed')?.level).toBe('WARNING');
    expect(level(r, 'no-sector')?.level).toBe('INFO');
    expect(r.graph.size).toBe(1);
  });

  it('CSV: quoted newlines and our own formula neutralization', () => {
    const r = read('source,target,note\n"a","b","two\nlines"\n\'=x,b,\n', 'e.csv');
    expect(r.graph.getEdgeAttribute(r.graph.edge('a', 'b')!, 'note')).toBe('two\nlines');
    expect(r.graph.hasNode('=x')).toBe(true);
  });
});

describe('graph readers: our own exports round-trip', () => {
  const { graph } = generateNetwork(model({}, 0.2), { seed: 9 });
  const cases: [string, () => ImportResult][] = [
    ['GraphML', () => read(toGraphml(graph), 'g.graphml')],
    ['GEXF', () => read(toGexf(graph), 'g.gexf')],
    ['JSON', () => read(toGraphologyJson(graph), 'g.json')],
    ['CSV', () => read(toEdgesCsv(graph), 'e.csv', { text: toNodesCsv(graph), file: 'n.csv' })],
  ];
  for (const [name, load] of cases)
    it(`${name}: same nodes, edges, sectors, weights and typed attributes`, () => {
      const back = load().graph;
      expect(back.order).toBe(graph.order);
      expect(back.size).toBe(graph.size);
      graph.forEachNode((n, a) => {
        expect(back.getNodeAttribute(n, 'sector')).toBe(a.sector);
        if (a.sector === 'hospital') {
          expect(back.getNodeAttribute(n, 'clinicians')).toBe(a.clinicians);
          expect(back.getNodeAttribute(n, 'aiDepartment')).toBe(a.aiDepartment);
        }
      });
      graph.forEachEdge((_e, a, s, t) => expect(back.getEdgeAttribute(back.edge(s, t)!, 'weight')).toBe(a.weight));
    });
});
