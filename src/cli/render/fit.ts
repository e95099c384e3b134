import type { FitRun, Summarized } from '../../fit/index.js';
import { impliedAtRespondents, type ResolvedModel } from '../../model/index.js';
import { num, pct, section, statText, table } from './format.js';

/** The model in force: assumption words, populations and how each was set. */
export function renderModelHead(model: ResolvedModel): string {
  const words = model.assumptions.filter((a) => typeof a.value === 'string').map((a) => `${a.name} = ${a.value}`);
  const pops = model.sectors.map((s) => `${s.plural} ${num(s.count, 0)}${s.countNote !== String(s.count) ? ` (${s.countNote}${s.solved && s.respondents ? `; ${s.respondents.reported} responded` : ''})` : ''}${s.respondents?.nesting === 'many-per-node' ? ` · ${s.respondents.unitPlural} ${num(s.respondents.count, 0)}` : ''}`);
  return `Model ${model.spec.name}: ${[...words, `scale = ${model.scale}`].join(', ')}\n  ${pops.join(' · ')}\n`;
}

/** `collabnet fit --format table`: implied totals, bin fit, engagement, simplicity, assumptions. */
export function renderFitTable(model: ResolvedModel, fit: Summarized<FitRun>, runs: number, firstSeed: number): string {
  const s = (x: Parameters<typeof statText>[0]) => statText(x, (v) => num(v));
  const p = (x: Parameters<typeof statText>[0]) => statText(x, (v) => pct(v));
  const over = runs === 1 ? `seed ${firstSeed}` : `${runs} networks, seeds ${firstSeed}–${firstSeed + runs - 1}; mean [2.5th–97.5th percentile]`;
  const parts: string[] = [`Fit report (${over})\n`, renderModelHead(model)];

  const totals = fit.totals.map((t) => [
    t.tieType,
    t.implied.map((i) => `${i.side}: ${i.total === null ? 'not reported' : num(i.total.mean)}`).join('\n'),
    t.implied.map((i) => i.note).join('\n'),
    s(t.realizedEdges),
    s(t.realizedWeight),
  ]);
  const notes: string[] = [];
  for (const t of model.ties)
    for (const s of model.sectors) {
      const rep = t.reports[s.id];
      if (!s.solved || !s.respondents || rep?.kind !== 'bins') continue;
      const other = (model.implied[t.id] ?? []).find((x) => x.sector !== s.id);
      if (!other || other.total === null) continue;
      notes.push(`\nWith the ${s.respondents.reported} responding ${s.respondents.unitPlural} as the whole population of ${s.plural}, the ${s.id} side implies ${num(impliedAtRespondents(s.respondents.reported, model.scale, rep.dist.mean))} ${t.label} ties against the ${other.sector} side's ${num(other.total)}.`);
    }
  parts.push(section('Implied tie totals (Σ k·p_k·N per side) vs realized', table(['tie type', 'implied by side', 'from', 'realized edges', 'realized weight'], totals, [20, 24, 44, 22, 22]) + notes.join('')));

  const binRows: string[][] = [];
  for (const side of fit.sides) {
    side.bins.forEach((b, i) => binRows.push([i === 0 ? `${side.tieType}\n${side.side} side${side.kept ? ' (kept)' : ''}` : '', b.label, pct(b.target.mean), p(b.realized)]));
    binRows.push(['', 'total-variation distance', '', statText(side.tvd, (v) => v.toFixed(3))]);
    binRows.push(['', 'requested → realized (share, or mean partners)', side.requested.mean.toFixed(3), statText(side.realized, (v) => v.toFixed(3))]);
  }
  parts.push(section('Target vs realized shares, per tie type and side', table(['tie type / side', 'bin', 'target', 'realized'], binRows, [24, 52, 9, 26])));

  parts.push(
    section(
      'Respondents\' engagement',
      table(['', 'source', 'target', 'realized'], fit.engagement.map((e) => [e.label, e.source, pct(e.target.mean), p(e.realized)]), [40, 26, 9, 26]),
    ),
  );

  parts.push(
    section(
      'Keeping the graph simple (per network)',
      table(['tie type', 'stubs dropped', 'repeat ties merged into weight', 'swaps', 'degrees redrawn to balance'], fit.simple.map((x) => [x.tieType, s(x.dropped), s(x.merged), s(x.swaps), s(x.redrawn)])),
    ),
  );

  parts.push(renderAssumptions(model));
  return parts.join('\n');
}

/** The assumptions in force: name, value, where it was set, why. */
export function renderAssumptions(model: ResolvedModel): string {
  const rows = model.assumptions.map((a) => [
    a.name,
    a.setting === a.value ? String(a.value) : `${a.setting} → ${typeof a.value === 'number' ? +a.value.toFixed(4) : a.value}`,
    typeof a.range[0] === 'number' ? `[${a.range.join(', ')}]` : a.range.join(' | '),
    a.origin,
    a.justification,
  ]);
  return section(`Assumptions in force (${rows.length}; change any with --set name=value or --model FILE)`, table(['assumption', 'value', 'plausible range', 'set in', 'why'], rows, [32, 14, 14, 12, 56]));
}
