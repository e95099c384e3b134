import { describe, expect, it } from 'vitest';
import { checkSurvey } from '../../src/survey/index.js';
import { spec, survey } from '../helpers.js';

describe('checkSurvey', () => {
  const report = checkSurvey(survey(), spec());
  const find = (question: string, kind?: string) => report.findings.filter((f) => f.question === question && (kind === undefined || f.kind === kind));

  it('flags nothing on a tight tolerance it should not (blocks summing to exactly 100%)', () => {
    expect(find('institutions.hospital-partners', 'sum')).toEqual([]);
    expect(find('clinicians.structured-reporting')).toEqual([]);
  });

  it("lists DESIGN.md's four named discrepancies", () => {
    // Table 6 'Collaboration with industry': rows about healthcare systems, summing to 103%.
    expect(find('institutions.system-partners', 'sum')[0]?.detail).toContain('sum to 103% (50% + 39% + 12% + 2%)');
    expect(find('institutions.system-partners', 'label')).toHaveLength(1);
    // Table 5 awards: 70% vs 7%.
    expect(find('institutions.achievements', 'value')[0]?.detail).toContain('table 70%, text 7%');
    // Table 7: 35% vs 30%.
    expect(find('institutions.data-security', 'value')[0]?.detail).toContain('table 35%, text 30%');
    // Table 10: five values differ.
    expect(find('institutions.resources-from-hospitals', 'value')).toHaveLength(5);
  });

  it('finds the others in the paper', () => {
    expect(find('institutions.data-sharing', 'attribution')).toHaveLength(1);
    expect(find('institutions.data-sharing', 'value')).toHaveLength(3);
    expect(find('institutions.company-partners', 'bin')).toHaveLength(1);
    expect(find('hospitals.ai-department', 'internal')).toHaveLength(1);
    expect(find('clinicians.research-involvement', 'sum')[0]?.detail).toContain('100.7%');
    expect(find('hospitals.ai-engineers', 'sum')).toHaveLength(1);
    expect(report.findings.length).toBeGreaterThanOrEqual(25);
  });

  it('says which value the model uses', () => {
    expect(find('institutions.system-partners', 'sum')[0]?.modelUses).toBe('spec reads it at assumptions.rh-calibration.values.healthcare-systems: shares renormalized to 100%');
    expect(find('institutions.achievements', 'value')[0]?.modelUses).toBe('not read by the spec; reported value: text (7%)');
  });

  it('honours the tolerance', () => {
    const loose = checkSurvey(survey(), spec(), { tolerance: 0.05 });
    expect(loose.findings.some((f) => f.question === 'clinicians.research-involvement' && f.kind === 'sum')).toBe(false);
    expect(loose.findings.some((f) => f.question === 'institutions.system-partners' && f.kind === 'sum')).toBe(false);
  });
});
