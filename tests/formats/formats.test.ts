import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { attributeColumns, safeCell, toEdgesCsv, toGexf, toGraphml, toGraphologyJson, toNodesCsv } from '../../src/formats/index.js';

function tricky() {
  const g = new UndirectedGraph();
  g.addNode('a&b', { sector: 'hospital', label: '<Tom "&" Jerry\'s>', beds: 3, share: 0.5, ai: true });
  g.addNode('=cmd', { sector: 'company', label: '+SUM(A1)', beds: 2 ** 40, share: 1 });
  g.addEdgeWithKey('e0', 'a&b', '=cmd', { weight: 2.5, type: 'hospital-company' });
  return g;
}

describe('formats: hostile text', () => {
  it('GraphML escapes attribute text and ids', () => {
    const xml = toGraphml(tricky());
    expect(xml).toContain('<node id="a&amp;b">');
    expect(xml).toContain('&lt;Tom &quot;&amp;&quot; Jerry&apos;s&gt;');
    expect(xml).not.toMatch(/<Tom/);
  });

  it('CSV neutralizes formula-looking cells but not numbers', () => {
    expect(safeCell('=1+1')).toBe("'=1+1");
    expect(safeCell('@x')).toBe("'@x");
    expect(safeCell(-3)).toBe(-3);
    const nodes = toNodesCsv(tricky());
    expect(nodes).toContain("'=cmd");
    expect(nodes).toContain("'+SUM(A1)");
    expect(toEdgesCsv(tricky()).split('\n')[1]).toBe("a&b,'=cmd,2.5,hospital-company");
  });

  it('GEXF escapes text', () => {
    expect(toGexf(tricky())).toContain('&lt;Tom');
  });
});

describe('formats: known answers', () => {
  it('infers column types: int, long, double, boolean, string', () => {
    const cols = Object.fromEntries(attributeColumns(tricky(), 'node').map((c) => [c.name, c.type]));
    expect(cols).toEqual({ sector: 'string', label: 'string', beds: 'long', share: 'double', ai: 'boolean' });
  });

  it('GraphML declares typed keys and an undirected graph', () => {
    const xml = toGraphml(tricky());
    expect(xml).toContain('attr.name="beds" attr.type="long"');
    expect(xml).toContain('attr.name="weight" attr.type="double"');
    expect(xml).toContain('edgedefault="undirected"');
  });

  it('JSON round-trips through graphology', () => {
    const g = tricky();
    const back = UndirectedGraph.from(JSON.parse(toGraphologyJson(g)));
    expect(back.order).toBe(2);
    expect(back.getEdgeAttribute('e0', 'weight')).toBe(2.5);
  });

  it('CSV has the documented leading columns', () => {
    expect(toNodesCsv(tricky()).split('\n')[0]).toBe('id,sector,label,beds,share,ai');
    expect(toEdgesCsv(tricky()).split('\n')[0]).toBe('source,target,weight,type');
  });
});
