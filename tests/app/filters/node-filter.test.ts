import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { recordsOf } from '../../../src/app/appearance/index.js';
import { decodeFilters, visibleNodes } from '../../../src/app/filters/index.js';
import type { NodeRow } from '../../../src/metrics/index.js';

function graph() {
  const g = new UndirectedGraph();
  g.addNode('H1', { sector: 'hospital', tier: 'tertiary' });
  g.addNode('H2', { sector: 'hospital', tier: 'secondary' });
  g.addNode('I1', { sector: 'institution' });
  g.addNode('C1', { sector: 'company' });
  g.addEdge('H1', 'I1');
  g.addEdge('H2', 'I1');
  g.addEdge('C1', 'I1');
  return g;
}
const base = { sectors: null, hideIsolates: false, giantOnly: false, minDegree: 0 };
/** The filters the URL's `filter=` text names, read against the graph as the page does. */
const shown = (g: UndirectedGraph, attrs: Record<string, string>, rows = new Map<string, NodeRow>()) =>
  [...visibleNodes(g, rows, { ...base, attributes: decodeFilters(attrs, recordsOf(g, rows).attributes).filters })].sort();

describe('node filter: bad input', () => {
  it('a filter on an attribute no node has, or a value none has, hides nothing', () => {
    const g = graph();
    expect(shown(g, { nope: 'x' })).toEqual(['C1', 'H1', 'H2', 'I1']);
    expect(shown(g, { tier: 'primary' })).toEqual(['C1', 'H1', 'H2', 'I1']);
  });
});

describe('node filter: an attribute filter applies only to nodes that have the attribute', () => {
  it('tier = tertiary hides the secondary hospital, not the institution or the company (it hid both before)', () => {
    expect(shown(graph(), { tier: 'tertiary' })).toEqual(['C1', 'H1', 'I1']);
  });
  it('a metric range (degree 2..) reads the metrics rows', () => {
    const g = graph();
    const rows = new Map<string, NodeRow>(g.mapNodes((n) => [n, { id: n, degree: g.degree(n) } as NodeRow]));
    expect(shown(g, { degree: '2..' }, rows)).toEqual(['I1']);
  });
});
