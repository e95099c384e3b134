import { describe, expect, it } from 'vitest';
import { resolveModel } from '../../src/model/index.js';
import { generateNetwork, expectedTies } from '../../src/generator/index.js';
import { SpecSchema, parseWith } from '../../src/schemas/index.js';
import { impliedOf, rawModel, sectorOf, survey } from '../helpers.js';

/** The paper's model with half of the institutions willing to partner other institutions. */
function withinSectorModel() {
  const raw = rawModel();
  const tie = raw.tieTypes.find((t: { id: string }) => t.id === 'research-research');
  tie.reports.institution.share = 0.5;
  return resolveModel(survey(), parseWith(SpecSchema, raw, 'model.json'), { file: 'model.json' });
}

describe('implied tie totals within one sector', () => {
  it('does not count a within-sector tie twice (each tie takes a partner slot at both ends)', () => {
    const m = withinSectorModel();
    const n = sectorOf(m, 'institution').count;
    const partners = (m.ties.find((t) => t.id === 'research-research')!.reports.institution as { partners: number }).partners;
    expect(impliedOf(m, 'research-research', 'institution')).toBeCloseTo((n * 0.5 * partners) / 2, 9);
    expect(m.implied['research-research']![0]!.note).toContain('÷ 2');
    expect(expectedTies(m)['research-research']).toBeCloseTo((n * 0.5 * partners) / 2, 9);
  });

  it('matches the edges the generator makes (mean of 20 seeds within 10%)', () => {
    const m = withinSectorModel();
    let edges = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const { graph } = generateNetwork(m, { seed });
      graph.forEachEdge((_e, a) => {
        if (a.type === 'research-research') edges++;
      });
    }
    const implied = impliedOf(m, 'research-research', 'institution')!;
    expect(Math.abs(edges / 20 - implied) / implied).toBeLessThan(0.1);
  });
});
