import { InputError } from '../errors.js';
import type { ModelSpec, IngredientName } from '../schemas/model.js';
import type { Survey, SurveyQuestion } from '../schemas/survey.js';
import { degreeDistribution, type DegreeDistribution } from '../generator/bins.js';
import { ASSUMPTIONS, type AssumptionValue, type ReconciliationMode, type RhCalibration } from './assumptions.js';

/** Largest network the generator will build (nodes), checked before anything is allocated. */
export const MAX_NODES = 2_000_000;
/** Largest number of simulated clinicians (each is a random draw). */
export const MAX_CLINICIANS = 20_000_000;

/** One assumption as it stands for a run: value, where it came from, why. */
export interface AssumptionInForce {
  readonly name: string;
  /** The setting as written (`"auto"`, `0.25`). */
  readonly setting: AssumptionValue;
  /** The number or word the generator uses. */
  readonly value: AssumptionValue;
  readonly origin: string;
  readonly justification: string;
  readonly source: string | null;
}

/** Expected tie totals implied by each side's report (Σ k·p_k·N); `null` where a side reports nothing. */
export interface ImpliedTotals {
  readonly researchHospital: { readonly institutionSide: number; readonly institutionSideAtRespondents: number; readonly hospitalSide: number };
  readonly researchCompany: { readonly institutionSide: number; readonly companySide: null };
  readonly hospitalCompany: { readonly hospitalSide: number; readonly companySide: null };
}

/** Everything the generator needs, as plain numbers: survey facts plus assumptions, scaled. */
export interface ResolvedModel {
  readonly scale: number;
  readonly hospitals: number;
  readonly clinicians: number;
  readonly provinces: number;
  readonly institutionRegions: number;
  readonly institutionRespondents: number;
  readonly institutions: number;
  readonly institutionsSolved: boolean;
  readonly companies: number;
  readonly tertiaryShare: number;
  readonly tertiaryClinicianWeight: number;
  readonly provinceConcentration: number;
  readonly aiDepartment: {
    readonly tertiary: number;
    readonly secondary: number;
    readonly referenceTertiary: number;
    readonly referenceSecondary: number;
    readonly engagementRatio: number;
  };
  readonly engagement: {
    /** Share of clinicians collaborating with a research institution. */
    readonly institution: number;
    /** Share of clinicians collaborating with a company. */
    readonly company: number;
    /** Reported share with no collaboration with enterprises or institutions (Table 1). */
    readonly reportedNoneAny: number;
    /** Reported share with no collaboration with imaging-device companies (Table 1). */
    readonly reportedNoneCompany: number;
    /** Mean AI-department multiplier over clinicians at the reported department shares. */
    readonly normalizer: number;
    /** Expected share of clinicians working in tertiary hospitals. */
    readonly clinicianTertiaryShare: number;
    readonly partnersPerClinician: number;
  };
  readonly reconciliation: ReconciliationMode;
  readonly rhCalibration: RhCalibration;
  readonly rh: DegreeDistribution;
  readonly rc: DegreeDistribution;
  readonly teamSize: DegreeDistribution;
  readonly tieStrength: readonly { readonly label: string; readonly ordinal: number; readonly share: number }[];
  readonly companyPopularityExponent: number;
  readonly institutionCompanyWeight: number;
  /** Institution–institution ties (none at baseline): share of institutions willing, partners each. */
  readonly institutionInstitution: { readonly willing: number; readonly partnersWhenWilling: number };
  /** Multi-center hospital networks (none at baseline): share of hospitals that join one. */
  readonly multiCenter: { readonly share: number };
  readonly implied: ImpliedTotals;
  readonly assumptions: readonly AssumptionInForce[];
}

/** Options of `resolveModel`. */
export interface ResolveOptions {
  /** Multiplies every population (hospitals, clinicians, institutions, companies). */
  scale?: number;
  /** Assumption overrides by name, with where each came from (`--set`, a model file). */
  overrides?: Readonly<Record<string, { value: AssumptionValue; origin: string }>>;
}

export const DEFAULT_RESOLVE_OPTIONS: Required<ResolveOptions> = { scale: 1, overrides: {} };

function findQuestion(survey: Survey, id: string): SurveyQuestion | undefined {
  for (const table of Object.values(survey.tables)) for (const q of table.questions) if (q.id === id) return q;
  return survey.results.find((q) => q.id === id);
}

