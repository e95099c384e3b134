import { binMean, type DegreeDistribution } from '../model/bins.js';
import type { ImpliedTotals, ResolvedModel } from '../model/resolve.js';
import type { LeverParameter } from './levers.js';

/** Moves the share of the zero bin to `zero`, scaling every other bin so the shares still sum to 1. */
export function withZeroShare(dist: DegreeDistribution, zero: number): DegreeDistribution {
  const i0 = dist.bins.findIndex((b) => b.min === 0 && b.max === 0);
  if (i0 < 0) return dist;
  const rest = 1 - dist.bins[i0]!.share;
  const bins = dist.bins.map((b, i) => ({ ...b, share: i === i0 ? zero : rest > 0 ? (b.share * (1 - zero)) / rest : (1 - zero) / (dist.bins.length - 1) }));
  return { ...dist, bins, mean: bins.reduce((s, b) => s + b.share * binMean(b, dist.extraMean), 0) };
}

/** Expected engagement multiplier at the model's current AI-department shares (1 at the reported ones). */
export function engagementFactor(model: ResolvedModel): number {
  const f = model.engagement.clinicianTertiaryShare;
  const share = f * model.aiDepartment.tertiary + (1 - f) * model.aiDepartment.secondary;
  return (1 + (model.aiDepartment.engagementRatio - 1) * share) / model.engagement.normalizer;
}

/** Expected tie totals of each side for a (possibly adjusted) model; the institution count is held. */
export function impliedTotals(model: ResolvedModel): ImpliedTotals {
  const factor = engagementFactor(model);
  return {
    researchHospital: {
      institutionSide: model.institutions * model.rh.mean,
      institutionSideAtRespondents: model.institutionRespondents * model.scale * model.rh.mean,
      hospitalSide: model.clinicians * Math.min(1, model.engagement.institution * factor) * model.engagement.partnersPerClinician,
    },
    researchCompany: { institutionSide: model.institutions * model.rc.mean, companySide: null },
    hospitalCompany: { hospitalSide: model.clinicians * Math.min(1, model.engagement.company * factor), companySide: null },
  };
}

/**
 * A copy of a baseline model with lever quantities set. Populations, the institution count
 * (solved once, at the baseline) and every other assumption are held; implied totals are
 * recomputed, so a balance reconciliation knows which side now wants more ties.
 */
export function adjustModel(model: ResolvedModel, values: Partial<Record<LeverParameter, number>>): ResolvedModel {
  const v = (p: LeverParameter, current: number) => values[p] ?? current;
  const adjusted: ResolvedModel = {
    ...model,
    engagement: { ...model.engagement, institution: v('engagement.institution', model.engagement.institution), company: v('engagement.company', model.engagement.company) },
    aiDepartment: { ...model.aiDepartment, tertiary: v('ai-department.tertiary', model.aiDepartment.tertiary), secondary: v('ai-department.secondary', model.aiDepartment.secondary) },
    rh: values['rh.zero-share'] === undefined ? model.rh : withZeroShare(model.rh, values['rh.zero-share']),
    rc: values['rc.zero-share'] === undefined ? model.rc : withZeroShare(model.rc, values['rc.zero-share']),
    institutionInstitution: { ...model.institutionInstitution, willing: v('institution-institution.willing', model.institutionInstitution.willing) },
    multiCenter: { share: v('multi-center.share', model.multiCenter.share) },
    companyPopularityExponent: v('company-popularity-exponent', model.companyPopularityExponent),
  };
  return { ...adjusted, implied: impliedTotals(adjusted) };
}
