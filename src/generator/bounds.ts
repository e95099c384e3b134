import { InputError } from '../errors.js';
import type { ResolvedModel } from '../model/types.js';

/** Largest generated network (edges, summed over the expected tie ends of every tie type), checked before generating. */
export const MAX_GENERATED_EDGES = 4_000_000;

/** Largest generated network (nodes); the same limit `resolveModel` applies to populations. */
export const MAX_GENERATED_NODES = 2_000_000;

/** Limits of `checkGenerationBounds`. */
export interface GenerationLimits {
  /** Most edges (expected tie ends, an upper bound on the edges a network gets). */
  maxEdges: number;
  /** Most nodes (every sector). */
  maxNodes: number;
}

/** The limits the CLI and the explorer generate under. */
export const DEFAULT_GENERATION_LIMITS: GenerationLimits = { maxEdges: MAX_GENERATED_EDGES, maxNodes: MAX_GENERATED_NODES };

/**
 * Expected tie ends each tie type wants for a resolved model, from the model alone (nothing is
 * drawn): the kept side's implied total (the larger one under balance; the reporting side when
 * only one reports), already halved within one sector (see `impliedTotals`), nodes ×
 * share for a structure. Every tie type makes at most about this many edges.
 */
export function expectedTies(model: ResolvedModel): Record<string, number> {
  const out: Record<string, number> = {};
  const counts = new Map(model.sectors.map((s) => [s.id, s.count]));
  for (const t of model.ties) {
    const sides = (model.implied[t.id] ?? []).filter((x) => x.total !== null);
    const count = counts.get(t.ends[0]) ?? 0;
    if (t.structure) out[t.id] = count * t.structure.share;
    else if (t.ends[0] === t.ends[1]) out[t.id] = sides[0]?.total ?? 0;
    else if (t.reconciliation?.mode === 'keep') out[t.id] = sides.find((x) => x.sector === (t.reconciliation as { side: string }).side)?.total ?? Math.max(0, ...sides.map((x) => x.total!));
    else out[t.id] = Math.max(0, ...sides.map((x) => x.total!));
  }
  return out;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/**
 * Refuses, before anything is drawn, a model whose network would exceed the limits: an
 * `InputError` naming the expected size, the limit, `--scale` and the assumptions set away from
 * the spec's defaults (with where each was set). `context` prefixes the message (e.g. a scenario step).
 */
export function checkGenerationBounds(model: ResolvedModel, limits: Partial<GenerationLimits> = {}, context = ''): void {
  const { maxEdges, maxNodes } = { ...DEFAULT_GENERATION_LIMITS, ...limits };
  const nodes = model.sectors.reduce((s, x) => s + x.count, 0);
  const ties = expectedTies(model);
  const edges = Object.values(ties).reduce((s, x) => s + x, 0);
  if (nodes <= maxNodes && edges <= maxEdges) return;
  const [largest, size] = Object.entries(ties).reduce((a, b) => (b[1] > a[1] ? b : a), ['', 0] as [string, number]);
  const set = model.assumptions.filter((a) => a.origin !== model.spec.file).map((a) => `${a.name}=${a.setting} (${a.origin})`);
  const drivers = [`--scale ${model.scale}`, ...set].join(', ');
  const what = nodes > maxNodes ? `${fmt(nodes)} nodes; the limit is ${fmt(maxNodes)} nodes` : `about ${fmt(edges)} edges (${largest} ${fmt(size)}); the limit is ${fmt(maxEdges)} edges`;
  const scaleMax = Math.min(maxNodes / (nodes / model.scale), maxEdges / (edges / model.scale));
  throw new InputError(`${context}${drivers}: the generated network would have ${what}; lower these (with them, --scale ≤ ${+scaleMax.toPrecision(3)}). Nothing was generated.`);
}