function ingredient(survey: Survey, spec: ModelSpec, name: IngredientName): SurveyQuestion {
  const id = spec.ingredients[name].question;
  const q = findQuestion(survey, id);
  if (!q) throw new InputError(`model.json: ingredients.${name}.question: expected a question id of survey.json, got "${id}"`);
  return q;
}

function binned(survey: Survey, spec: ModelSpec, name: IngredientName, extraMean: number, cap: number): DegreeDistribution {
  const q = ingredient(survey, spec, name);
  const bins = q.options.map((o, i) => {
    if (!o.bin) throw new InputError(`survey.json: question "${q.id}" options.${i}: expected a "bin" ({min, max}) for ingredient ${name}`);
    return { label: o.label, min: o.bin.min, max: o.bin.max, share: o.use === 'text' && o.text ? o.text.share : o.share };
  });
  for (const b of bins)
    if (b.max === null && cap < b.min)
      throw new InputError(`the open bin "${b.label}" of ${q.id} starts at ${b.min}, but its cap is ${cap}; expected a cap ≥ ${b.min}`);
  return degreeDistribution(q.id, bins, extraMean, cap);
}

function shareOf(q: SurveyQuestion, index: number): number {
  const o = q.options[index];
  if (!o) throw new InputError(`survey.json: question "${q.id}": expected an option ${index}`);
  return o.use === 'text' && o.text ? o.text.share : o.share;
}

/**
 * Turns survey facts and model assumptions into the numbers the generator uses, solving the
 * institution population when reconciliation is `balance`, and checking limits before any
 * allocation. Pure: no I/O.
 */
