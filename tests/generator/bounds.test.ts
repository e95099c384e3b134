import { describe, expect, it } from 'vitest';
import { checkGenerationBounds, expectedTies, generateNetwork, MAX_GENERATED_EDGES } from '../../src/generator/index.js';
import { InputError } from '../../src/errors.js';
import { inputErrorMessage, model } from '../helpers.js';

describe('generation bounds: refused before anything is drawn', () => {
  it('refuses in-range settings whose network would exceed the edge limit, naming scale, settings and limit', () => {
    const m = model({ reconciliation: 'keep-hospitals', 'clinician-institution-engagement': 1, 'partners-per-engaged-clinician': 100 }, 700);
    const t0 = Date.now();
    const msg = inputErrorMessage(() => generateNetwork(m, { seed: 1 }));
    expect(Date.now() - t0).toBeLessThan(2000); // before the work, not after running out of memory
    expect(msg).toContain('--scale 700');
    expect(msg).toContain('partners-per-engaged-clinician=100 (test)');
    expect(msg).toContain('clinician-institution-engagement=1 (test)');
    expect(msg).toContain(`the limit is ${MAX_GENERATED_EDGES.toLocaleString('en-US')} edges`);
    expect(msg).toMatch(/about [\d,]+ edges \(research-hospital [\d,]+\)/);
  });

  it('hospital–company ties at full company engagement count too', () => {
    const m = model({ 'clinician-company-engagement': 1 }, 700);
    expect(() => checkGenerationBounds(m)).toThrow(InputError);
    expect(inputErrorMessage(() => checkGenerationBounds(m))).toContain('hospital-company');
  });

  it('the largest documented baseline (--scale 805, 2,000,000 nodes) is inside the bounds', () => {
    expect(() => checkGenerationBounds(model({}, 805))).not.toThrow();
  });

  it('a custom limit applies', () => {
    expect(inputErrorMessage(() => checkGenerationBounds(model(), { maxEdges: 100 }))).toContain('the limit is 100 edges');
    expect(inputErrorMessage(() => checkGenerationBounds(model(), { maxNodes: 100 }))).toContain('the limit is 100 nodes');
  });
});

describe('expectedTies: an upper bound on what a network gets', () => {
  const cases: Record<string, string | number>[] = [{}, { reconciliation: 'keep-hospitals', 'partners-per-engaged-clinician': 3 }, { reconciliation: 'keep-institutions' }, { 'clinician-company-engagement': 0.5 }];
  for (const overrides of cases) {
    it(`at most 5% below the realized edge count: ${JSON.stringify(overrides)}`, () => {
      const m = model({ ...overrides }, 2);
      const expected = Object.values(expectedTies(m)).reduce((s, x) => s + x, 0);
      const { graph } = generateNetwork(m, { seed: 3 });
      expect(graph.size).toBeLessThanOrEqual(expected * 1.05);
      expect(graph.size).toBeGreaterThan(expected * 0.5);
    });
  }
});
