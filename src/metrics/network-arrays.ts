import { csrSlots, type Csr } from './csr.js';

/**
 * A network as plain arrays, the input of `computeFiguresOfArrays`: what a generator draws,
 * without a graph. Node i has sector `sectorNames[sector[i]]` (−1: none); edge k joins `source[k]`
 * and `target[k]` with `weight[k]` and tie type `typeNames[type[k]]`. Edges in this order are the
 * edges of the graph the arrays stand for, in its iteration order.
 */
export interface NetworkArrays {
  readonly n: number;
  readonly sectorNames: readonly string[];
  readonly sector: Int32Array;
  readonly source: Int32Array;
  readonly target: Int32Array;
  readonly weight: Float64Array;
  readonly typeNames: readonly string[];
  readonly type: Int32Array;
  /** The node ids, made only if something asks (figures never do). */
  ids(): string[];
}

/**
 * The CSR of network arrays, slot for slot what `toCsr` builds from the graph they stand for
 * (self-loops left out; weights finite and > 0, a RangeError says otherwise). `ids` is made on
 * first read.
 */
export function csrOfArrays(net: NetworkArrays): Csr {
  const { n, source, target, weight } = net;
  const edges = source.length;
  const degree = new Int32Array(n);
  let m = 0;
  for (let e = 0; e < edges; e++) {
    const s = source[e]!;
    const t = target[e]!;
    if (s === t) continue;
    degree[s]!++;
    degree[t]!++;
    m++;
  }
  const slots = csrSlots(n, degree, m, (add) => {
    for (let e = 0; e < edges; e++) {
      const a = source[e]!;
      const b = target[e]!;
      if (a === b) continue;
      const w = weight[e]!;
      if (!(w > 0) || !Number.isFinite(w)) throw new RangeError(`edge e${e}: weight ${String(w)}; expected a finite number > 0`);
      add(a, b, w);
    }
  });
  let ids: string[] | null = null;
  return {
    n,
    m,
    get ids() {
      return (ids ??= net.ids());
    },
    ...slots,
  };
}
