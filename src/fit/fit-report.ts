import type { ResolvedModel } from '../model/resolve.js';
import { binIndexOf, type DegreeDistribution } from '../model/bins.js';
import type { CollabGraph, GenerationRecord } from '../generator/generate.js';
import type { Sector, TieType } from '../generator/sectors.js';

export interface BinFit {
  readonly label: string;
  readonly target: number;
  readonly realized: number;
}

/** Target vs realized shares of one side of one tie type. */
export interface SideFit {
  readonly tieType: TieType;
  readonly side: Sector;
  /** Survey question (or derivation) the target comes from. */
  readonly source: string;
  /** Whether the reconciliation in force keeps this side's reported distribution. */
  readonly kept: boolean;
  readonly bins: readonly BinFit[];
  /** Total-variation distance ½ Σ |target − realized|. */
  readonly tvd: number;
}

/** Tie totals each side implies (Σ k·p_k·N), against what the network realized. */
export interface TotalsFit {
  readonly tieType: TieType;
  readonly implied: readonly { readonly side: Sector; readonly total: number | null; readonly note: string }[];
  readonly realizedEdges: number;
  /** Sum of edge weights (for hospital–company: clinician ties). */
  readonly realizedWeight: number;
}

/** What keeping the graph simple cost, per tie type. */
export interface SimpleFit {
  readonly tieType: TieType;
  readonly dropped: number;
  readonly merged: number;
  readonly swaps: number;
  readonly redrawn: number;
}

/** The fit of one generated network to the survey. */
export interface FitRun {
  readonly seed: number;
  readonly nodes: { readonly hospital: number; readonly institution: number; readonly company: number; readonly clinicians: number };
  readonly edges: number;
  readonly sides: readonly SideFit[];
  readonly totals: readonly TotalsFit[];
  readonly simple: readonly SimpleFit[];
  readonly engagement: readonly { readonly label: string; readonly source: string; readonly target: number; readonly realized: number }[];
}

function tvd(bins: readonly BinFit[]): number {
  return bins.reduce((s, b) => s + Math.abs(b.target - b.realized), 0) / 2;
}

function degreeSide(graph: CollabGraph, dist: DegreeDistribution, from: Sector, to: Sector, tieType: TieType, kept: boolean): SideFit {
  const counts = new Array<number>(dist.bins.length).fill(0);
  let n = 0;
  let beyond = 0;
  graph.forEachNode((node, attrs) => {
    if (attrs.sector !== from) return;
    let k = 0;
    graph.forEachEdge(node, (_e, ea) => {
      if (ea.type === tieType) k++;
    });
    const i = binIndexOf(dist.bins, k);
    if (i >= 0) counts[i]!++;
    else beyond++;
    n++;
  });
  const bins: BinFit[] = dist.bins.map((b, i) => ({ label: b.label, target: b.share, realized: n ? counts[i]! / n : 0 }));
  if (beyond > 0) bins.push({ label: 'beyond every bin', target: 0, realized: beyond / n });
  return { tieType, side: from, source: `${dist.question} (${to} partners per ${from})`, kept, bins, tvd: tvd(bins) };
}

function twoBins(tieType: TieType, side: Sector, source: string, kept: boolean, what: string, target: number, realized: number): SideFit {
  const bins = [
    { label: `clinicians without ${what}`, target: 1 - target, realized: 1 - realized },
    { label: `clinicians with ${what}`, target, realized },
  ];
  return { tieType, side, source, kept, bins, tvd: tvd(bins) };
}

/**
 * Compares one generated network with the survey: per tie type and side, target vs realized
 * bin shares with their total-variation distance; implied vs realized tie totals; ties dropped
 * or merged to keep the graph simple; clinician engagement.
 */
export function fitReport(graph: CollabGraph, model: ResolvedModel, record: GenerationRecord): FitRun {
  const mode = model.reconciliation;
  let clinicians = 0;
  let engagedInstitution = 0;
  let engagedCompany = 0;
  let engagedAny = 0;
  const nodes = { hospital: 0, institution: 0, company: 0, clinicians: 0 };
  graph.forEachNode((_n, a) => {
    nodes[a.sector]++;
    if (a.sector !== 'hospital') return;
    const c = a.clinicians ?? 0;
    const i = a.engagedInstitution ?? 0;
    const k = a.engagedCompany ?? 0;
    clinicians += c;
    engagedInstitution += i;
    engagedCompany += k;
    engagedAny += Math.min(c, i + k - (a.engagedBoth ?? 0));
  });
  nodes.clinicians = clinicians;
  const share = (x: number) => (clinicians ? x / clinicians : 0);

  const sides: SideFit[] = [
    degreeSide(graph, model.rh, 'institution', 'hospital', 'research-hospital', mode !== 'keep-hospitals'),
    twoBins('research-hospital', 'hospital', 'clinician-engagement (Table 1, derived)', mode !== 'keep-institutions', 'an institution partner', model.engagement.institution, share(engagedInstitution)),
    degreeSide(graph, model.rc, 'institution', 'company', 'research-company', true),
    twoBins('hospital-company', 'hospital', 'clinician-engagement (Table 1)', true, 'a company partner', model.engagement.company, share(engagedCompany)),
  ];

  const realized = (type: TieType) => {
    let edges = 0;
    let weight = 0;
    graph.forEachEdge((_e, a) => {
      if (a.type === type) {
        edges++;
        weight += a.weight;
      }
    });
    return { realizedEdges: edges, realizedWeight: weight };
  };
  const imp = model.implied;
  const totals: TotalsFit[] = [
    {
      tieType: 'research-hospital',
      implied: [
        { side: 'institution', total: imp.researchHospital.institutionSide, note: `${model.institutions} institutions × mean ${model.rh.mean.toFixed(3)} partners` },
        { side: 'hospital', total: imp.researchHospital.hospitalSide, note: `${model.clinicians} clinicians × ${(model.engagement.institution * 100).toFixed(1)}% × ${model.engagement.partnersPerClinician}` },
      ],
      ...realized('research-hospital'),
    },
    {
      tieType: 'research-company',
      implied: [
        { side: 'institution', total: imp.researchCompany.institutionSide, note: `${model.institutions} institutions × mean ${model.rc.mean.toFixed(3)} partners` },
        { side: 'company', total: null, note: 'the industry group reports nothing' },
      ],
      ...realized('research-company'),
    },
    {
      tieType: 'hospital-company',
      implied: [
        { side: 'hospital', total: imp.hospitalCompany.hospitalSide, note: `${model.clinicians} clinicians × ${(model.engagement.company * 100).toFixed(1)}% (clinician ties; weight)` },
        { side: 'company', total: null, note: 'the industry group reports nothing' },
      ],
      ...realized('hospital-company'),
    },
  ];

  const simple: SimpleFit[] = (['research-hospital', 'research-company', 'hospital-company'] as const).map((t) => {
    const s = record.ties[t];
    return { tieType: t, dropped: s.dropped, merged: s.merged, swaps: s.swaps, redrawn: s.redrawn };
  });

  const engagement = [
    { label: 'clinicians with any partner', source: 'Table 1: 1 − 84%', target: 1 - model.engagement.reportedNoneAny, realized: share(engagedAny) },
    { label: 'clinicians with an institution partner', source: 'derived (independence)', target: model.engagement.institution, realized: share(engagedInstitution) },
    { label: 'clinicians with a company partner', source: 'Table 1: 1 − 92%', target: model.engagement.company, realized: share(engagedCompany) },
  ];

  return { seed: record.seed, nodes, edges: graph.size, sides, totals, simple, engagement };
}
