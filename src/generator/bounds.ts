import { InputError } from '../errors.js';
import type { ResolvedModel } from '../model/resolve.js';
import type { TieType } from './sectors.js';

/** Largest generated network (edges, summed over the expected tie ends of every tie type), checked before generating. */
export const MAX_GENERATED_EDGES = 4_000_000;

/** Largest generated network (nodes); the same limit `resolveModel` applies to populations. */
export const MAX_GENERATED_NODES = 2_000_000;

/** Limits of `checkGenerationBounds`. */
export interface GenerationLimits {
  /** Most edges (expected tie ends, an upper bound on the edges a network gets). */
  maxEdges: number;
  /** Most nodes (hospitals + institutions + companies). */
  maxNodes: number;
}

/** The limits the CLI and the explorer generate under. */
export const DEFAULT_GENERATION_LIMITS: GenerationLimits = { maxEdges: MAX_GENERATED_EDGES, maxNodes: MAX_GENERATED_NODES };

/** The assumptions each tie type's size grows with, for messages. */
const DRIVERS: Record<TieType, readonly string[]> = {
  'research-hospital': ['reconciliation', 'clinician-institution-engagement', 'partners-per-engaged-clinician', 'institutions', 'rh-open-bin-cap', 'open-bin-extra-mean', 'ai-department-engagement-ratio'],
  'research-company': ['institutions', 'rc-open-bin-cap', 'open-bin-extra-mean'],
  'hospital-company': ['clinician-company-engagement', 'ai-department-engagement-ratio'],
  'research-research': ['institution-partners-when-willing', 'institutions'],
  'hospital-hospital': [],
};

/**
 * Expected tie ends each tie type wants for a resolved model, from the model alone (nothing is
 * drawn). Every tie type makes at most this many edges on average (repeats merge, unmatched
 * stubs drop), and its working arrays hold about this many entries.
 */
export function expectedTies(model: ResolvedModel): Record<TieType, number> {
  const rh = model.implied.researchHospital;
  const researchHospital =
    model.reconciliation === 'keep-institutions' ? rh.institutionSide : model.reconciliation === 'keep-hospitals' ? rh.hospitalSide : Math.max(rh.institutionSide, rh.hospitalSide);
  return {
    'research-hospital': researchHospital,
    'research-company': model.implied.researchCompany.institutionSide,
    'hospital-company': model.implied.hospitalCompany.hospitalSide,
    'research-research': (model.institutions * model.institutionInstitution.willing * model.institutionInstitution.partnersWhenWilling) / 2,
    'hospital-hospital': model.hospitals * model.multiCenter.share,
  };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/**
 * Refuses, before anything is drawn, a model whose network would exceed the limits: an
 * `InputError` naming the expected size, the limit, `--scale` and the assumptions (with where
 * each was set) that drive the largest tie type. `context` prefixes the message (e.g. a scenario step).
 */
export function checkGenerationBounds(model: ResolvedModel, limits: Partial<GenerationLimits> = {}, context = ''): void {
  const { maxEdges, maxNodes } = { ...DEFAULT_GENERATION_LIMITS, ...limits };
  const nodes = model.hospitals + model.institutions + model.companies;
  const ties = expectedTies(model);
  const edges = Object.values(ties).reduce((s, x) => s + x, 0);
  if (nodes <= maxNodes && edges <= maxEdges) return;
  const [largest, size] = (Object.entries(ties) as [TieType, number][]).reduce((a, b) => (b[1] > a[1] ? b : a));
  const set = model.assumptions.filter((a) => DRIVERS[largest].includes(a.name) && a.origin !== 'model.json').map((a) => `${a.name}=${a.setting} (${a.origin})`);
  const drivers = [`--scale ${model.scale}`, ...set].join(', ');
  const what = nodes > maxNodes ? `${fmt(nodes)} nodes; the limit is ${fmt(maxNodes)} nodes` : `about ${fmt(edges)} edges (${largest} ${fmt(size)}); the limit is ${fmt(maxEdges)} edges`;
  const scaleMax = Math.min(maxNodes / (nodes / model.scale), maxEdges / (edges / model.scale));
  throw new InputError(`${context}${drivers}: the generated network would have ${what}; lower these (with them, --scale ≤ ${+scaleMax.toPrecision(3)}). Nothing was generated.`);
}
