// The semantic checks of a spec (src/scenarios/spec-check.ts), beyond its schema: outcomes name
// figures the networks have, populations are whole numbers ≥ 1, open-bin caps' ranges stay above
// their bins under every calibration. Each of these was accepted before (gaps found re-walking issue 12).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveModel } from '../../src/model/index.js';
import { checkSpec, networkFiguresFor } from '../../src/scenarios/index.js';
import { figureNames } from '../../src/scenarios/figure-names.js';
import { parseWith, SpecSchema, SurveySchema, type Spec, type Survey } from '../../src/schemas/index.js';
import { inputErrorMessage, paperSpec, rawModel, ROOT, survey } from '../helpers.js';

const EX = join(ROOT, 'data/examples/innovation');
const rawExample = () => JSON.parse(readFileSync(join(EX, 'spec.json'), 'utf8'));
const exampleSurvey = (): Survey => parseWith(SurveySchema, JSON.parse(readFileSync(join(EX, 'survey.json'), 'utf8')), 'survey.json');
const asSpec = (raw: unknown): Spec => parseWith(SpecSchema, raw, 'my-spec.json');
const check = (raw: unknown, s: Survey = exampleSurvey()) => inputErrorMessage(() => checkSpec(s, asSpec(raw), 'my-spec.json'));

describe('spec check: outcomes name figures of the spec', () => {
  it('a typo in a key figure is refused with its place and the nearest name', () => {
    const raw = rawExample();
    raw.outcomes.keyFigures[0].metric = 'giant_shar.sme';
    expect(check(raw)).toContain('my-spec.json: outcomes.keyFigures.0.metric: "giant_shar.sme" is not a network figure of this spec (did you mean "giant_share.sme"?)');
  });

  it('a figure of an unknown family, a threshold typo and reach without reachFrom are refused', () => {
    const raw = rawExample();
    raw.outcomes.keyFigures[1].metric = 'isolation.sme';
    raw.outcomes.thresholds[0].metric = 'isolate_share.smes';
    expect(check(raw)).toContain('outcomes.keyFigures.1.metric: "isolation.sme" is not a network figure');
    expect(check(raw)).toContain('outcomes.thresholds.0.metric: "isolate_share.smes" is not a network figure');
    const noReach = rawExample();
    delete noReach.outcomes.reachFrom;
    expect(check(noReach)).toContain('outcomes.keyFigures.2.metric: "reach_2.university" is not a network figure');
  });

  it('the list matches the figures a generated network has, for both shipped specs', () => {
    const ex = asSpec(rawExample());
    const m = resolveModel(exampleSurvey(), ex, { scale: 0.5 });
    expect(new Set(Object.keys(networkFiguresFor(m, 1, 16)))).toEqual(figureNames(ex));
    const paper = paperSpec();
    const names = figureNames(paper);
    for (const k of paper.outcomes.keyFigures) expect(names.has(k.metric)).toBe(true);
  });
});

describe('spec check: populations are whole numbers ≥ 1', () => {
  for (const [pop, shown] of [[0, '0'], [-3, '-3'], [2.5, '2.5']] as const)
    it(`a population of ${shown} is refused, not rounded`, () => {
      const raw = rawExample();
      raw.sectors[3].population = pop;
      expect(check(raw)).toContain(`my-spec.json: sectors.3.population: expected a whole number ≥ 1 of government labs, got ${shown}`);
    });

  it('a population from an assumption and a respondent count are checked the same way', () => {
    const raw = rawExample();
    raw.assumptions.smes.type = 'number';
    raw.assumptions.smes.default = 330.5;
    expect(check(raw)).toContain('sectors.1.population: expected a whole number ≥ 1 of SMEs, got 330.5');
    const r = rawExample();
    r.sectors[2].respondents.count = 0;
    expect(check(r)).toContain('sectors.2.respondents.count: expected a whole number ≥ 1 of R&D managers, got 0');
  });
});

describe('spec check: open-bin caps and their ranges', () => {
  it('a cap range whose low end lies below an open bin of any calibration is refused', () => {
    const raw = rawModel();
    raw.assumptions['rh-open-bin-cap'].range = [10, 40];
    expect(inputErrorMessage(() => checkSpec(survey(), parseWith(SpecSchema, raw, 'model.json'), 'model.json'))).toMatch(
      /model\.json: assumptions\.rh-open-bin-cap\.range: the low end 10 lies below the open bin ".*" of institutions\.system-partners \(it starts at 11\).*expected a range starting at 11 or more/,
    );
  });

  it('the shipped specs pass', () => {
    expect(() => checkSpec(survey(), paperSpec(), 'model.json')).not.toThrow();
    expect(() => checkSpec(exampleSurvey(), asSpec(rawExample()), 'spec.json')).not.toThrow();
  });
});

describe("the paper's spec: every word of every enum assumption changes the model", () => {
  it('no assumption is a label with no effect (institution-node was: the unit of analysis is now stated in sectors.institution.respondents.node)', () => {
    const s = survey();
    const paper = paperSpec();
    const strip = (m: ReturnType<typeof resolveModel>) => JSON.stringify({ ...m, assumptions: [] });
    for (const [name, a] of Object.entries(paper.assumptions)) {
      if (a.type !== 'enum') continue;
      const seen = new Set<string>();
      for (const w of Object.keys(a.values)) {
        try {
          seen.add(strip(resolveModel(s, paper, { overrides: { [name]: { value: w, origin: 'test' } } })));
        } catch {
          seen.add(`refused under ${w}`);
        }
      }
      expect(seen.size, name).toBe(Object.keys(a.values).length);
    }
    expect(paper.sectors.find((x) => x.respondents?.node?.includes('no count of respondents per institution'))).toBeDefined();
  });
});

describe('the example folder can be copied elsewhere', () => {
  it('its "$schema" names a schema file inside the folder, the one `spec schema` prints', async () => {
    const { specJsonSchema } = await import('../../src/schemas/index.js');
    const raw = rawExample();
    expect(raw.$schema).toBe('spec.schema.json');
    expect(JSON.parse(readFileSync(join(EX, raw.$schema), 'utf8'))).toEqual(specJsonSchema());
  });
});
