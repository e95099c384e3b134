import type { MetricsReport } from '../../metrics/index.js';
import { withArticle } from './article.js';
import { num, pct, section, table } from './format.js';

const fixed = (x: number | null | undefined, d = 4) => (x === null || x === undefined || !Number.isFinite(x) ? 'n/a' : x.toFixed(d));

/** One line on how betweenness was computed. */
function betweennessMethod(b: MetricsReport['network']['betweenness']): string {
  if (b.method === 'exact') return b.requested ? `exact (Brandes 2001): ±${b.requested.epsilon} sampling would cost more` : 'exact (Brandes 2001)';
  if (b.method === 'pivots') return `estimated from ${num(b.pivots, 0)} pivot sources (Brandes & Pich 2007)`;
  return `sampled: ±${b.epsilon} for every node with probability ${1 - b.delta}, ${num(b.samples, 0)} pairs (Riondato & Kornaropoulos 2016)`;
}

/** `collabnet metrics --format table`: network figures, a summary per sector, the top-K brokers. */
export function renderMetricsTable(report: MetricsReport, source: string, topK: number): string {
  const n = report.network;
  const parts: string[] = [];
  parts.push(`Metrics of ${source}: ${num(n.nodes, 0)} nodes, ${num(n.edges, 0)} edges (total weight ${num(n.totalWeight, 2)})\nWeights: ${n.weightConvention}.\n`);
  const rows: (string | number)[][] = [
    ['components', num(n.components, 0)],
    ['largest component', `${num(n.giantSize, 0)} nodes (${pct(n.giantShare)})`],
    ['isolates', `${num(n.isolates, 0)} (${pct(n.isolateShare)})`],
    ['density', n.density.toExponential(3)],
    ['bridges / articulation points', `${num(n.bridges.length, 0)} / ${num(n.articulationPoints.length, 0)}`],
    ['Louvain communities (seed ' + n.louvain.seed + ')', `${num(n.louvain.communities, 0)}, modularity ${fixed(n.louvain.modularity)}`],
    ['sector assortativity', n.sectorsAvailable ? fixed(n.sectorAssortativity) : 'n/a (no sectors)'],
    ['Freeman centralization: degree / betweenness', `${fixed(n.centralization.degree)} / ${fixed(n.centralization.betweenness)}`],
    ['betweenness', betweennessMethod(n.betweenness)],
    ['PageRank / eigenvector iterations', `${n.pagerank.iterations}${n.pagerank.converged ? '' : ' (not converged)'} / ${n.eigenvector.iterations}${n.eigenvector.converged ? '' : ' (not converged)'}`],
  ];
  if (n.reach)
    for (const [s, r] of Object.entries(n.reach.to)) rows.push([`${n.reach.from} nodes reaching ${withArticle(s)} within 2 / 3 hops`, `${pct(r.within2)} / ${pct(r.within3)}`]);
  parts.push(section('Network', table(['figure', 'value'], rows)));

  if (report.sectors) {
    const sectors = Object.entries(report.sectors);
    const srows = sectors.map(([s, x]) => [
      s,
      num(x.nodes, 0),
      `${num(x.isolates, 0)} (${pct(x.isolateShare)})`,
      pct(x.giantShare),
      fixed(x.eiIndex, 3),
      fixed(x.metrics.degree.mean, 2),
      fixed(x.metrics.strength.mean, 2),
      fixed(x.metrics.strength.gini, 3),
      fixed(x.metrics.betweenness.mean, 5),
      fixed(x.metrics.harmonic.mean, 3),
      fixed(x.metrics.constraint.median, 3),
    ]);
    parts.push(
      section(
        'By sector',
        table(['sector', 'nodes', 'isolates', 'in largest', 'E-I index', 'mean degree', 'mean strength', 'Gini strength', 'mean betweenness', 'mean harmonic', 'median constraint'], srows),
      ),
    );
    const drows = n.density_by_sector_pair.map((p) => [`${p.a} – ${p.b}`, num(p.ties, 0), p.density === null ? 'n/a' : p.density.toExponential(3)]);
    parts.push(section('Density by sector pair', table(['pair', 'ties', 'density'], drows)));
  } else {
    parts.push('By sector: not applicable (no node has a "sector" attribute).\n');
  }

  const top = [...report.nodes].sort((a, b) => (b.betweenness as number) - (a.betweenness as number) || (b.strength as number) - (a.strength as number)).slice(0, topK);
  parts.push(
    section(
      `Top ${top.length} nodes by betweenness`,
      table(
        ['id', 'sector', 'degree', 'strength', 'betweenness', 'harmonic', 'pagerank', 'constraint', 'effective size'],
        top.map((r) => [String(r.id), String(r.sector ?? ''), num(r.degree as number, 0), num(r.strength as number, 2), fixed(r.betweenness as number, 5), fixed(r.harmonic as number, 3), fixed(r.pagerank as number, 5), fixed(r.constraint as number | null, 3), fixed(r.effective_size as number | null, 3)]),
      ),
    ),
  );
  return parts.join('\n');
}

/** JSON of the report: `{network, sectors, nodes}`; NaN becomes null. */
export function renderMetricsJson(report: MetricsReport): string {
  return JSON.stringify(report, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2) + '\n';
}
