// A tie type within one sector whose nodes report a binned count of partners of their own sector
// (e.g. institution–institution): configuration model on one side. It crashed before (exit 1,
// "an edge linking … already exists"): the bins × none generator drew partners in its own sector.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitReport } from '../../src/fit/fit-report.js';
import { generateNetwork, generatorKind } from '../../src/generator/index.js';
import { resolveModel } from '../../src/model/index.js';
import { checkSpec } from '../../src/scenarios/index.js';
import { parseWith, SpecSchema, SurveySchema } from '../../src/schemas/index.js';
import { inputErrorMessage, ROOT } from '../helpers.js';

const EX = join(ROOT, 'data/examples/innovation');
const survey = () => parseWith(SurveySchema, JSON.parse(readFileSync(join(EX, 'survey.json'), 'utf8')), 'survey.json');
function withinSpec(kind: 'bins' | 'share' = 'bins') {
  const raw = JSON.parse(readFileSync(join(EX, 'spec.json'), 'utf8'));
  const report =
    kind === 'bins'
      ? { kind: 'bins', distribution: { question: 'universities.sme-partners', openBinExtraMean: 1.5, openBinCap: 15 }, attribute: 'uniPartners', source: 'made-up: universities partner universities like SMEs' }
      : { kind: 'share', share: 0.3, partners: 1, attribute: 'withUni', what: 'a university partner', source: 'made-up' };
  raw.tieTypes.push({ id: 'university-university', label: 'university–university', ends: ['university', 'university'], weight: { kind: 'constant', value: 1 }, reports: { university: report } });
  return parseWith(SpecSchema, raw, 'within.json');
}

describe('generator: bins within one sector', () => {
  it('a share report within one sector has no generator: refused with what is expected', () => {
    expect(inputErrorMessage(() => checkSpec(survey(), withinSpec('share'), 'within.json'))).toContain(
      'within.json: tieTypes.3: no generator for university: share; expected bins × share, bins × none, share × none, bins × bins between two sectors; "bins" or "willing" within one sector',
    );
  });

  it('is chosen for a bins report within one sector', () => {
    const m = resolveModel(survey(), withinSpec(), { file: 'within.json' });
    expect(generatorKind(m.ties[3]!)).toBe('bins-within');
  });

  it('builds a simple graph whose degrees follow the reported bins, seed for seed', () => {
    const m = resolveModel(survey(), withinSpec(), { file: 'within.json', scale: 10 });
    const a = generateNetwork(m, { seed: 3 });
    const b = generateNetwork(m, { seed: 3 });
    expect(JSON.stringify(a.graph.export())).toBe(JSON.stringify(b.graph.export()));
    let within = 0;
    a.graph.forEachEdge((_e, attrs, s, t) => {
      if (attrs.type !== 'university-university') return;
      within++;
      expect(s).not.toBe(t);
      expect(s.startsWith('U') && t.startsWith('U')).toBe(true);
    });
    const stats = a.record.ties['university-university']!;
    expect(within * 2 + stats.dropped).toBe(stats.wanted.university);
    expect(stats.dropped).toBeLessThanOrEqual(3);
    const side = fitReport(a.graph, m, a.record).sides.find((s) => s.tieType === 'university-university')!;
    expect(side.tvd).toBeLessThan(0.05);
    expect(side.realized).toBeCloseTo(side.requested, 0);
  });
});
