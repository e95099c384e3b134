import type { NetworkSummary } from '../../fit/index.js';
import { SECTORS, TIE_TYPES } from '../../generator/index.js';
import { num, pct, section, table } from './format.js';

/** The baseline network's headline figures as a table. */
export function renderSummary(summary: NetworkSummary, seed: number): string {
  const rows = SECTORS.map((s) => {
    const x = summary.sectors[s];
    return [s, num(x.nodes, 0), num(x.meanDegree, 2), `${num(x.isolates, 0)} (${pct(x.nodes ? x.isolates / x.nodes : 0)})`, pct(x.nodes ? x.inGiant / x.nodes : 0)];
  });
  const tieRows = TIE_TYPES.map((t) => [t, num(summary.ties[t].edges, 0), num(summary.ties[t].weight, 0)]);
  const h = summary.hospitals;
  const hospitals = summary.sectors.hospital.nodes;
  return (
    section(
      `Baseline network (seed ${seed}): ${num(summary.nodes, 0)} nodes, ${num(summary.edges, 0)} edges, ${num(summary.components, 0)} components; the largest holds ${pct(summary.giantShare)} of nodes`,
      table(['sector', 'nodes', 'mean degree', 'isolates', 'in largest component'], rows) +
        '\n' +
        table(['tie type', 'edges', 'total weight'], tieRows),
    ) + `Hospitals: ${pct(hospitals ? h.tertiary / hospitals : 0)} tertiary, ${pct(hospitals ? h.aiDepartment / hospitals : 0)} with an AI research department, ${num(h.clinicians, 0)} clinicians.\n`
  );
}
