import { describe, expect, it } from 'vitest';
import { discoverAttributes, type NodeRecord } from '../../../src/app/appearance/index.js';

const rec = (id: string, attrs: Record<string, unknown>): NodeRecord => ({ id, attrs });

describe('attribute discovery: bad input', () => {
  it('no nodes, empty values, NaN, mixed types', () => {
    expect(discoverAttributes([])).toEqual([]);
    const a = discoverAttributes([rec('a', { x: '', y: null, z: NaN, m: 1 }), rec('b', { m: 'two' })]);
    expect(a).toEqual([{ name: 'm', kind: 'categorical', count: 2, values: [{ value: '1', count: 1 }, { value: 'two', count: 1 }] }]);
  });
});

describe('attribute discovery: known answers', () => {
  const nodes = [
    rec('H1', { sector: 'hospital', tier: 'tertiary', clinicians: 3, aiDepartment: true, community: 0, label: 'Hospital 1' }),
    rec('H2', { sector: 'hospital', tier: 'secondary', clinicians: 1, aiDepartment: false, community: 1, label: 'Hospital 2' }),
    rec('H3', { sector: 'hospital', tier: 'tertiary', clinicians: 2, aiDepartment: false, community: 0, label: 'Hospital 3' }),
    rec('C1', { sector: 'company', community: 0, betweenness: 0.25, label: 'Company 1', x: 1 }),
  ];
  const found = discoverAttributes(nodes, { skip: ['x'], categorical: ['community'], maxCategories: 3 });
  const by = Object.fromEntries(found.map((a) => [a.name, a]));

  it('categorical attributes with counts (most frequent first), only over nodes that have them', () => {
    expect(by.sector).toEqual({ name: 'sector', kind: 'categorical', count: 4, values: [{ value: 'hospital', count: 3 }, { value: 'company', count: 1 }] });
    expect(by.tier).toEqual({ name: 'tier', kind: 'categorical', count: 3, values: [{ value: 'tertiary', count: 2 }, { value: 'secondary', count: 1 }] });
    expect(by.aiDepartment).toMatchObject({ kind: 'categorical', values: [{ value: 'false', count: 2 }, { value: 'true', count: 1 }] });
  });
  it('numeric attributes as ranges; group ids named categorical are categories', () => {
    expect(by.clinicians).toEqual({ name: 'clinicians', kind: 'numeric', count: 3, min: 1, max: 3, integer: true });
    expect(by.betweenness).toEqual({ name: 'betweenness', kind: 'numeric', count: 1, min: 0.25, max: 0.25, integer: false });
    expect(by.community).toMatchObject({ kind: 'categorical', values: [{ value: '0', count: 3 }, { value: '1', count: 1 }] });
  });
  it('text (one value per node) is neither; skipped attributes are absent', () => {
    expect(by.label).toEqual({ name: 'label', kind: 'text', count: 4 });
    expect(by.x).toBeUndefined();
  });
});

describe('node records: attributes and metrics together', () => {
  it('positions left out, metrics joined, the node’s own label and sector kept, degree from the graph before metrics', async () => {
    const { UndirectedGraph } = await import('graphology');
    const { nodeRecords, offeredAttributes } = await import('../../../src/app/appearance/index.js');
    const g = new UndirectedGraph();
    g.addNode('a', { x: 1, y: 2, label: 'A', sector: 'hospital', color: '#ff0000', size: 4 });
    g.addNode('b', { label: 'B' });
    g.addEdge('a', 'b');
    const recs = nodeRecords(g, new Map([['a', { id: 'a', label: 'row label', degree: 1, community: 3 }]]));
    expect(recs[0]).toEqual({ id: 'a', attrs: { label: 'A', sector: 'hospital', color: '#ff0000', size: 4, degree: 1, community: 3 } });
    expect(recs[1]).toEqual({ id: 'b', attrs: { label: 'B', degree: 1 } });
    expect(offeredAttributes(recs).map((a) => `${a.name}:${a.kind}`)).toEqual(['label:categorical', 'sector:categorical', 'degree:numeric', 'community:categorical']);
  });
});
