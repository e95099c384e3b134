import { describe, expect, it } from 'vitest';
import { generateNetwork } from '../../src/generator/index.js';
import { toGraphml } from '../../src/formats/index.js';
import { leverCatalog, leverNames, scenarioModel } from '../../src/scenarios/index.js';
import { rowShare, withZeroShare } from '../../src/model/index.js';
import { InputError } from '../../src/errors.js';
import { binsOf, scenarioBase, sectorOf, shareOf } from '../helpers.js';

const base = scenarioBase();
const catalog = leverCatalog(base.survey, base.spec, base.baseline);
const at = (levers: Parameters<typeof scenarioModel>[2], t: number) => scenarioModel(base, catalog, levers, t);
const assumption = (m: ReturnType<typeof at>, name: string) => m.assumptions.find((a) => a.name === name)!.value;

describe('levers: bad input', () => {
  it('refuses unknown ceiling keys and ceilings out of range', () => {
    expect(() => leverCatalog(base.survey, base.spec, base.baseline, { 'clinician-engagement.institutions': 0.5 })).toThrow(InputError);
    expect(() => leverCatalog(base.survey, base.spec, base.baseline, { 'clinician-engagement.institution': 1.5 })).toThrow(/expected a number in \[0, 1\]/);
  });

  it('refuses a ceiling read from an assumption or a survey row that lies outside its move\'s range', () => {
    const spec = structuredClone(base.spec);
    const move = spec.levers[0]!.moves[0]!;
    move.ceiling = { assumption: 'companies' };
    expect(() => leverCatalog(base.survey, spec, base.baseline)).toThrow(/levers\.0\.moves\.0\.ceiling: .* gives 100; expected a number in \[0, 1\] \(the move's range\)/);
    const narrow = structuredClone(base.spec);
    narrow.levers[0]!.moves[1]!.range = [0, 0.2];
    expect(() => leverCatalog(base.survey, narrow, base.baseline)).toThrow(/levers\.0\.moves\.1\.ceiling: .* gives 0\.5; expected a number in \[0, 0\.2\]/);
    // --ceiling in range overrides the spec's out-of-range reading
    expect(() => leverCatalog(base.survey, narrow, base.baseline, { 'clinician-engagement.company': 0.15 })).not.toThrow();
  });

  it('refuses a move of an assumption that sets a sector population (held in every scenario: the move did nothing)', () => {
    const spec = structuredClone(base.spec);
    const move = spec.levers[0]!.moves[0]!;
    move.path = 'assumptions.companies';
    move.range = [1, 100000];
    move.ceiling = 5000;
    const at = spec.sectors.findIndex((s) => typeof s.population === 'object' && 'assumption' in s.population && s.population.assumption === 'companies');
    expect(() => leverCatalog(base.survey, spec, base.baseline)).toThrow(new RegExp(`levers\\.0\\.moves\\.0\\.path: "assumptions\\.companies" sets the population of .* \\(sectors\\.${at}\\.population\\), which a scenario holds`));
  });

  it('a ceiling that is not a share is shown as itself, not as a percentage', () => {
    const part = catalog.flatMap((l) => l.parts).find((p) => !p.share)!;
    expect(part, 'the paper has a lever moving a quantity that is not a share').toBeDefined();
    expect(part.source).not.toMatch(/%/);
    expect(part.cited).toBe(part.ceiling);
  });

  it('refuses a move whose path is not a quantity of the spec', () => {
    const spec = structuredClone(base.spec);
    spec.levers[0]!.moves[0]!.path = 'assumptions.clinician-institution-engagment';
    expect(() => leverCatalog(base.survey, spec, base.baseline)).toThrow(/not a movable quantity of the spec \(did you mean "assumptions.clinician-institution-engagement"\?\)/);
  });
});

describe('levers: grounded in the paper', () => {
  it('every lever names its source, what it keeps and what it gives up', () => {
    expect(catalog.map((l) => l.name)).toEqual(leverNames(base.spec));
    for (const l of catalog) {
      expect(l.keeps.length + l.givesUp.length).toBeGreaterThan(10);
      for (const p of l.parts) expect(p.source.length).toBeGreaterThan(10);
    }
  });

  it('a ceiling that cites a survey row by question and option id is that row share (or 1 − it), unless held for lack of room', () => {
    let cited = 0;
    base.spec.levers.forEach((l, i) =>
      l.moves.forEach((m, j) => {
        if (typeof m.ceiling !== 'object' || !('question' in m.ceiling)) return;
        cited++;
        const part = catalog[i]!.parts[j]!;
        const share = rowShare(base.survey, m.ceiling.question, m.ceiling.option, 'test', 'test');
        if (part.held === null) expect(m.complement ? 1 - part.ceiling : part.ceiling, part.key).toBeCloseTo(share, 12);
        else expect(part.ceiling, part.key).toBe(part.baseline);
        expect(part.cited, part.key).toBeCloseTo(m.complement ? 1 - share : share, 12);
        // The row in words (table, question, option), its number once: in the lever's line, not in the source.
        expect(part.source, part.key).toMatch(/^(1 − )?Table \d+, ".+": ".+"$/);
      }),
    );
    expect(cited).toBeGreaterThanOrEqual(6);
  });

  it('ceilings come from the survey rows by question and option id, or named assumptions', () => {
    const part = (key: string) => catalog.flatMap((l) => l.parts).find((p) => p.key === key)!;
    expect(part('clinician-engagement.institution')).toMatchObject({ ceiling: 0.88 });
    expect(part('clinician-engagement.company').baseline).toBeCloseTo(0.08, 12);
    expect(part('clinician-engagement.company').ceiling).toBe(0.5);
    expect(part('institution-hospital-ties.zero-share')).toMatchObject({ baseline: 0.31, ceiling: 0.25 });
    expect(part('institution-institution-ties.willing')).toMatchObject({ baseline: 0, ceiling: 0.71 });
  });

  it('the re-read ceilings: multi-center is an assumption; the platform uses the direct rows; no room for institution–company ties', () => {
    const part = (key: string) => catalog.flatMap((l) => l.parts).find((p) => p.key === key)!;
    expect(part('multi-center-networks.share').ceiling).toBe(0.5);
    expect(part('multi-center-networks.share').source).toContain('hospitals in a multi-center network at most');
    expect(part('multi-center-networks.share').source).not.toContain('multi-center-ceiling');
    expect(part('matchmaking-platform.company').ceiling).toBe(0.5);
    // 1 − 51% = 49% without a company partner, above today's 47%: held at the baseline.
    expect(part('institution-company-ties.zero-share').ceiling).toBe(part('institution-company-ties.zero-share').baseline);
    expect(part('institution-company-ties.zero-share').held).toContain('no room');
  });

  it('a ceiling source reads as words: no assumption id, spec path or question id, no number (issue 14)', () => {
    const ids = [...Object.keys(base.spec.assumptions).filter((id) => id.includes('-')), ...base.spec.levers.flatMap((l) => l.moves.flatMap((m) => (typeof m.ceiling === 'object' && 'question' in m.ceiling ? [String(m.ceiling.question)] : [])))];
    for (const p of catalog.flatMap((l) => l.parts)) {
      for (const id of ids) expect(p.source, p.key).not.toContain(id);
      expect(p.source, p.key).not.toMatch(/\d%|#|\(default:/);
    }
  });

  it('t = 0 is the baseline, byte for byte', () => {
    for (const lever of leverNames(base.spec)) {
      const m = at([{ lever }], 0);
      expect(toGraphml(generateNetwork(m, { seed: 4 }).graph), lever).toBe(toGraphml(generateNetwork(base.baseline, { seed: 4 }).graph));
    }
  });

  it('t = 1 is the ceiling; t = 0.5 half way; strength scales t', () => {
    expect(shareOf(at([{ lever: 'clinician-engagement' }], 1), 'research-hospital', 'hospital')).toBe(0.88);
    expect(shareOf(at([{ lever: 'clinician-engagement' }], 0.5), 'hospital-company', 'hospital')).toBeCloseTo(0.29, 12);
    expect(shareOf(at([{ lever: 'clinician-engagement', strength: 2 }], 0.5), 'hospital-company', 'hospital')).toBeCloseTo(0.5, 12);
    expect(shareOf(at([{ lever: 'clinician-engagement', t: 0.25 }], 1), 'hospital-company', 'hospital')).toBeCloseTo(0.185, 12);
  });

  it('two levers on one quantity: the larger move wins', () => {
    const m = at([{ lever: 'clinician-engagement' }, { lever: 'matchmaking-platform' }], 1);
    expect(shareOf(m, 'hospital-company', 'hospital')).toBe(0.5);
    expect(assumption(m, 'company-popularity-exponent')).toBe(0);
  });

  it('moving the zero bin rescales the others and the mean', () => {
    const rh = binsOf(base.baseline, 'research-hospital', 'institution');
    const d = withZeroShare(rh, 0.25);
    expect(d.bins.map((b) => b.share).reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
    expect(d.bins[1]!.share).toBeCloseTo((0.33 * 0.75) / 0.69, 12);
    expect(d.mean).toBeGreaterThan(rh.mean);
  });

  it('the institution population is held at the baseline value', () => {
    expect(sectorOf(at([{ lever: 'clinician-engagement' }], 1), 'institution').count).toBe(sectorOf(base.baseline, 'institution').count);
  });
});
