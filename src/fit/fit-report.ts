import { binIndexOf, type DegreeDistribution } from '../model/bins.js';
import type { ResolvedModel, ResolvedSector, ResolvedTie } from '../model/types.js';
import type { CollabGraph, GenerationRecord } from '../generator/generate.js';

/** One bin of a reported distribution: its label, the survey's share and the network's. */
export interface BinFit {
  readonly label: string;
  readonly target: number;
  readonly realized: number;
}

/** Target vs realized shares of one side of one tie type. */
export interface SideFit {
  readonly tieType: string;
  readonly side: string;
  /** Survey question (or derivation) the target comes from. */
  readonly source: string;
  /** Whether the reconciliation in force keeps this side's reported distribution. */
  readonly kept: boolean;
  readonly bins: readonly BinFit[];
  /** Total-variation distance ½ Σ |target − realized|. */
  readonly tvd: number;
  /** What the side asks (share: the share of respondents; bins: mean partners per node) and what the network gives. */
  readonly requested: number;
  readonly realized: number;
}

/** Tie totals each side implies, against what the network realized. */
export interface TotalsFit {
  readonly tieType: string;
  readonly implied: readonly { readonly side: string; readonly total: number | null; readonly note: string }[];
  readonly realizedEdges: number;
  /** Sum of edge weights. */
  readonly realizedWeight: number;
}

/** What keeping the graph simple cost, per tie type. */
export interface SimpleFit {
  readonly tieType: string;
  readonly dropped: number;
  readonly merged: number;
  readonly swaps: number;
  readonly redrawn: number;
}

/** The fit of one generated network to the survey. */
export interface FitRun {
  readonly seed: number;
  /** Nodes per sector id, and respondents per sector id (`respondents.<id>`). */
  readonly nodes: Readonly<Record<string, number>>;
  readonly edges: number;
  readonly sides: readonly SideFit[];
  readonly totals: readonly TotalsFit[];
  readonly simple: readonly SimpleFit[];
  readonly engagement: readonly { readonly label: string; readonly source: string; readonly target: number; readonly realized: number }[];
}

function tvd(bins: readonly BinFit[]): number {
  return bins.reduce((s, b) => s + Math.abs(b.target - b.realized), 0) / 2;
}

/** Whether the reconciliation in force keeps `side`'s reported distribution. */
export function keepsSide(tie: ResolvedTie, side: string): boolean {
  const r = tie.reconciliation;
  return !(r?.mode === 'keep' && r.side !== side);
}

/** What the fit report reads of a network: its nodes' attributes and its ties by tie type. */
export interface FitSource {
  /** Number of edges. */
  readonly edges: number;
  /** Calls `visit` on every node in order, with a reader of its attributes and its index in that order. */
  forEachNode(visit: (attr: (name: string) => unknown, node: number) => void): void;
  /** The number of edges of tie type `type` at a node (by index). */
  tieDegree(type: string): (node: number) => number;
  /** Edges of tie type `type` and the sum of their weights (in edge order). */
  tieTotals(type: string): { realizedEdges: number; realizedWeight: number };
}

/** A generated graph as a fit source. */
export function graphFitSource(graph: CollabGraph): FitSource {
  let keys: string[] | null = null;
  return {
    edges: graph.size,
    forEachNode: (visit) => {
      let i = 0;
      graph.forEachNode((_n, a) => visit((name) => a[name], i++));
    },
    tieDegree: (type) => {
      keys ??= graph.nodes();
      const at = keys;
      return (i) => {
        let k = 0;
        graph.forEachEdge(at[i]!, (_e, ea) => {
          if (ea.type === type) k++;
        });
        return k;
      };
    },
    tieTotals: (type) => {
      let edges = 0;
      let weight = 0;
      graph.forEachEdge((_e, a) => {
        if (a.type === type) {
          edges++;
          weight += a.weight;
        }
      });
      return { realizedEdges: edges, realizedWeight: weight };
    },
  };
}

function degreeSide(net: FitSource, dist: DegreeDistribution, tie: ResolvedTie, from: ResolvedSector, to: string, source: string): SideFit {
  const counts = new Array<number>(dist.bins.length).fill(0);
  let n = 0;
  let beyond = 0;
  let degrees = 0;
  const degreeAt = net.tieDegree(tie.id);
  net.forEachNode((attr, node) => {
    if (attr('sector') !== from.id) return;
    const k = degreeAt(node);
    degrees += k;
    const i = binIndexOf(dist.bins, k);
    if (i >= 0) counts[i]!++;
    else beyond++;
    n++;
  });
  const bins: BinFit[] = dist.bins.map((b, i) => ({ label: b.label, target: b.share, realized: n ? counts[i]! / n : 0 }));
  if (beyond > 0) bins.push({ label: 'beyond every bin', target: 0, realized: beyond / n });
  return { tieType: tie.id, side: from.id, source: `${source}: ${dist.question} (${to} partners per ${from.label.toLowerCase()})`, kept: keepsSide(tie, from.id), bins, tvd: tvd(bins), requested: dist.mean, realized: n ? degrees / n : 0 };
}

