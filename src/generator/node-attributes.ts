import type { ResolvedModel, ResolvedSector, ResolvedTie } from '../model/types.js';
import type { DrawnNetwork } from './draw.js';

/** One node attribute of a sector: its name and its value at node `i` of the sector. */
export interface AttributeWriter {
  readonly name: string;
  value(i: number): unknown;
}

/** The id of node `i` of a sector of `n` nodes: prefix + 1-based number, zero-padded to ≥ 3 digits. */
export function nodeId(prefix: string, i: number, n: number): string {
  return prefix + String(i + 1).padStart(Math.max(3, String(n).length), '0');
}

/**
 * Respondents engaged per share-reported tie type of `sector`, per node: min(respondents,
 * ⌈realized respondent ties / partners⌉), realized ties counted from the drawn ties (their weight
 * when the weight is respondents, else 1 per edge). Keyed by tie type id, in the model's order.
 */
function engagedBySide(model: ResolvedModel, drawn: DrawnNetwork, sector: ResolvedSector): { tie: ResolvedTie; engaged: Float64Array }[] {
  const nodes = drawn.pop[sector.id]!;
  const out: { tie: ResolvedTie; engaged: Float64Array }[] = [];
  model.ties.forEach((t, k) => {
    if (t.reports[sector.id]?.kind !== 'share') return;
    // Int32 sums, as the realized counts always were; the last end of this sector counts.
    const realized = new Int32Array(nodes.length);
    const d = drawn.ties[k]!;
    const byWeight = t.weight.kind === 'respondents';
    const at = t.ends[1] === sector.id ? d.b : d.a;
    for (let e = 0; e < at.length; e++) realized[at[e]!]! += byWeight ? d.weight[e]! : 1;
    const partners = (t.reports[sector.id] as { partners: number }).partners;
    const engaged = new Float64Array(nodes.length);
    for (let i = 0; i < nodes.length; i++) engaged[i] = Math.min(nodes[i]!.respondents, Math.ceil(realized[i]! / partners));
    out.push({ tie: t, engaged });
  });
  return out;
}

/**
 * The attributes of a sector's nodes, in the order the generator sets them (a later one of the
 * same name overwrites an earlier one): `sector`, `label`, the spec's attributes, respondents
 * (many per node), respondents engaged per share-reported tie type, their overlap, and the drawn
 * partner count of each bins-reported tie type.
 */
export function nodeAttributeWriters(model: ResolvedModel, drawn: DrawnNetwork, sector: ResolvedSector): AttributeWriter[] {
  const s = sector;
  const nodes = drawn.pop[s.id]!;
  const n = nodes.length;
  const writers: AttributeWriter[] = [
    { name: 'sector', value: () => s.id },
    { name: 'label', value: (i) => `${s.label} ${nodeId('', i, n)}` },
  ];
  s.attributes.forEach((a, j) => {
    if (a.kind === 'region') writers.push({ name: a.name, value: (i) => `${a.prefix}${String((nodes[i]!.values[j] as number) + 1).padStart(2, '0')}` });
    else if (a.kind === 'zipf-rank') {
      writers.push({ name: a.rankName, value: (i) => nodes[i]!.values[j] });
      writers.push({ name: a.name, value: (i) => nodes[i]!.popularity });
    } else writers.push({ name: a.name, value: (i) => nodes[i]!.values[j] });
  });
  const r = s.respondents;
  if (r?.nesting === 'many-per-node' && r.attribute) writers.push({ name: r.attribute, value: (i) => nodes[i]!.respondents });
  // Engagement is counted from the ties on first read (a caller that only wants names pays nothing).
  let engagedMemo: { tie: ResolvedTie; engaged: Float64Array }[] | null = null;
  const engaged = () => (engagedMemo ??= engagedBySide(model, drawn, s));
  const shareTies = model.ties.filter((t) => t.reports[s.id]?.kind === 'share');
  shareTies.forEach((t, j) => writers.push({ name: (t.reports[s.id] as { attribute: string }).attribute, value: (i) => engaged()[j]!.engaged[i]! }));
  if (r?.overlap)
    writers.push({
      name: r.overlap.attribute,
      value: (i) => {
        let v = nodes[i]!.both;
        for (const x of engaged()) v = Math.min(v, x.engaged[i]!);
        return v;
      },
    });
  for (const t of model.ties) if (t.reports[s.id]?.kind === 'bins') writers.push({ name: (t.reports[s.id] as { attribute: string }).attribute, value: (i) => nodes[i]!.target[t.id]! });
  return writers;
}
