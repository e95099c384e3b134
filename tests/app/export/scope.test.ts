import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { exportCopy, exportFileName, SCOPE_ATTRIBUTE } from '../../../src/app/export/index.js';
import { toGexf, toGraphml, toNodesCsv } from '../../../src/formats/index.js';

function graph() {
  const g = new UndirectedGraph();
  g.addNode('a', { sector: 'hospital', tier: 'tertiary', province: 'P01', highlighted: true });
  g.addNode('b', { sector: 'hospital', tier: 'secondary', province: 'P02' });
  g.addNode('c', { sector: 'company' });
  g.addEdge('a', 'b', { weight: 1 });
  g.addEdge('a', 'c', { weight: 2 });
  return g;
}

describe('export scope: bad input', () => {
  it('a filter that shows nothing exports an empty graph that says so', () => {
    const e = exportCopy(graph(), 'shown', () => false);
    expect(e.order).toBe(0);
    expect(e.getAttribute(SCOPE_ATTRIBUTE)).toBe('filtered view: 0 of 3 nodes, 0 of 2 edges');
  });
});

describe('export scope', () => {
  it('full: every node, says "full network"; view-only attributes dropped; the original untouched', () => {
    const g = graph();
    const e = exportCopy(g, 'full', () => false);
    expect(e.order).toBe(3);
    expect(e.getAttribute(SCOPE_ATTRIBUTE)).toBe('full network: 3 nodes, 2 edges');
    expect(e.hasNodeAttribute('a', 'highlighted')).toBe(false);
    expect(g.hasNodeAttribute('a', 'highlighted')).toBe(true);
  });
  it('shown: the filtered nodes and edges between them, the filters named; GEXF and GraphML carry it', () => {
    const e = exportCopy(graph(), 'shown', (n) => n !== 'b', 'tier: tertiary');
    expect(e.nodes()).toEqual(['a', 'c']);
    const says = 'filtered view: 2 of 3 nodes, 1 of 2 edges (tier: tertiary)';
    expect(e.getAttribute(SCOPE_ATTRIBUTE)).toBe(says);
    expect(toGexf(e)).toContain(`<${SCOPE_ATTRIBUTE}>${says}</${SCOPE_ATTRIBUTE}>`);
    expect(toGraphml(e)).toContain(says);
    expect(exportFileName('shown', 'nodes.csv')).toBe('collabnet-nodes-filtered.csv');
    expect(exportFileName('full', 'gexf')).toBe('collabnet.gexf');
  });
  it('the node CSV carries every attribute (tier and province too)', () => {
    const csv = toNodesCsv(exportCopy(graph(), 'full', () => true));
    expect(csv.split('\n')[0]).toBe('id,sector,tier,province');
    expect(csv).toContain('a,hospital,tertiary,P01');
  });
});
