import { UndirectedGraph } from 'graphology';
import type { ResolvedModel } from '../model/resolve.js';
import { drawPopulations } from './populations.js';
import type { Sector, TieType } from './sectors.js';
import { drawHospitalCompanyTies } from './ties/hospital-company.js';
import { drawHospitalHospitalTies } from './ties/hospital-hospital.js';
import { drawResearchResearchTies } from './ties/research-research.js';
import { drawResearchCompanyTies } from './ties/research-company.js';
import { drawResearchHospitalTies } from './ties/research-hospital.js';
import type { TieStats } from './ties/types.js';
import { checkGenerationBounds } from './bounds.js';
import { checkNumberOption, checkOptionKeys } from '../options.js';

/** Node attributes of a generated network. Every node has `sector` and `label`. */
export interface NodeAttributes {
  sector: Sector;
  label: string;
  province?: string;
  tier?: 'tertiary' | 'secondary';
  aiDepartment?: boolean;
  clinicians?: number;
  engagedInstitution?: number;
  engagedCompany?: number;
  engagedBoth?: number;
  teamSize?: number;
  targetHospitals?: number;
  targetCompanies?: number;
  rank?: number;
  popularity?: number;
}

/** Edge attributes: `weight` = collaboration strength (larger is stronger); `type` = tie type. */
export interface EdgeAttributes {
  weight: number;
  type: TieType;
}

export interface GraphAttributes {
  name: string;
  seed: number;
  scale: number;
  reconciliation: string;
  [key: string]: unknown;
}

export type CollabGraph = UndirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** What the generator did beyond the graph, for the fit report. */
export interface GenerationRecord {
  readonly seed: number;
  readonly ties: Readonly<Record<TieType, TieStats>>;
}

export interface GenerateOptions {
  /** Seed of the one PRNG every random choice flows from. */
  seed: number;
}

export const DEFAULT_GENERATE_OPTIONS: GenerateOptions = { seed: 1 };

/** Merges partial options over the defaults; an `OptionError` when seed is not an integer. */
export function resolveGenerateOptions(options: Partial<GenerateOptions> = {}): GenerateOptions {
  checkOptionKeys('generateNetwork', options, Object.keys(DEFAULT_GENERATE_OPTIONS));
  const o = { ...DEFAULT_GENERATE_OPTIONS, ...options };
  checkNumberOption('generateNetwork', 'seed', o.seed, { integer: true, min: -(2 ** 53), max: 2 ** 53 });
  return o;
}

function pad(prefix: string, i: number, n: number): string {
  return prefix + String(i + 1).padStart(Math.max(3, String(n).length), '0');
}

function province(index: number): string {
  return `P${String(index + 1).padStart(2, '0')}`;
}

/**
 * Generates one network from a resolved model: hospitals, research institutions and companies
 * with their attributes, and the three tie types, as a simple undirected weighted graphology
 * graph. Same model + same seed ⇒ the same graph, node for node and edge for edge.
 */
export function generateNetwork(model: ResolvedModel, options: Partial<GenerateOptions> = {}): { graph: CollabGraph; record: GenerationRecord } {
  const { seed } = resolveGenerateOptions(options);
  checkGenerationBounds(model);
  const pop = drawPopulations(model, seed);
  const rh = drawResearchHospitalTies(model, pop, seed);
  const rc = drawResearchCompanyTies(model, pop, seed);
  const hc = drawHospitalCompanyTies(pop, seed);
  const rr = drawResearchResearchTies(model, pop, seed);
  const hh = drawHospitalHospitalTies(model, pop, seed);

  const graph: CollabGraph = new UndirectedGraph({ allowSelfLoops: false, multi: false });
  graph.replaceAttributes({
    name: 'collabnet baseline network',
    seed,
    scale: model.scale,
    reconciliation: model.reconciliation,
    rhCalibration: model.rhCalibration,
    institutions: model.institutions,
    companies: model.companies,
  });

  const H = pop.hospitals.length;
  const R = pop.institutions.length;
  const C = pop.companies.length;
  const hId = (i: number) => pad('H', i, H);
  const rId = (i: number) => pad('R', i, R);
  const cId = (i: number) => pad('C', i, C);

  // Realized engagement with institutions: one engaged clinician per `partnersPerClinician` ties.
  const rhDegree = new Int32Array(H);
  for (const t of rh.ties) rhDegree[t.b]!++;
  const ppc = model.engagement.partnersPerClinician;

  pop.hospitals.forEach((h, i) => {
    const id = hId(i);
    const engagedInstitution = Math.min(h.clinicians, Math.ceil(rhDegree[i]! / ppc));
    graph.addNode(id, {
      sector: 'hospital',
      label: `Hospital ${id.slice(1)}`,
      tier: h.tier,
      province: province(h.province),
      aiDepartment: h.aiDepartment,
      clinicians: h.clinicians,
      engagedInstitution,
      engagedCompany: h.engagedCompany,
      engagedBoth: Math.min(h.engagedBoth, engagedInstitution, h.engagedCompany),
    });
  });
  pop.institutions.forEach((r, i) => {
    const id = rId(i);
    graph.addNode(id, {
      sector: 'institution',
      label: `Institution ${id.slice(1)}`,
      province: province(r.province),
      teamSize: r.teamSize,
      targetHospitals: r.targetHospitals,
      targetCompanies: r.targetCompanies,
    });
  });
  pop.companies.forEach((c, i) => {
    const id = cId(i);
    graph.addNode(id, { sector: 'company', label: `Company ${id.slice(1)}`, rank: c.rank, popularity: c.popularity });
  });

  let e = 0;
  for (const t of rh.ties) graph.addUndirectedEdgeWithKey(`e${e++}`, rId(t.a), hId(t.b), { weight: t.weight, type: 'research-hospital' });
  for (const t of rc.ties) graph.addUndirectedEdgeWithKey(`e${e++}`, rId(t.a), cId(t.b), { weight: t.weight, type: 'research-company' });
  for (const t of hc.ties) graph.addUndirectedEdgeWithKey(`e${e++}`, hId(t.a), cId(t.b), { weight: t.weight, type: 'hospital-company' });
  for (const t of rr.ties) graph.addUndirectedEdgeWithKey(`e${e++}`, rId(t.a), rId(t.b), { weight: t.weight, type: 'research-research' });
  for (const t of hh.ties) graph.addUndirectedEdgeWithKey(`e${e++}`, hId(t.a), hId(t.b), { weight: t.weight, type: 'hospital-hospital' });

  return {
    graph,
    record: { seed, ties: { 'research-hospital': rh.stats, 'research-company': rc.stats, 'hospital-company': hc.stats, 'research-research': rr.stats, 'hospital-hospital': hh.stats } },
  };
}
