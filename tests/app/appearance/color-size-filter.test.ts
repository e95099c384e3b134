import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { colorBy, sizeBy } from '../../../src/app/appearance/index.js';
import { visibleNodes } from '../../../src/app/filters/index.js';

function graph() {
  const g = new UndirectedGraph();
  g.addNode('h1', { sector: 'hospital', tier: 'tertiary' });
  g.addNode('h2', { sector: 'hospital', tier: 'secondary' });
  g.addNode('c1', { sector: 'company' });
  g.addNode('i1', { sector: 'institution' });
  g.addEdge('h1', 'c1', { weight: 1 });
  return g;
}
const sectors = [
  { id: 'hospital', colour: '#E69F00' },
  { id: 'institution', colour: '#56B4E9' },
  { id: 'company', colour: '#009E73' },
];

describe('view rules', () => {
  it('an attribute no node has colours every node "(no …)" by sector, not an error', () => {
    const c = colorBy('bogus', { graph: graph(), rows: new Map(), sectors });
    expect(c.legend.map((l) => l.label)).toEqual(['hospital (no bogus)', 'company (no bogus)', 'institution (no bogus)']);
  });

  it('sector colours come from the spec, in its order, with counts; nothing is written into the graph', () => {
    const g = graph();
    const c = colorBy('sector', { graph: g, rows: new Map(), sectors });
    expect(c.legend).toEqual([
      { label: 'hospital', color: '#E69F00', count: 2 },
      { label: 'institution', color: '#56B4E9', count: 1 },
      { label: 'company', color: '#009E73', count: 1 },
    ]);
    expect(c.colors.get('c1')).toBe('#009E73');
    expect(g.getNodeAttribute('c1', 'color')).toBeUndefined();
  });

  it('sizes: √-scaled degree before metrics, smallest for the isolates', () => {
    const s = sizeBy('degree', graph(), new Map());
    expect(s.get('h1')).toBe(14);
    expect(s.get('h2')).toBe(2);
  });

  it('filters: isolates hidden, an attribute value kept', () => {
    const g = graph();
    const base = { sectors: null, attributes: [], hideIsolates: false, giantOnly: false, minDegree: 0 };
    expect([...visibleNodes(g, new Map(), { ...base, hideIsolates: true })].sort()).toEqual(['c1', 'h1']);
    // The tier filter applies to the nodes that have a tier (hospitals): the company and the institution stay.
    expect([...visibleNodes(g, new Map(), { ...base, attributes: [{ attribute: 'tier', kind: 'categorical', values: ['tertiary'] }] })]).toEqual(['h1', 'c1', 'i1']);
    expect([...visibleNodes(g, new Map(), { ...base, sectors: new Set(['company']) })]).toEqual(['c1']);
  });
});
