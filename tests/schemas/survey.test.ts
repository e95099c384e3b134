import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { parseJsonText, parseWith, SurveySchema } from '../../src/schemas/index.js';
import { rawSurvey, survey } from '../helpers.js';

function problems(value: unknown): string[] {
  try {
    parseWith(SurveySchema, value, 'survey.json');
  } catch (err) {
    if (err instanceof InputError) return err.problems;
    throw err;
  }
  return [];
}

describe('survey.json schema: bad input', () => {
  it('names the file, the path and what was expected for a share written as text', () => {
    const s = rawSurvey();
    s.tables['6'].questions[0].options[2].share = '31%';
    expect(problems(s)).toContain('survey.json: tables.6.questions.0.options.2.share: expected a number in [0, 1], got "31%"');
  });

  it('rejects shares outside [0, 1]', () => {
    const s = rawSurvey();
    s.tables['1'].questions[0].options[0].share = 1.2;
    s.tables['1'].questions[0].options[1].share = -0.1;
    const p = problems(s);
    expect(p.some((l) => l.includes('tables.1.questions.0.options.0.share: expected a number in [0, 1], got 1.2'))).toBe(true);
    expect(p.some((l) => l.includes('tables.1.questions.0.options.1.share: expected a number in [0, 1], got -0.1'))).toBe(true);
  });

  it('rejects negative and fractional counts', () => {
    const s = rawSurvey();
    s.groups.clinicians.hospitals = -2135;
    s.groups.institutions.responses = 120.5;
    const p = problems(s);
    expect(p).toContain('survey.json: groups.clinicians.hospitals: expected a whole number ≥ 1, got -2135');
    expect(p).toContain('survey.json: groups.institutions.responses: expected a whole number ≥ 1, got 120.5');
  });

  it('rejects a single-choice block far from 100%', () => {
    const s = rawSurvey();
    s.tables['6'].questions[0].options[0].share = 0.61; // 31% → 61%: sums to 130%
    expect(problems(s).some((l) => l.startsWith('survey.json: tables.6.questions.0.options: expected single-choice shares summing to 100%') && l.includes('130.0%'))).toBe(true);
  });

  it('accepts a single-choice block a little off 100% (Table 6 sums to 103%)', () => {
    expect(problems(rawSurvey())).toEqual([]);
  });

  it('rejects bins whose max is below min, duplicate ids and unknown keys', () => {
    const s = rawSurvey();
    s.tables['6'].questions[0].options[2].bin = { min: 5, max: 2 };
    s.tables['6'].questions[1].id = s.tables['6'].questions[0].id;
    s.tables['2'].questions[0].shares = [];
    const p = problems(s);
    expect(p.some((l) => l.includes('tables.6.questions.0.options.2.bin.max: expected max ≥ min'))).toBe(true);
    expect(p.some((l) => l.includes('tables.6.questions.1.id: expected a unique id'))).toBe(true);
    expect(p.some((l) => l.includes('tables.2.questions.0: unknown key "shares"'))).toBe(true);
  });

  it('reports malformed JSON with line and column', () => {
    expect(() => parseJsonText('{\n  "a": 1,\n  "b": }\n', 'survey.json')).toThrow('survey.json: line 3, column 8: malformed JSON (value expected)');
    expect(() => parseJsonText('', 'survey.json')).toThrow('survey.json: the file is empty; expected JSON');
  });
});

describe('survey.json against the paper', () => {
  const s = survey();
  const q = (id: string) => [...Object.values(s.tables).flatMap((t) => t.questions), ...s.results].find((x) => x.id === id)!;
  const shares = (id: string) => q(id).options.map((o) => o.share);

  it('has every table 1–10 and the group sizes from the text', () => {
    expect(Object.keys(s.tables).sort((a, b) => +a - +b)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(s.groups.clinicians).toMatchObject({ distributed: 5148, responses: 5142, hospitals: 2135, regions: 31 });
    expect(s.groups.institutions).toMatchObject({ responses: 120, regions: 19 });
    expect(s.groups.industry.responses).toBeNull();
  });

  it('Table 1: engagement and research involvement', () => {
    expect(shares('clinicians.collaboration')).toEqual([0.84, 0.92]);
    expect(shares('clinicians.research-involvement')).toEqual([0.74, 0.21, 0.04, 0.008, 0.005, 0.004]);
    expect(shares('clinicians.structured-reporting')).toEqual([0.47, 0.43, 0.1]);
  });

  it('Table 6: every block, with integer bins', () => {
    expect(shares('institutions.hospital-partners')).toEqual([0.31, 0.33, 0.31, 0.05]);
    expect(q('institutions.hospital-partners').options.map((o) => o.bin)).toEqual([
      { min: 0, max: 0 },
      { min: 1, max: 1 },
      { min: 2, max: 5 },
      { min: 6, max: null },
    ]);
    expect(shares('institutions.data-access')).toEqual([0.33, 0.22, 0.26, 0.13, 0.06]);
    expect(shares('institutions.system-partners')).toEqual([0.5, 0.39, 0.12, 0.02]);
    expect(shares('institutions.company-partners')).toEqual([0.47, 0.43, 0.1]);
  });

  it('keeps both values where the text and a table disagree', () => {
    const awards = q('institutions.achievements').options.find((o) => o.label.startsWith('Received'))!;
    expect([awards.share, awards.text?.share]).toEqual([0.7, 0.07]);
    const security = q('institutions.data-security').options[0]!;
    expect([security.share, security.text?.share]).toEqual([0.35, 0.3]);
    const hospitals = q('institutions.resources-from-hospitals').options.slice(1);
    expect(hospitals.map((o) => o.share)).toEqual([0.05, 0.165, 0.134, 0.174, 0.164]);
    expect(hospitals.map((o) => o.text?.share)).toEqual([0.56, 0.53, 0.47, 0.46, 0.39]);
  });

  it('Tables 4 and 10: stated interest (the scenario ceilings)', () => {
    expect(shares('clinicians.collaboration-interest')).toEqual([0.88, 0.5, 0.25]);
    expect(shares('institutions.collaboration-interest')).toEqual([0.75, 0.71, 0.51, 0.27, 0.17]);
    expect(shares('institutions.desired-support')).toEqual([0.69, 0.66, 0.64]);
  });

  it('Results text: AI departments by tier and team sizes', () => {
    expect(shares('hospitals.ai-department-by-tier')).toEqual([0.27, 0.08]);
    expect(shares('institutions.team-size')).toEqual([0.3, 0.19, 0.23, 0.28]);
  });
});