/**
 * Compares one generated network with the survey, for every tie type and every side that
 * reports it: target vs realized bin shares with their total-variation distance and requested
 * vs realized quantities; implied vs realized tie totals; ties dropped or merged to keep the
 * graph simple; respondents' engagement. Everything is read from the model (no sector names).
 */
export function fitReport(graph: CollabGraph, model: ResolvedModel, record: GenerationRecord): FitRun {
  return fitReportOf(graphFitSource(graph), model, record);
}

/** `fitReport` on any fit source (a graph, or a drawn network's arrays: src/fit/fit-drawn.ts). */
export function fitReportOf(net: FitSource, model: ResolvedModel, record: GenerationRecord): FitRun {
  const nodes: Record<string, number> = {};
  const respondents: Record<string, number> = {};
  const engagedSum: Record<string, number> = {};
  const overlapSum: Record<string, number> = {};
  const bySector = new Map(model.sectors.map((s) => [s.id, s]));
  for (const s of model.sectors) {
    nodes[s.id] = 0;
    respondents[s.id] = 0;
    overlapSum[s.id] = 0;
  }
  const shareAttrs = model.ties.flatMap((t) => Object.entries(t.reports).flatMap(([side, r]) => (r.kind === 'share' ? [{ side, attribute: r.attribute, key: `${t.id}|${side}` }] : [])));
  for (const a of shareAttrs) engagedSum[a.key] = 0;
  net.forEachNode((a) => {
    const s = bySector.get(a('sector') as string);
    if (!s) return;
    nodes[s.id]!++;
    const r = s.respondents;
    const c = r?.nesting === 'many-per-node' && r.attribute ? Number(a(r.attribute) ?? 0) : 1;
    respondents[s.id]! += c;
    let engagedHere = 0;
    for (const x of shareAttrs)
      if (x.side === s.id) {
        const e = Number(a(x.attribute) ?? 0);
        engagedSum[x.key]! += e;
        engagedHere += e;
      }
    if (r?.overlap) overlapSum[s.id]! += Math.min(c, engagedHere - Number(a(r.overlap.attribute) ?? 0));
  });
  const shareOf = (sector: string, x: number) => (respondents[sector] ? x / respondents[sector]! : 0);

  const sides: SideFit[] = [];
  const engagement: FitRun['engagement'][number][] = [];
  for (const s of model.sectors) if (s.respondents?.overlap) {
    const o = s.respondents.overlap;
    engagement.push({ label: o.label, source: o.source, target: o.target, realized: shareOf(s.id, overlapSum[s.id]!) });
  }
  for (const t of model.ties)
    for (const end of new Set(t.ends)) {
      const rep = t.reports[end];
      const sector = bySector.get(end)!;
      const other = t.ends[0] === end ? t.ends[1] : t.ends[0];
      if (rep?.kind === 'bins') sides.push(degreeSide(net, rep.dist, t, sector, other, rep.source));
      else if (rep?.kind === 'share') {
        const unit = sector.respondents?.unitPlural ?? sector.plural;
        const realized = shareOf(end, engagedSum[`${t.id}|${end}`]!);
        const bins = [
          { label: `${unit} without ${rep.what}`, target: 1 - rep.share, realized: 1 - realized },
          { label: `${unit} with ${rep.what}`, target: rep.share, realized },
        ];
        sides.push({ tieType: t.id, side: end, source: rep.source, kept: keepsSide(t, end), bins, tvd: tvd(bins), requested: rep.share, realized });
        engagement.push({ label: `${unit} with ${rep.what}`, source: rep.source, target: rep.share, realized });
      }
    }

  const realizedOf = (type: string) => net.tieTotals(type);
  const surveyed = model.ties.filter((t) => Object.values(t.reports).some((r) => r.kind === 'bins' || r.kind === 'share'));
  const totals: TotalsFit[] = surveyed.map((t) => ({ tieType: t.id, implied: (model.implied[t.id] ?? []).map((i) => ({ side: i.sector, total: i.total, note: i.note })), ...realizedOf(t.id) }));
  const simple: SimpleFit[] = surveyed.map((t) => {
    const s = record.ties[t.id]!;
    return { tieType: t.id, dropped: s.dropped, merged: s.merged, swaps: s.swaps, redrawn: s.redrawn };
  });
  for (const s of model.sectors) if (s.respondents) nodes[`respondents.${s.id}`] = respondents[s.id]!;
  return { seed: record.seed, nodes, edges: net.edges, sides, totals, simple, engagement };
}

/** The per-side fit of one network as flat figures (`fit.tvd.TIE.SIDE`, `fit.requested…`, `fit.realized…`), for sweeps. */
export function fitFigures(run: FitRun): Record<string, number> {
  const f: Record<string, number> = {};
  for (const s of run.sides) {
    f[`fit.tvd.${s.tieType}.${s.side}`] = s.tvd;
    f[`fit.requested.${s.tieType}.${s.side}`] = s.requested;
    f[`fit.realized.${s.tieType}.${s.side}`] = s.realized;
  }
  return f;
}
