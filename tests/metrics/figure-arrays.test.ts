import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drawnFitSource, fitEnsemble, fitReport, fitReportOf, fitReportOfDrawn } from '../../src/fit/index.js';
import { buildGraph, drawnNodes, generateDrawn, generateNetwork, networkArrays } from '../../src/generator/index.js';
import { ALL_FIGURE_FAMILIES, computeFigures, computeFiguresOfArrays, csrOfArrays, toCsr, type FigureFamily } from '../../src/metrics/index.js';
import { resolveModel, type ResolvedModel } from '../../src/model/index.js';
import { metricsOptionsFor, networkFiguresFor } from '../../src/scenarios/index.js';
import { parseJsonText, parseWith, SpecSchema, SurveySchema } from '../../src/schemas/index.js';
import { structuralFigures, structuralFiguresOfArrays } from '../../src/sensitivity/index.js';
import { model, ROOT } from '../helpers.js';

const EX = join(ROOT, 'data/examples/innovation');

/** The second spec (data/examples/innovation/), resolved at `scale`. */
function innovation(scale: number): ResolvedModel {
  const read = (name: string) => parseJsonText(readFileSync(join(EX, name), 'utf8'), name);
  return resolveModel(parseWith(SurveySchema, read('survey.json'), 'survey.json'), parseWith(SpecSchema, read('spec.json'), 'spec.json'), { scale });
}

/** Equal key for key, in the same order, bit for bit (NaN equals NaN, 0 differs from −0). */
function same(a: Record<string, number>, b: Record<string, number>, what: string) {
  expect(Object.keys(a), what).toEqual(Object.keys(b));
  for (const k of Object.keys(a)) expect(Object.is(a[k], b[k]), `${what} ${k}: ${a[k]} vs ${b[k]}`).toBe(true);
}

const options = (m: ResolvedModel, seed: number) => ({ seed, betweennessSamples: 256, tieTypes: m.ties.map((t) => t.id), ...metricsOptionsFor(m) });

describe('figures and fit off the drawn arrays (no graph)', () => {
  it('rejects a family it does not know, as the graph path does', () => {
    const m = model();
    const net = networkArrays(m, generateDrawn(m, { seed: 1 }));
    expect(() => computeFiguresOfArrays(net, ['size', 'nope' as FigureFamily], options(m, 1))).toThrow(/unknown figure family "nope"/);
    expect(() => generateDrawn(m, { seed: 1.5 })).toThrow(/generateNetwork: seed: expected an integer/);
  });

  it('refuses a weight that is not finite and > 0, naming the edge', () => {
    const net = { n: 2, sectorNames: ['a'], sector: new Int32Array([0, 0]), source: new Int32Array([0]), target: new Int32Array([1]), weight: new Float64Array([0]), typeNames: ['t'], type: new Int32Array([0]), ids: () => ['x', 'y'] };
    expect(() => csrOfArrays(net)).toThrow('edge e0: weight 0; expected a finite number > 0');
  });

  it('builds the CSR of the generated graph slot for slot; ids only when read', () => {
    const m = model();
    const drawn = generateDrawn(m, { seed: 3 });
    const csr = csrOfArrays(networkArrays(m, drawn));
    const old = toCsr(buildGraph(m, drawn));
    expect([csr.n, csr.m]).toEqual([old.n, old.m]);
    for (const key of ['offsets', 'targets', 'weights', 'lengths', 'strength'] as const) expect(Buffer.from(csr[key].buffer).equals(Buffer.from(old[key].buffer)), key).toBe(true);
    expect(csr.ids).toEqual(old.ids);
  });

  const cases: [string, (scale: number) => ResolvedModel][] = [
    ['paper spec', (scale) => model({}, scale)],
    ['innovation spec', innovation],
  ];
  for (const [name, spec] of cases)
    for (const scale of [1, 2])
      it(`${name}, scale ${scale}, seeds 1..20: every family and the fit equal the graph path bit for bit`, () => {
        const m = spec(scale);
        for (let seed = 1; seed <= 20; seed++) {
          const { graph, record } = generateNetwork(m, { seed });
          const drawn = generateDrawn(m, { seed });
          const nodes = drawnNodes(m, drawn);
          const net = networkArrays(m, drawn, nodes);
          same(computeFiguresOfArrays(net, ALL_FIGURE_FAMILIES, options(m, seed)), computeFigures(graph, ALL_FIGURE_FAMILIES, options(m, seed)), `seed ${seed}`);
          // A family alone too (each builds its own context).
          if (seed <= 2) for (const family of ALL_FIGURE_FAMILIES) same(computeFiguresOfArrays(net, [family], options(m, seed)), computeFigures(graph, [family], options(m, seed)), `seed ${seed} ${family}`);
          const tieTypes = m.ties.map((t) => t.id);
          same(structuralFiguresOfArrays(net, tieTypes), structuralFigures(graph, tieTypes), `seed ${seed} structural`);
          const fit = fitReport(graph, m, record);
          expect(JSON.stringify(fitReportOfDrawn(m, drawn, nodes)), `seed ${seed} fit`).toBe(JSON.stringify(fit));
          expect(fitReportOf(drawnFitSource(m, drawn), m, record)).toEqual(fit);
        }
      }, 300_000);

  it('gives the fit ensemble the fit reports of the generated graphs', () => {
    const m = innovation(1);
    const fromGraphs = [4, 5].map((seed) => {
      const { graph, record } = generateNetwork(m, { seed });
      return fitReport(graph, m, record);
    });
    expect(JSON.stringify(fitEnsemble(m, { seed: 4, runs: 2 }))).toBe(JSON.stringify(fromGraphs));
  });

  it('gives a sweep the figures of the generated graph (networkFiguresFor)', () => {
    const m = model();
    const { graph } = generateNetwork(m, { seed: 5 });
    const f = networkFiguresFor(m, 5, 64, ['size', 'connectivity']);
    const expected = computeFigures(graph, ['size', 'connectivity'], { ...options(m, 5), betweennessSamples: 64 });
    for (const [k, v] of Object.entries(expected)) expect(Object.is(f[k], v), k).toBe(true);
    expect(Object.keys(f).filter((k) => k.startsWith('fit.')).length).toBeGreaterThan(0);
  });
});
