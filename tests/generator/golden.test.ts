import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateNetwork } from '../../src/generator/index.js';
import { resolveModel } from '../../src/model/index.js';
import { ROOT, paperSpec, survey } from '../helpers.js';

/**
 * The same spec + seed gives the same network bytes as the code before the spec redesign
 * (hashes recorded from commit 024525f by the cases below, in tests/fixtures/golden-networks.json).
 */
const golden = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/golden-networks.json'), 'utf8')) as { networks: { case: string; seed: number; sha256: string }[] };

// The old code's lever parameters, as spec paths.
const PATH: Record<string, string> = {
  'engagement.institution': 'assumptions.clinician-institution-engagement',
  'engagement.company': 'assumptions.clinician-company-engagement',
  'ai-department.tertiary': 'assumptions.ai-department-tertiary',
  'ai-department.secondary': 'assumptions.ai-department-secondary',
  'institution-institution.willing': 'tieTypes.research-research.reports.institution.share',
  'multi-center.share': 'tieTypes.hospital-hospital.structure.share',
  'rh.zero-share': 'tieTypes.research-hospital.reports.institution.zeroShare',
  'rc.zero-share': 'tieTypes.research-company.reports.institution.zeroShare',
  'company-popularity-exponent': 'assumptions.company-popularity-exponent',
};

const CASES: Record<string, { overrides: Record<string, string | number>; scale?: number; values?: Record<string, number> }> = {
  baseline: { overrides: {} },
  'keep-institutions': { overrides: { reconciliation: 'keep-institutions' } },
  'keep-hospitals': { overrides: { reconciliation: 'keep-hospitals' } },
  'healthcare-systems-scale-0.5': { overrides: { 'rh-calibration': 'healthcare-systems' }, scale: 0.5 },
  moves: { overrides: {}, values: { 'engagement.institution': 0.3, 'engagement.company': 0.3, 'ai-department.tertiary': 0.8, 'ai-department.secondary': 0.5, 'institution-institution.willing': 0.4, 'multi-center.share': 0.6, 'rh.zero-share': 0.1, 'rc.zero-share': 0.2, 'company-popularity-exponent': 0.3 } },
  'moves-low': { overrides: {}, values: { 'ai-department.tertiary': 1, 'ai-department.secondary': 1, 'multi-center.share': 0.9 } },
};

describe('seed-for-seed determinism across the spec redesign', () => {
  const s = survey();
  const spec = paperSpec();
  for (const net of golden.networks) {
    it(`${net.case}, seed ${net.seed}: the same bytes as before`, () => {
      const c = CASES[net.case]!;
      const overrides = Object.fromEntries(Object.entries(c.overrides).map(([k, v]) => [k, { value: v, origin: 'test' }]));
      let model = resolveModel(s, spec, { scale: c.scale ?? 1, overrides });
      if (c.values) {
        const moves = Object.fromEntries(Object.entries(c.values).map(([k, v]) => [PATH[k]!, v]));
        model = resolveModel(s, spec, { scale: c.scale ?? 1, overrides, moves, hold: Object.fromEntries(model.sectors.map((x) => [x.id, x.count])) });
      }
      const { graph } = generateNetwork(model, { seed: net.seed });
      expect(createHash('sha256').update(JSON.stringify(graph.export())).digest('hex')).toBe(net.sha256);
    });
  }
});
