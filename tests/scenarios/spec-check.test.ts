import { describe, expect, it } from 'vitest';
import { checkSpec } from '../../src/scenarios/index.js';
import { parseWith, SpecSchema } from '../../src/schemas/index.js';
import { rawModel, spec, survey, inputErrorMessage } from '../helpers.js';

describe('checkSpec: bad input', () => {
  it('lists every problem: an option id, a tie type with no generator', () => {
    const m = rawModel();
    m.levers[0].moves[1].ceiling = { question: 'clinicians.collaboration-interest', option: 'enterprise' };
    m.tieTypes[1].reports.company = { kind: 'willing', share: 0.5, partners: 1, source: 's' };
    const text = inputErrorMessage(() => checkSpec(survey(), parseWith(SpecSchema, m, 'model.json'), 'model.json'));
    expect(text).toContain('model.json: levers.0.moves.1.ceiling: question "clinicians.collaboration-interest" has no option "enterprise"');
    expect(text).toContain('model.json: tieTypes.1: no generator for institution: bins, company: willing');
  });

  it('resolves every word of an enum assumption (a word naming a missing question is caught)', () => {
    const m = rawModel();
    m.assumptions['rh-calibration'].values['healthcare-systems'] = 'institutions.system-partner';
    const text = inputErrorMessage(() => checkSpec(survey(), parseWith(SpecSchema, m, 'model.json'), 'model.json'));
    expect(text).toContain('expected a question id of the survey, got "institutions.system-partner" (with rh-calibration = healthcare-systems)');
  });

  it('a threshold on a share outside [0, 1] is caught (it could never be crossed)', () => {
    const m = rawModel();
    const i = m.outcomes.thresholds.findIndex((x: { metric: string }) => /^(giant|isolate)_share\./.test(x.metric));
    m.outcomes.thresholds[i].value = 50;
    const text = inputErrorMessage(() => checkSpec(survey(), parseWith(SpecSchema, m, 'model.json'), 'model.json'));
    expect(text).toContain(`model.json: outcomes.thresholds.${i}.value: ${m.outcomes.thresholds[i].metric} is a share; expected a number in [0, 1], got 50`);
  });

  it('a reference to a missing assumption is caught by the schema, at its path', () => {
    const m = rawModel();
    m.tieTypes[0].reports.hospital.share = { assumption: 'clinician-engagment' };
    expect(inputErrorMessage(() => parseWith(SpecSchema, m, 'model.json'))).toContain('model.json: tieTypes.0.reports.hospital.share.assumption: unknown assumption "clinician-engagment"');
  });
});

describe('checkSpec: known answers', () => {
  it("the paper's spec: a generator per tie type, every question found", () => {
    const c = checkSpec(survey(), spec(), 'model.json');
    expect(c.generators).toEqual([
      { tieType: 'research-hospital', generator: 'bins-share' },
      { tieType: 'research-company', generator: 'bins-none' },
      { tieType: 'hospital-company', generator: 'share-none' },
      { tieType: 'research-research', generator: 'willing' },
      { tieType: 'hospital-hospital', generator: 'hub-and-spoke' },
    ]);
    expect(c.levers).toHaveLength(7);
    expect(new Set(c.questions.map((q) => q.question)).size).toBe(10); // 9 + the Results text's reading of institutions' partner companies (rc-bin-edges)
  });
});
