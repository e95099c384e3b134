import { describe, expect, it } from 'vitest';
import { colorMapping, countShown, discoverAttributes, formatLegendNumber, groupByCommunity, OTHER_GREY, sizeMapping, sizeScale, type NodeRecord } from '../../../src/app/appearance/index.js';

const rec = (id: string, attrs: Record<string, unknown>): NodeRecord => ({ id, attrs });

describe('size scale', () => {
  it('bad input: no values, one value, no value for a node', () => {
    expect(sizeScale(Infinity, -Infinity).legend).toEqual([]);
    expect(sizeScale(4, 4).legend).toEqual([{ value: 4, size: 2 }]);
    expect(sizeScale(0, 1).sizeOf(undefined)).toBe(2);
  });
  it('√ between 2 and 14 px, legend min / middle / max', () => {
    const s = sizeScale(0, 100);
    expect(s.sizeOf(0)).toBe(2);
    expect(s.sizeOf(100)).toBe(14);
    expect(s.sizeOf(25)).toBeCloseTo(8, 9);
    expect(s.legend).toEqual([{ value: 0, size: 2 }, { value: 50, size: 2 + 12 * Math.sqrt(0.5) }, { value: 100, size: 14 }]);
    expect(formatLegendNumber(1234)).toBe('1,234');
    expect(formatLegendNumber(0.012345)).toBe('0.0123');
  });
  it('as in file: the file’s sizes rescaled linearly', () => {
    const recs = [rec('a', { size: 10 }), rec('b', { size: 30 }), rec('c', {})];
    const m = sizeMapping(recs, 'file', discoverAttributes(recs));
    expect([m.sizeOf('a'), m.sizeOf('b'), m.sizeOf('c')]).toEqual([2, 14, 2]);
    expect(m.missing).toBe(1);
  });
});

describe('community grouping', () => {
  it('bad input: nothing, nodes without a group', () => {
    expect(groupByCommunity([])).toEqual({ groupOf: new Map(), groups: [] });
    expect(groupByCommunity([{ id: 'a', group: undefined, isolated: false }]).groups).toEqual([]);
  });
  it('isolates are one group (not one each), communities ordered by size', () => {
    const nodes = [
      ...Array.from({ length: 1575 }, (_, i) => ({ id: `i${i}`, group: 100 + i, isolated: true })),
      { id: 'a', group: 7, isolated: false },
      { id: 'b', group: 3, isolated: false },
      { id: 'c', group: 3, isolated: false },
    ];
    const { groups, groupOf } = groupByCommunity(nodes);
    expect(groups).toEqual([
      { value: '3', count: 2, label: 'community 1 (largest)' },
      { value: '7', count: 1, label: 'community 2' },
      { value: 'isolates', count: 1575, label: 'no ties (isolates)' },
    ]);
    expect(groupOf.get('i9')).toBe('isolates');
  });
});

describe('colour mapping', () => {
  const recs = [
    rec('H1', { sector: 'hospital', tier: 'tertiary', degree: 2, community: 5, isolated: false, color: '#ff0000' }),
    rec('H2', { sector: 'hospital', tier: 'secondary', degree: 0, community: 9, isolated: true }),
    rec('I1', { sector: 'institution', degree: 4, community: 5, isolated: false, color: '#00ff00' }),
  ];
  const attrs = discoverAttributes(recs, { categorical: ['community'] });
  it('bad input: an unknown mode colours everything grey', () => {
    const m = colorMapping(recs, 'nope', attrs);
    expect(recs.map((r) => m.colorOf(r.id))).toEqual([OTHER_GREY, OTHER_GREY, OTHER_GREY]);
  });
  it('a categorical attribute only some nodes have: a "no tier" line counts the others', () => {
    const m = colorMapping(recs, 'tier', attrs);
    expect(m.legend.kind === 'categorical' && m.legend.items.map((i) => [i.label, i.count])).toEqual([['secondary', 1], ['tertiary', 1], ['no tier', 1]]);
  });
  it('sector keeps the spec’s colours; file keeps the file’s', () => {
    const m = colorMapping(recs, 'sector', attrs, { sectors: [{ id: 'institution', colour: '#E69F00' }, { id: 'hospital', colour: '#0072B2' }] });
    expect(m.colorOf('H1')).toBe('#0072B2');
    expect(m.legend.kind === 'categorical' && m.legend.items.map((i) => i.label)).toEqual(['institution', 'hospital']);
    const f = colorMapping(recs, 'file', attrs);
    expect([f.colorOf('H1'), f.colorOf('I1'), f.colorOf('H2')]).toEqual(['#ff0000', '#00ff00', OTHER_GREY]);
  });
  it('community: isolates one grey line; a numeric attribute gets a gradient', () => {
    const m = colorMapping(recs, 'community', attrs);
    expect(m.legend.kind === 'categorical' && m.legend.items.map((i) => [i.label, i.count, i.color === OTHER_GREY])).toEqual([['community 1', 2, false], ['no ties (isolate)', 1, true]]);
    const d = colorMapping(recs, 'degree', attrs);
    expect(d.legend.kind).toBe('gradient');
    expect(d.colorOf('H2')).not.toBe(d.colorOf('I1'));
  });
  it('legend counts follow the filters; colours do not change', () => {
    const m = colorMapping(recs, 'sector', attrs);
    const before = m.colorOf('H1');
    expect(countShown(m, recs, (id) => id !== 'H2').map((i) => [i.label, i.count])).toEqual([['hospital', 1], ['institution', 1]]);
    expect(m.colorOf('H1')).toBe(before);
  });
});
