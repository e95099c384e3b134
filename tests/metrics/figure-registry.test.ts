import { describe, expect, it } from 'vitest';
import { generateNetwork } from '../../src/generator/index.js';
import { ALL_FIGURE_FAMILIES, computeFigures, computeMetrics, requirementsOf, type FigureFamily } from '../../src/metrics/index.js';
import { figuresOf, leverCatalog, metricsOptionsFor, runSweep } from '../../src/scenarios/index.js';
import { model, scenarioBase } from '../helpers.js';

const same = (a: Record<string, number>, b: Record<string, number>) => {
  expect(Object.keys(a)).toEqual(Object.keys(b));
  for (const k of Object.keys(a)) expect(Object.is(a[k], b[k]) || a[k] === b[k], `${k}: ${a[k]} vs ${b[k]}`).toBe(true);
};

describe('figure registry', () => {
  const m = model();
  const tieTypes = m.ties.map((t) => t.id);
  const opts = (seed: number, betweennessSamples: number | null) => ({ seed, betweennessSamples, tieTypes, ...metricsOptionsFor(m) });

  it('rejects a family it does not know', () => {
    const { graph } = generateNetwork(m, { seed: 1 });
    expect(() => computeFigures(graph, ['size', 'nope' as FigureFamily], opts(1, 64))).toThrow(/unknown figure family "nope"/);
  });

  it('computes only what the requested families need', () => {
    expect(requirementsOf(['size', 'degree'])).toEqual([]);
    expect(requirementsOf(['connectivity'])).toEqual(['components', 'hops']);
    expect(requirementsOf(['betweenness', 'harmonic', 'connectivity'])).toEqual(['components', 'hops', 'paths']);
    expect(requirementsOf(ALL_FIGURE_FAMILIES)).toEqual(['components', 'hops', 'cuts', 'louvain', 'mixing', 'paths', 'burt']);
  });

  it('gives exactly the figures of the full metrics report, in the same order (pivots and exact)', () => {
    for (const [seed, samples] of [
      [1, 256],
      [7, 64],
      [3, null],
    ] as const) {
      const { graph } = generateNetwork(m, { seed });
      const all = computeFigures(graph, ALL_FIGURE_FAMILIES, opts(seed, samples));
      same(all, figuresOf(computeMetrics(graph, { seed, betweennessSamples: samples, ...metricsOptionsFor(m) }), graph, tieTypes));
    }
  });

  it('gives each family alone exactly its share of the full set', () => {
    const { graph } = generateNetwork(m, { seed: 2 });
    const options = opts(2, 64);
    const all = computeFigures(graph, ALL_FIGURE_FAMILIES, options);
    const union: Record<string, number> = {};
    for (const family of ALL_FIGURE_FAMILIES) {
      const part = computeFigures(graph, [family], options);
      expect(Object.keys(part).length, family).toBeGreaterThan(0);
      for (const [k, v] of Object.entries(part)) {
        expect(k in union, `${k} in two families`).toBe(false);
        expect(Object.is(v, all[k]), `${family}: ${k}`).toBe(true);
        union[k] = v;
      }
    }
    expect(Object.keys(union).sort()).toEqual(Object.keys(all).sort());
    expect(Object.keys(computeFigures(graph, ['connectivity'], options))).toEqual(expect.arrayContaining(['components', 'giant_share.hospital', 'isolate_share.hospital', 'reach_2.company', 'reach_3.institution']));
  });

  it('lets a sweep ask for some families only: those figures, nothing else, thresholds still found; rejects unknown ones', async () => {
    const base = scenarioBase({}, 1);
    const catalog = leverCatalog(base.survey, base.spec, base.baseline);
    const levers = [{ lever: 'clinician-engagement' as const }];
    await expect(runSweep(base, catalog, 'x', levers, { steps: 2, runs: 2, figures: ['nope' as FigureFamily] })).rejects.toThrow(/runSweep: figures: expected a non-empty list of figure families/);
    await expect(runSweep(base, catalog, 'x', levers, { steps: 2, runs: 2, figures: [] })).rejects.toThrow(/figures/);
    const r = await runSweep(base, catalog, 'x', levers, { steps: 2, runs: 3, figures: ['connectivity'] });
    const names = Object.keys(r.steps[0]!.metrics);
    expect(names).toContain('giant_share.hospital');
    expect(names.some((k) => k.includes('betweenness') || k === 'modularity' || k === 'nodes')).toBe(false);
    expect(names.some((k) => k.startsWith('fit.'))).toBe(true); // the fit needs no metric: always there
    const full = await runSweep(base, catalog, 'x', levers, { steps: 2, runs: 3 });
    for (const k of names) expect(r.steps[1]!.metrics[k]).toEqual(full.steps[1]!.metrics[k]);
    expect(r.thresholds).toEqual(full.thresholds);
  });
});
