import type { ImpliedSide, ResolvedAttribute, ResolvedSector, ResolvedTie } from './types.js';

type Category = Extract<ResolvedAttribute, { kind: 'category' }>;

/**
 * Expected share of a sector's respondents in nodes of each value of a category: one respondent
 * per node, the rest in proportion to node share × weight (when the weights are by this category).
 */
export function respondentShares(category: Category, weight: { attribute: string; weights: Readonly<Record<string, number>> } | null, nodes: number, respondents: number): Record<string, number> {
  const byWeight = weight !== null && weight.attribute === category.name;
  const w = (v: string) => (byWeight ? (weight!.weights[v] ?? 1) : 1);
  let total = 0;
  for (const v of category.values) total += v.share * w(v.value);
  const out: Record<string, number> = {};
  for (const v of category.values) {
    const pull = (v.share * w(v.value)) / (total || 1);
    out[v.value] = respondents > 0 ? (v.share * nodes + (respondents - nodes) * pull) / respondents : v.share;
  }
  return out;
}

/** Expected engagement multiplier of a sector's respondents at its current flag shares (1 at the reference shares). */
export function engagementFactor(sector: ResolvedSector): number {
  const p = sector.respondents?.propensity;
  if (!p) return 1;
  const flag = sector.attributes.find((a) => a.name === p.attribute);
  if (!flag || flag.kind !== 'flag') return 1;
  const given = sector.attributes.find((a) => a.name === flag.given);
  if (!given || given.kind !== 'category') return 1;
  let acc = 0;
  let rest = 1;
  given.values.forEach((v, i) => {
    if (i === given.values.length - 1) acc += rest * (flag.shares[v.value] ?? 0);
    else {
      acc += p.respondentShare[v.value]! * (flag.shares[v.value] ?? 0);
      rest -= p.respondentShare[v.value]!;
    }
  });
  return (1 + (p.ratio - 1) * acc) / p.normalizer;
}

/**
 * Tie totals each side's report implies, per tie type: bins → nodes × mean partners; share →
 * respondents × share (× engagement factor, capped at 1) × partners; willing → nodes × share ×
 * partners; none → null. Within one sector every tie has both ends there, so the partner count
 * is halved (÷ 2). The one place this formula lives.
 */
export function impliedTotals(sectors: readonly ResolvedSector[], ties: readonly ResolvedTie[]): Record<string, ImpliedSide[]> {
  const out: Record<string, ImpliedSide[]> = {};
  const byId = new Map(sectors.map((x) => [x.id, x]));
  for (const t of ties) {
    const sides: ImpliedSide[] = [];
    const within = t.ends[0] === t.ends[1];
    const half = (x: ImpliedSide): ImpliedSide => (within && x.total !== null ? { ...x, total: x.total / 2, note: `${x.note} ÷ 2 (both ends ${t.ends[0]})` } : x);
    for (const end of new Set(t.ends)) {
      const rep = t.reports[end];
      const s = byId.get(end)!;
      if (!rep) continue;
      if (rep.kind === 'bins') sides.push({ sector: end, total: s.count * rep.dist.mean, note: `${s.count} ${s.plural} × mean ${rep.dist.mean.toFixed(3)} partners` });
      else if (rep.kind === 'share') {
        const r = s.respondents;
        const n = r?.nesting === 'many-per-node' ? r.count : s.count;
        const share = Math.min(1, rep.share * engagementFactor(s));
        sides.push({ sector: end, total: n * share * rep.partners, note: `${n} ${r?.unitPlural ?? s.plural} × ${(rep.share * 100).toFixed(1)}% × ${rep.partners}` });
      } else if (rep.kind === 'willing') sides.push({ sector: end, total: s.count * rep.share * rep.partners, note: `${s.count} ${s.plural} × ${(rep.share * 100).toFixed(1)}% willing × ${rep.partners}` });
      else sides.push({ sector: end, total: null, note: rep.note });
    }
    if (sides.length) out[t.id] = sides.map(half);
  }
  return out;
}

/** What a bins report implies if the sector's respondents were its whole population (respondents × scale × mean partners). */
export function impliedAtRespondents(respondents: number, scale: number, meanPartners: number): number {
  return respondents * scale * meanPartners;
}
