import type { NetworkSummary } from '../../fit/index.js';
import type { ResolvedModel } from '../../model/index.js';
import { num, pct, section, table } from './format.js';

/** The baseline network's headline figures as a table: per sector of the model, per tie type, then attribute shares. */
export function renderSummary(summary: NetworkSummary, model: ResolvedModel, seed: number): string {
  const rows = model.sectors.map((s) => {
    const x = summary.sectors[s.id] ?? { nodes: 0, isolates: 0, inGiant: 0, meanDegree: 0 };
    return [s.id, num(x.nodes, 0), num(x.meanDegree, 2), `${num(x.isolates, 0)} (${pct(x.nodes ? x.isolates / x.nodes : 0)})`, pct(x.nodes ? x.inGiant / x.nodes : 0)];
  });
  const tieRows = model.ties.map((t) => [t.id, num(summary.ties[t.id]?.edges ?? 0, 0), num(summary.ties[t.id]?.weight ?? 0, 0)]);
  const lines = model.sectors.flatMap((s) => {
    const a = summary.attributes[s.id];
    if (!a) return [];
    const parts = Object.entries(a.shares).map(([k, v]) => `${pct(v)} ${k}`);
    if (s.respondents?.nesting === 'many-per-node') parts.push(`${num(a.respondents, 0)} ${s.respondents.unitPlural}`);
    return parts.length ? [`${s.plural[0]!.toUpperCase()}${s.plural.slice(1)}: ${parts.join(', ')}.`] : [];
  });
  return (
    section(
      `Baseline network (seed ${seed}): ${num(summary.nodes, 0)} nodes, ${num(summary.edges, 0)} edges, ${num(summary.components, 0)} components; the largest holds ${pct(summary.giantShare)} of nodes`,
      table(['sector', 'nodes', 'mean degree', 'isolates', 'in largest component'], rows) + '\n' + table(['tie type', 'edges', 'total weight'], tieRows),
    ) + lines.map((l) => `${l}\n`).join('')
  );
}
