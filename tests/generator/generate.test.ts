import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateNetwork, type CollabGraph } from '../../src/generator/index.js';
import { binIndexOf } from '../../src/model/index.js';
import { toEdgesCsv, toGexf, toGraphml, toGraphologyJson, toNodesCsv } from '../../src/formats/index.js';
import type { AssumptionValue } from '../../src/model/index.js';
import { binsOf, model, sectorOf, tieOf } from '../helpers.js';
import { OptionError } from '../../src/errors.js';

const allFormats = (g: CollabGraph) => [toGraphologyJson(g), toGraphml(g), toGexf(g), toNodesCsv(g), toEdgesCsv(g)].join('\u0000');

describe('generateNetwork: bad input', () => {
  it('rejects a non-integer seed', () => {
    expect(() => generateNetwork(model(), { seed: 1.5 })).toThrow(OptionError);
  });
});

describe('generateNetwork: determinism', () => {
  const m = model();
  it('same seed + same model ⇒ byte-identical output in every format', () => {
    expect(allFormats(generateNetwork(m, { seed: 7 }).graph)).toBe(allFormats(generateNetwork(model(), { seed: 7 }).graph));
  });

  it('a different seed ⇒ a different graph', () => {
    expect(toEdgesCsv(generateNetwork(m, { seed: 7 }).graph)).not.toBe(toEdgesCsv(generateNetwork(m, { seed: 8 }).graph));
  });

  it('the baseline has the surveyed populations and sectors', () => {
    const { graph } = generateNetwork(m, { seed: 1 });
    const count = { hospital: 0, institution: 0, company: 0 } as Record<string, number>;
    let clinicians = 0;
    graph.forEachNode((_n, a) => {
      count[a.sector]!++;
      clinicians += Number(a.clinicians ?? 0);
    });
    expect(count).toEqual({ hospital: 2135, institution: 247, company: 100 });
    expect(clinicians).toBe(5142);
    graph.forEachEdge((_e, a) => expect(a.weight).toBeGreaterThan(0));
  });

  it('common random numbers: more AI departments only add departments', () => {
    const base = generateNetwork(model(), { seed: 3 }).graph;
    const more = generateNetwork(model({ 'ai-department-tertiary': 0.6, 'ai-department-secondary': 0.3 }), { seed: 3 }).graph;
    base.forEachNode((n, a) => {
      if (a.aiDepartment) expect(more.getNodeAttribute(n, 'aiDepartment')).toBe(true);
    });
  });
});

/** An arbitrary valid model: every mode and calibration, small scales, wide assumption ranges. */
const arbitraryModel = fc
  .record({
    scale: fc.double({ min: 0.02, max: 0.3, noNaN: true }),
    reconciliation: fc.constantFrom('balance', 'keep-institutions', 'keep-hospitals'),
    rhCalibration: fc.constantFrom('hospitals', 'healthcare-systems'),
    companies: fc.integer({ min: 1, max: 300 }),
    institutions: fc.oneof(fc.constant('auto' as const), fc.integer({ min: 1, max: 400 })),
    exponent: fc.double({ min: 0, max: 3, noNaN: true }),
    extraMean: fc.double({ min: 0.1, max: 8, noNaN: true }),
    rhCap: fc.integer({ min: 11, max: 60 }),
    rcCap: fc.integer({ min: 6, max: 60 }),
    pInst: fc.oneof(fc.constant('auto' as const), fc.double({ min: 0, max: 1, noNaN: true })),
    pComp: fc.oneof(fc.constant('auto' as const), fc.double({ min: 0, max: 1, noNaN: true })),
    ratio: fc.double({ min: 0, max: 5, noNaN: true }),
    ppc: fc.integer({ min: 1, max: 3 }),
    tertiary: fc.double({ min: 0, max: 1, noNaN: true }),
    seed: fc.integer(),
  })
  .map((r) => {
    const o: Record<string, AssumptionValue> = {
      reconciliation: r.reconciliation,
      'rh-calibration': r.rhCalibration,
      companies: r.companies,
      'company-popularity-exponent': r.exponent,
      'open-bin-extra-mean': r.extraMean,
      'rh-open-bin-cap': r.rhCap,
      'rc-open-bin-cap': r.rcCap,
      'clinician-institution-engagement': r.pInst,
      'clinician-company-engagement': r.pComp,
      'ai-department-engagement-ratio': r.ratio,
      'partners-per-engaged-clinician': r.ppc,
      'tertiary-share': r.tertiary,
    };
    if (r.reconciliation !== 'balance') o.institutions = r.institutions;
    return { overrides: o, scale: r.scale, seed: r.seed };
  });

describe('generateNetwork: properties (fast-check)', () => {
  it('simple graph, sectors right, degrees inside their bins, sums consistent', () => {
    fc.assert(
      fc.property(arbitraryModel, ({ overrides, scale, seed }) => {
        const m = model(overrides, scale);
        const rh = binsOf(m, 'research-hospital', 'institution');
        const rc = binsOf(m, 'research-company', 'institution');
        const mode = tieOf(m, 'research-hospital').reconciliation!.word;
        const companies = sectorOf(m, 'company').count;
        const { graph, record } = generateNetwork(m, { seed });
        const pairs = new Set<string>();
        const ends: Record<string, [string, string]> = {
          'research-hospital': ['institution', 'hospital'],
          'research-company': ['institution', 'company'],
          'hospital-company': ['hospital', 'company'],
        };
        graph.forEachEdge((_e, a, s, t, sa, ta) => {
          expect(s).not.toBe(t);
          const key = s < t ? `${s}|${t}` : `${t}|${s}`;
          expect(pairs.has(key)).toBe(false);
          pairs.add(key);
          expect([sa.sector, ta.sector].sort()).toEqual([...ends[a.type]!].sort());
          expect(a.weight).toBeGreaterThan(0);
        });
        let clinicians = 0;
        let rhFromHospitals = 0;
        let rhFromInstitutions = 0;
        let rhTargets = 0;
        graph.forEachNode((n, a) => {
          const degreeOf = (type: string) => graph.edges(n).filter((e) => graph.getEdgeAttribute(e, 'type') === type).length;
          if (a.sector === 'hospital') {
            expect(a.clinicians).toBeGreaterThanOrEqual(1);
            clinicians += a.clinicians as number;
            rhFromHospitals += degreeOf('research-hospital');
            let hcWeight = 0;
            graph.forEachEdge(n, (_e, ea) => {
              if (ea.type === 'hospital-company') hcWeight += ea.weight;
            });
            expect(hcWeight).toBe(a.engagedCompany);
          }
          if (a.sector === 'institution') {
            const k = degreeOf('research-hospital');
            rhFromInstitutions += k;
            const th = a.targetHospitals as number;
            const tc = a.targetCompanies as number;
            rhTargets += th;
            expect(binIndexOf(rh.bins, th)).toBeGreaterThanOrEqual(0);
            expect(binIndexOf(rc.bins, tc)).toBeGreaterThanOrEqual(0);
            if (mode !== 'keep-hospitals') expect(k).toBeLessThanOrEqual(th);
            expect(degreeOf('research-company')).toBeLessThanOrEqual(Math.min(tc, companies));
          }
        });
        expect(clinicians).toBe(sectorOf(m, 'hospital').respondents!.count);
        expect(rhFromHospitals).toBe(rhFromInstitutions);
        if (mode === 'keep-institutions') expect(rhTargets - rhFromInstitutions).toBe(record.ties['research-hospital']!.dropped);
      }),
      { numRuns: 60, seed: 20261124 },
    );
  });
});
