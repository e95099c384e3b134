import type { NetworkArrays } from '../metrics/network-arrays.js';
import type { ResolvedModel } from '../model/types.js';
import type { DrawnNetwork } from './draw.js';
import { drawnNodes, type DrawnNodes } from './drawn-nodes.js';
import { nodeId } from './node-attributes.js';

/**
 * A drawn network as the plain arrays figures are computed from (no graph): nodes sector by
 * sector in the model's order, edges tie type by tie type in the drawn order — the node and edge
 * order of the graph `buildGraph` makes from the same draw.
 */
export function networkArrays(model: ResolvedModel, drawn: DrawnNetwork, nodes: DrawnNodes = drawnNodes(model, drawn)): NetworkArrays {
  const { n, start: first } = nodes;
  const start = new Map(model.sectors.map((s, k) => [s.id, first[k]!]));
  // Each node's sector as the graph's `sector` attribute holds it (a spec attribute could overwrite it).
  const sectorNames: string[] = [];
  const code = new Map<string, number>();
  const sector = new Int32Array(n);
  model.sectors.forEach((_s, k) => {
    const read = nodes.attributes[k]!.get('sector')!;
    for (let i = first[k]!; i < first[k + 1]!; i++) {
      const v = read.value(i - first[k]!);
      if (typeof v !== 'string' || v === '') sector[i] = -1;
      else {
        let c = code.get(v);
        if (c === undefined) code.set(v, (c = sectorNames.push(v) - 1));
        sector[i] = c;
      }
    }
  });
  let m = 0;
  for (const t of drawn.ties) m += t.a.length;
  const source = new Int32Array(m);
  const target = new Int32Array(m);
  const weight = new Float64Array(m);
  const type = new Int32Array(m);
  let e = 0;
  model.ties.forEach((t, k) => {
    const d = drawn.ties[k]!;
    const sa = start.get(t.ends[0])!;
    const sb = start.get(t.ends[1])!;
    for (let j = 0; j < d.a.length; j++) {
      source[e + j] = sa + d.a[j]!;
      target[e + j] = sb + d.b[j]!;
    }
    weight.set(d.weight, e);
    type.fill(k, e, e + d.a.length);
    e += d.a.length;
  });
  const ids = () => model.sectors.flatMap((s) => {
    const count = drawn.pop[s.id]!.length;
    return Array.from({ length: count }, (_, i) => nodeId(s.idPrefix, i, count));
  });
  return { n, sectorNames, sector, source, target, weight, typeNames: model.ties.map((t) => t.id), type, ids };
}