export function resolveModel(survey: Survey, spec: ModelSpec, options: ResolveOptions = {}): ResolvedModel {
  const { scale, overrides } = { ...DEFAULT_RESOLVE_OPTIONS, ...options };
  if (!(scale > 0) || !Number.isFinite(scale)) throw new InputError(`--scale: expected a number > 0, got ${scale}`);

  const inForce: AssumptionInForce[] = [];
  const settings = new Map<string, AssumptionValue>();
  for (const def of ASSUMPTIONS) {
    const entry = spec.assumptions[def.name]!;
    const override = overrides[def.name];
    const setting = override ? override.value : entry.value;
    settings.set(def.name, setting);
    inForce.push({ name: def.name, setting, value: setting, origin: override ? override.origin : 'model.json', justification: entry.justification, source: entry.source });
  }
  const num = (name: string) => settings.get(name) as number;
  const resolved = new Map<string, AssumptionValue>();
  const auto = (name: string, derived: number) => {
    const s = settings.get(name);
    const v = s === 'auto' ? derived : (s as number);
    resolved.set(name, v);
    return v;
  };

  const groups = survey.groups;
  const hospitals = Math.max(1, Math.round(groups.clinicians.hospitals * scale));
  const clinicians = Math.max(hospitals, Math.round(groups.clinicians.responses * scale));
  const companies = Math.max(1, Math.round(num('companies') * scale));

  const engagementQ = ingredient(survey, spec, 'clinician-engagement');
  const reportedNoneAny = shareOf(engagementQ, 0);
  const reportedNoneCompany = shareOf(engagementQ, 1);
  const pCompany = auto('clinician-company-engagement', 1 - reportedNoneCompany);
  const pInstitution = auto('clinician-institution-engagement', reportedNoneCompany > 0 ? Math.max(0, 1 - reportedNoneAny / reportedNoneCompany) : 0);

  const deptQ = ingredient(survey, spec, 'ai-department-by-tier');
  const referenceTertiary = shareOf(deptQ, 0);
  const referenceSecondary = shareOf(deptQ, 1);
  const deptTertiary = auto('ai-department-tertiary', referenceTertiary);
  const deptSecondary = auto('ai-department-secondary', referenceSecondary);

  const tertiaryShare = num('tertiary-share');
  const tertiaryClinicianWeight = num('tertiary-clinician-weight');
  const engagementRatio = num('ai-department-engagement-ratio');
  // Expected share of clinicians in tertiary hospitals: one each, the rest by tier weight.
  const tertiaryPull = (tertiaryShare * tertiaryClinicianWeight) / (tertiaryShare * tertiaryClinicianWeight + (1 - tertiaryShare) || 1);
  const clinicianTertiaryShare = (tertiaryShare * hospitals + (clinicians - hospitals) * tertiaryPull) / clinicians;
  const referenceDeptShare = clinicianTertiaryShare * referenceTertiary + (1 - clinicianTertiaryShare) * referenceSecondary;
  const normalizer = 1 + (engagementRatio - 1) * referenceDeptShare;

  const extraMean = num('open-bin-extra-mean');
  const rhCalibration = settings.get('rh-calibration') as RhCalibration;
  const rh = binned(survey, spec, rhCalibration === 'hospitals' ? 'research-hospital-degree' : 'research-system-degree', extraMean, num('rh-open-bin-cap'));
  const rc = binned(survey, spec, 'research-company-degree', extraMean, num('rc-open-bin-cap'));
  const teamSize = binned(survey, spec, 'team-size', extraMean, 50);

  const strengthQ = ingredient(survey, spec, 'tie-strength');
  const strengthSum = strengthQ.options.reduce((s, _o, i) => s + shareOf(strengthQ, i), 0);
  const tieStrength = strengthQ.options.map((o, i) => {
    if (o.ordinal === undefined) throw new InputError(`survey.json: question "${strengthQ.id}" options.${i}: expected an "ordinal" (1..5) for ingredient tie-strength`);
    return { label: o.label, ordinal: o.ordinal, share: shareOf(strengthQ, i) / strengthSum };
  });

  const partnersPerClinician = num('partners-per-engaged-clinician');
  const respondents = groups.institutions.responses;
  const reconciliation = settings.get('reconciliation') as ReconciliationMode;
  const hospitalSide = clinicians * pInstitution * partnersPerClinician;
  const institutionSetting = settings.get('institutions')!;
  if (reconciliation === 'balance' && institutionSetting !== 'auto')
    throw new InputError(
      `institutions=${institutionSetting}: reconciliation "balance" solves the number of institutions itself; set reconciliation=keep-institutions or keep-hospitals to fix it, or leave institutions=auto`,
    );
  const institutionsSolved = reconciliation === 'balance';
  const institutions = institutionsSolved
    ? Math.max(1, Math.round(hospitalSide / (rh.mean || 1)))
    : Math.max(1, Math.round((institutionSetting === 'auto' ? respondents : (institutionSetting as number)) * scale));
  resolved.set('institutions', institutions);

  const nodes = hospitals + institutions + companies;
  if (nodes > MAX_NODES || clinicians > MAX_CLINICIANS) {
    const perUnit = nodes / scale;
    throw new InputError(
      `--scale ${scale}: the network would have ${nodes.toLocaleString('en-US')} nodes and ${clinicians.toLocaleString('en-US')} clinicians; the limits are ${MAX_NODES.toLocaleString('en-US')} nodes and ${MAX_CLINICIANS.toLocaleString('en-US')} clinicians (scale ≤ ${Math.floor(Math.min(MAX_NODES / perUnit, MAX_CLINICIANS / (clinicians / scale)))})`,
    );
  }

  const implied: ImpliedTotals = {
    researchHospital: { institutionSide: institutions * rh.mean, institutionSideAtRespondents: respondents * scale * rh.mean, hospitalSide },
    researchCompany: { institutionSide: institutions * rc.mean, companySide: null },
    hospitalCompany: { hospitalSide: clinicians * pCompany, companySide: null },
  };

  return {
    scale,
    hospitals,
    clinicians,
    provinces: groups.clinicians.regions,
    institutionRegions: Math.min(groups.institutions.regions, groups.clinicians.regions),
    institutionRespondents: respondents,
    institutions,
    institutionsSolved,
    companies,
    tertiaryShare,
    tertiaryClinicianWeight,
    provinceConcentration: num('province-concentration'),
    aiDepartment: { tertiary: deptTertiary, secondary: deptSecondary, referenceTertiary, referenceSecondary, engagementRatio },
    engagement: { institution: pInstitution, company: pCompany, reportedNoneAny, reportedNoneCompany, normalizer, clinicianTertiaryShare, partnersPerClinician },
    reconciliation,
    rhCalibration,
    rh,
    rc,
    teamSize,
    tieStrength,
    companyPopularityExponent: num('company-popularity-exponent'),
    institutionCompanyWeight: num('institution-company-weight'),
    institutionInstitution: { willing: 0, partnersWhenWilling: num('institution-partners-when-willing') },
    multiCenter: { share: 0 },
    implied,
    assumptions: inForce.map((a) => (resolved.has(a.name) ? { ...a, value: resolved.get(a.name)! } : a)),
  };
}
