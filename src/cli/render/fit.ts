import type { FitRun, Summarized } from '../../fit/index.js';
import type { ResolvedModel } from '../../model/index.js';
import { num, pct, section, statText, table } from './format.js';

/** The model in force: populations, reconciliation, and how the institution count was set. */
export function renderModelHead(model: ResolvedModel): string {
  const inst = model.institutionsSolved
    ? `${num(model.institutions, 0)} (solved by balance: hospital side ${num(model.implied.researchHospital.hospitalSide)} ties ÷ ${model.rh.mean.toFixed(3)} partners per institution; ${model.institutionRespondents} responded)`
    : `${num(model.institutions, 0)}`;
  return (
    `Model: reconciliation = ${model.reconciliation}, rh-calibration = ${model.rhCalibration}, scale = ${model.scale}\n` +
    `  hospitals ${num(model.hospitals, 0)} · clinicians ${num(model.clinicians, 0)} · institutions ${inst} · companies ${num(model.companies, 0)}\n`
  );
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
  const atRespondents = model.implied.researchHospital.institutionSideAtRespondents;
  parts.push(
    section(
      'Implied tie totals (Σ k·p_k·N per side) vs realized',
      table(['tie type', 'implied by side', 'from', 'realized edges', 'realized weight'], totals, [20, 24, 44, 22, 22]) +
        `\nWith the ${model.institutionRespondents} responding institutions as the whole population, the institution side implies ${num(atRespondents)} research–hospital ties against the hospital side's ${num(model.implied.researchHospital.hospitalSide)}.`,
    ),
  );

  const binRows: string[][] = [];
  for (const side of fit.sides) {
    side.bins.forEach((b, i) => binRows.push([i === 0 ? `${side.tieType}\n${side.side} side${side.kept ? ' (kept)' : ''}` : '', b.label, pct(b.target.mean), p(b.realized)]));
    binRows.push(['', 'total-variation distance', '', statText(side.tvd, (v) => v.toFixed(3))]);
  }
  parts.push(section('Target vs realized shares, per tie type and side', table(['tie type / side', 'bin', 'target', 'realized'], binRows, [24, 52, 9, 26])));

  parts.push(
    section(
      'Clinician engagement',
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
  const rows = model.assumptions.map((a) => [a.name, a.setting === a.value ? String(a.value) : `${a.setting} → ${typeof a.value === 'number' ? +a.value.toFixed(4) : a.value}`, a.origin, a.justification]);
  return section(`Assumptions in force (${rows.length}; change any with --set name=value or --model FILE)`, table(['assumption', 'value', 'set in', 'why'], rows, [32, 16, 12, 66]));
}
