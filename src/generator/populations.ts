import type { ResolvedModel } from '../model/resolve.js';
import { createRng, deriveSeed, shuffleInPlace, weightedSampler } from '../random/index.js';
import { degreeSampler } from './bins.js';

/** A hospital before ties are drawn. `engaged*` count its clinicians who collaborate. */
export interface HospitalDraft {
  tier: 'tertiary' | 'secondary';
  province: number;
  aiDepartment: boolean;
  clinicians: number;
  /** Clinicians drawn as collaborating with a research institution. */
  engagedInstitution: number;
  /** Clinicians drawn as collaborating with a company. */
  engagedCompany: number;
  /** Clinicians drawn as collaborating with both. */
  engagedBoth: number;
  /** Per-clinician propensity multiplier (AI department). */
  multiplier: number;
}

export interface InstitutionDraft {
  province: number;
  teamSize: number;
  /** Partner hospitals drawn from the research–hospital distribution (its bin is the target). */
  targetHospitals: number;
  /** Partner companies drawn from the research–company distribution. */
  targetCompanies: number;
}

export interface CompanyDraft {
  rank: number;
  /** Zipf weight rank^-exponent: the chance of being picked as a partner. */
  popularity: number;
}

export interface Populations {
  hospitals: HospitalDraft[];
  institutions: InstitutionDraft[];
  companies: CompanyDraft[];
}

/**
 * Draws the three node sets and their attributes. Each stage draws from its own seeded stream
 * (common random numbers): changing one assumption does not reshuffle the others, and raising a
 * share (AI departments, engagement) only adds to what a lower share drew.
 */
export function drawPopulations(model: ResolvedModel, seed: number): Populations {
  const H = model.hospitals;

  // Hospitals: tier, province, AI department — one uniform per decision, always drawn.
  const rngH = createRng(deriveSeed(seed, 'hospitals'));
  const provinceWeights = Array.from({ length: model.provinces }, (_, i) => Math.pow(i + 1, -model.provinceConcentration));
  const provinceOf = weightedSampler(provinceWeights);
  const hospitals: HospitalDraft[] = new Array(H);
  for (let i = 0; i < H; i++) {
    const tertiary = rngH.next() < model.tertiaryShare;
    const province = provinceOf.draw(rngH);
    const uDept = rngH.next();
    const aiDepartment = uDept < (tertiary ? model.aiDepartment.tertiary : model.aiDepartment.secondary);
    hospitals[i] = {
      tier: tertiary ? 'tertiary' : 'secondary',
      province,
      aiDepartment,
      clinicians: 1,
      engagedInstitution: 0,
      engagedCompany: 0,
      engagedBoth: 0,
      multiplier: (aiDepartment ? model.aiDepartment.engagementRatio : 1) / model.engagement.normalizer,
    };
  }

  // Clinicians: one per hospital, the rest by tier weight.
  const rngC = createRng(deriveSeed(seed, 'clinicians'));
  const seatOf = weightedSampler(hospitals.map((h) => (h.tier === 'tertiary' ? model.tertiaryClinicianWeight : 1)));
  for (let extra = model.clinicians - H; extra > 0; extra--) hospitals[seatOf.draw(rngC)]!.clinicians++;

  // Engagement: two uniforms per clinician (institution, company), always drawn.
  const rngE = createRng(deriveSeed(seed, 'engagement'));
  for (const h of hospitals) {
    const pI = Math.min(1, model.engagement.institution * h.multiplier);
    const pC = Math.min(1, model.engagement.company * h.multiplier);
    for (let c = 0; c < h.clinicians; c++) {
      const inst = rngE.next() < pI;
      const comp = rngE.next() < pC;
      if (inst) h.engagedInstitution++;
      if (comp) h.engagedCompany++;
      if (inst && comp) h.engagedBoth++;
    }
  }

  // Institutions: region (19 of the 31), team size, target partner counts.
  const rngR = createRng(deriveSeed(seed, 'institutions'));
  const regions = shuffleInPlace(Array.from({ length: model.provinces }, (_, i) => i), rngR).slice(0, model.institutionRegions).sort((a, b) => a - b);
  const teamSize = degreeSampler(model.teamSize);
  const rhDegree = degreeSampler(model.rh);
  const rcDegree = degreeSampler(model.rc);
  const institutions: InstitutionDraft[] = new Array(model.institutions);
  for (let i = 0; i < model.institutions; i++) {
    institutions[i] = {
      province: regions[rngR.int(regions.length)]!,
      teamSize: teamSize(rngR),
      targetHospitals: rhDegree(rngR),
      targetCompanies: rcDegree(rngR),
    };
  }

  const companies: CompanyDraft[] = Array.from({ length: model.companies }, (_, i) => ({
    rank: i + 1,
    popularity: Math.pow(i + 1, -model.companyPopularityExponent),
  }));

  return { hospitals, institutions, companies };
}
