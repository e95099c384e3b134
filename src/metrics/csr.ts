import type Graph from 'graphology';
import { OptionError } from '../errors.js';
import { checkOptionKeys } from '../options.js';

/**
 * Compressed sparse rows of an undirected weighted graph: the neighbours of node i are
 * `targets[offsets[i] .. offsets[i+1])`, with their weights. Every metric kernel runs on this, so
 * no per-node objects are allocated in hot loops.
 */
export interface Csr {
  readonly n: number;
  /** Undirected edges. */
  readonly m: number;
  readonly ids: readonly string[];
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  /** Collaboration strength of each slot (larger is stronger). */
  readonly weights: Float64Array;
  /** Path length of each slot: 1 / weight. */
  readonly lengths: Float64Array;
  /** Sum of weights per node. */
  readonly strength: Float64Array;
}

/** Options of `toCsr`. */
export interface CsrOptions {
  /** Edge attribute holding the weight; missing means 1. */
  weightAttribute: string;
}

export const DEFAULT_CSR_OPTIONS: CsrOptions = { weightAttribute: 'weight' };

/** Merges partial options over the defaults; an `OptionError` when `weightAttribute` is not a non-empty string. */
export function resolveCsrOptions(options: Partial<CsrOptions> = {}, fn = 'toCsr'): CsrOptions {
  checkOptionKeys(fn, options, Object.keys(DEFAULT_CSR_OPTIONS));
  const o = { ...DEFAULT_CSR_OPTIONS, ...options };
  if (typeof o.weightAttribute !== 'string' || o.weightAttribute === '') throw new OptionError(fn, 'weightAttribute', 'a non-empty string (an edge attribute name)', o.weightAttribute);
  return o;
}

/**
 * Builds CSR from a graphology graph (treated as undirected; self-loops ignored). Weights must be
 * finite and > 0 — the importers and the generator guarantee it; a RangeError says otherwise.
 */
export function toCsr(graph: Graph, options: Partial<CsrOptions> = {}): Csr {
  const { weightAttribute } = resolveCsrOptions(options);
  const ids = graph.nodes();
  const n = ids.length;
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  const degree = new Int32Array(n);
  let m = 0;
  graph.forEachEdge((_e, _a, s, t) => {
    if (s === t) return;
    degree[index.get(s)!]!++;
    degree[index.get(t)!]!++;
    m++;
  });
  const slots = csrSlots(n, degree, m, (add) =>
    graph.forEachEdge((edge, attrs, s, t) => {
      if (s === t) return;
      const raw = attrs[weightAttribute];
      const w = raw === undefined || raw === null ? 1 : Number(raw);
      if (!(w > 0) || !Number.isFinite(w)) throw new RangeError(`edge ${edge}: weight ${String(raw)}; expected a finite number > 0`);
      add(index.get(s)!, index.get(t)!, w);
    }),
  );
  return { n, m, ids, ...slots };
}

/** The slot arrays of a CSR: offsets from the degrees, then targets and weights in edge order, lengths and strengths. */
export type CsrSlots = Pick<Csr, 'offsets' | 'targets' | 'weights' | 'lengths' | 'strength'>;

/**
 * Fills the slots of a CSR: `edges(add)` calls `add(a, b, weight)` once per edge (no self-loops), in
 * the order the slots take; `degree` and `m` are what those edges add up to. Shared by `toCsr` and
 * `csrOfArrays`, so a graph and the arrays it was built from give the same CSR slot for slot.
 */
export function csrSlots(n: number, degree: Int32Array, m: number, edges: (add: (a: number, b: number, w: number) => void) => void): CsrSlots {
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + degree[i]!;
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(2 * m);
  const weights = new Float64Array(2 * m);
  edges((a, b, w) => {
    targets[fill[a]!] = b;
    weights[fill[a]!++] = w;
    targets[fill[b]!] = a;
    weights[fill[b]!++] = w;
  });
  const lengths = new Float64Array(2 * m);
  const strength = new Float64Array(n);
  for (let i = 0; i < n; i++)
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      lengths[k] = 1 / weights[k]!;
      strength[i] += weights[k]!;
    }
  return { offsets, targets, weights, lengths, strength };
}
