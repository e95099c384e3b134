import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateNetwork, generatorKind } from '../../src/generator/index.js';
import { resolveModel } from '../../src/model/index.js';
import { parseWith, SpecSchema, SurveySchema } from '../../src/schemas/index.js';
import { ROOT } from '../helpers.js';

const dir = join(ROOT, 'data/examples/innovation');
const rawSpec = () => JSON.parse(readFileSync(join(dir, 'spec.json'), 'utf8'));
const survey = parseWith(SurveySchema, JSON.parse(readFileSync(join(dir, 'survey.json'), 'utf8')), 'survey.json');
const build = (raw: unknown, seed = 3) => generateNetwork(resolveModel(survey, parseWith(SpecSchema, raw, 'spec.json')), { seed });
const pairsOf = (g: ReturnType<typeof build>['graph'], type: string) => g.filterEdges((_e, a) => a.type === type).map((e) => [g.source(e), g.target(e)].sort().join('|')).sort();

describe('generators chosen by the pair of report kinds', () => {
  it('the order of a tie type\'s ends does not change its ties', () => {
    const flipped = rawSpec();
    flipped.tieTypes[1].ends = ['large-firm', 'gov-lab'];
    const a = build(rawSpec()).graph;
    const b = build(flipped).graph;
    expect(pairsOf(b, 'lab-firm')).toEqual(pairsOf(a, 'lab-firm'));
    expect(pairsOf(b, 'lab-firm').length).toBeGreaterThan(0);
  });

  it('bins × bins: a configuration model, simple, every node within its drawn count', () => {
    const raw = rawSpec();
    raw.tieTypes[1].reports['large-firm'] = { kind: 'bins', distribution: { question: 'labs.firm-partners', openBinExtraMean: 1, openBinCap: 8 }, attribute: 'labPartners', source: 'stand-in for a firms question (test)' };
    expect(generatorKind({ ends: ['gov-lab', 'large-firm'], reports: raw.tieTypes[1].reports, structure: null })).toBe('bins-bins');
    const { graph, record } = build(raw);
    const seen = new Set<string>();
    graph.forEachEdge((_e, a, s, t) => {
      if (a.type !== 'lab-firm') return;
      expect(seen.has([s, t].sort().join('|'))).toBe(false);
      seen.add([s, t].sort().join('|'));
    });
    graph.forEachNode((n, a) => {
      const k = graph.edges(n).filter((e) => graph.getEdgeAttribute(e, 'type') === 'lab-firm').length;
      if (a.sector === 'gov-lab') expect(k).toBeLessThanOrEqual(a.firmPartners as number);
      if (a.sector === 'large-firm') expect(k).toBeLessThanOrEqual(a.labPartners as number);
    });
    const stats = record.ties['lab-firm']!;
    expect(seen.size * 2 + stats.dropped).toBe(stats.wanted['gov-lab']! + stats.wanted['large-firm']!);
  });

  it('a tie type no generator covers is refused with what its sides report', () => {
    const raw = rawSpec();
    raw.tieTypes[2].reports['large-firm'] = { kind: 'share', share: 0.1, partners: 1, attribute: 'withSme', what: 'an SME partner', source: 's' };
    expect(() => build(raw)).toThrow(/tie type "sme-firm": no generator for what its sides report \(sme: share, large-firm: share\)/);
  });
});
